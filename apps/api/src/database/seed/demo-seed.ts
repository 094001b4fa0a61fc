import type { DataSource } from 'typeorm';
import { Organization } from '../../organizations/organization.entity';
import { DEMO_ORGANIZATIONS } from './demo-organizations';

/**
 * Loads the demo data when the database is empty, in one transaction.
 * Returns whether anything was loaded; running it again on a filled database does nothing.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (em) => {
    // Serialise concurrent starts (two replicas on one empty database) on a transaction lock.
    await em.query('SELECT pg_advisory_xact_lock(7143610222)');
    if ((await em.count(Organization)) > 0) return false;
    const now = new Date();
    await em.insert(
      Organization,
      DEMO_ORGANIZATIONS.map(({ verified, ...org }) => ({ ...org, verifiedAt: verified ? now : null })),
    );
    return true;
  });
}
