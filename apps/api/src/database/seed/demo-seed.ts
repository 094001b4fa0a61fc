import type { DataSource } from 'typeorm';
import { PasswordHasher } from '../../identity/secrets';
import { User } from '../../identity/user.entity';
import { Membership } from '../../organizations/membership.entity';
import { Organization } from '../../organizations/organization.entity';
import { DEMO_ORGANIZATIONS } from './demo-organizations';
import { seedDemoDiscussions } from './demo-discussions';
import { seedDemoEventsAndCollections, seedDemoMisusePatterns } from './demo-misuse-patterns-seed';
import { seedDemoPractices } from './demo-practices-seed';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/**
 * Loads the demo data when the database is empty, in one transaction.
 * Returns whether anything was loaded; running it again on a filled database does nothing.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
  return dataSource.transaction(async (em) => {
    // Serialise concurrent starts (two replicas on one empty database) on a transaction lock.
    await em.query('SELECT pg_advisory_xact_lock(7143610222)');
    if ((await em.count(Organization)) > 0 || (await em.count(User)) > 0) return false;
    const now = new Date();
    const users = await em.save(
      DEMO_USERS.map((u) =>
        em.create(User, { email: u.email, displayName: u.displayName, platformRole: u.platformRole, passwordHash, emailVerifiedAt: now }),
      ),
    );
    const admin = users.find((u) => u.platformRole === 'ADMIN')!;
    const orgs = await em.save(
      DEMO_ORGANIZATIONS.map(({ verified, ...org }) =>
        em.create(Organization, { ...org, verifiedAt: verified ? now : null, verifiedBy: verified ? admin.id : null }),
      ),
    );
    const orgBySlug = new Map(orgs.map((o) => [o.slug, o]));
    const memberships = DEMO_USERS.flatMap((u, i) =>
      u.membership ? [{ organizationId: orgBySlug.get(u.membership.organizationSlug)!.id, userId: users[i].id, role: u.membership.role }] : [],
    );
    await em.insert(Membership, memberships);

    // Every organization has an editor account, <slug>@example.org, who wrote its practices.
    const userByEmail = new Map(users.map((u) => [u.email, u]));
    const editorOf = new Map<string, User>();
    for (const org of orgs) {
      const named = DEMO_USERS.find((u) => u.membership?.organizationSlug === org.slug && u.membership.role !== 'MEMBER');
      if (named) {
        editorOf.set(org.slug, userByEmail.get(named.email)!);
        continue;
      }
      const editor = await em.save(
        em.create(User, { email: `${org.slug}@example.org`, displayName: `${org.name} team`, passwordHash, emailVerifiedAt: now }),
      );
      await em.insert(Membership, { organizationId: org.id, userId: editor.id, role: 'EDITOR' });
      editorOf.set(org.slug, editor);
    }
    await seedDemoPractices(em, orgBySlug, userByEmail, editorOf);
    await seedDemoMisusePatterns(em, orgBySlug, editorOf);
    await seedDemoEventsAndCollections(em, users.find((u) => u.platformRole === 'MODERATOR')!);
    for (const [slug, editor] of editorOf) userByEmail.set(`${slug}@example.org`, editor);
    await seedDemoDiscussions(em, userByEmail);
    return true;
  });
}
