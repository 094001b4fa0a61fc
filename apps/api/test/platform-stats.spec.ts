import { seedDemoData } from '../src/database/seed/demo-seed';
import { DEMO_ORGANIZATIONS } from '../src/database/seed/demo-organizations';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

const STATS = /* GraphQL */ `
  query PlatformStats {
    platformStats {
      organizationCount
      countryCount
      organizationsByStakeholderType {
        stakeholderType
        count
      }
    }
  }
`;

type Stats = {
  platformStats: {
    organizationCount: number;
    countryCount: number;
    organizationsByStakeholderType: { stakeholderType: string; count: number }[];
  };
};

describe('platformStats', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('counts nothing on an empty platform, listing every stakeholder type', async () => {
    const res = await t.gql<Stats>(STATS);
    expect(res.status).toBe(200);
    expect(res.data!.platformStats.organizationCount).toBe(0);
    expect(res.data!.platformStats.countryCount).toBe(0);
    expect(res.data!.platformStats.organizationsByStakeholderType).toHaveLength(7);
    expect(res.data!.platformStats.organizationsByStakeholderType.every((s) => s.count === 0)).toBe(
      true,
    );
  });

  it('reflects the demo data, and loads it only once', async () => {
    expect(await seedDemoData(t.db)).toBe(true);
    expect(await seedDemoData(t.db)).toBe(false);
    const res = await t.gql<Stats>(STATS);
    const stats = res.data!.platformStats;
    expect(stats.organizationCount).toBe(DEMO_ORGANIZATIONS.length);
    expect(stats.countryCount).toBe(new Set(DEMO_ORGANIZATIONS.map((o) => o.country)).size);
    const civil = stats.organizationsByStakeholderType.find(
      (s) => s.stakeholderType === 'CIVIL_SOCIETY',
    );
    expect(civil!.count).toBe(
      DEMO_ORGANIZATIONS.filter((o) => o.stakeholderType === 'CIVIL_SOCIETY').length,
    );
  });

  it('counts a new organization', async () => {
    const before = (await t.gql<Stats>(STATS)).data!.platformStats;
    await t.db.query(
      `INSERT INTO organization (name, slug, stakeholder_type, country) VALUES ('Test Media', 'test-media', 'MEDIA', 'FR')`,
    );
    const after = (await t.gql<Stats>(STATS)).data!.platformStats;
    expect(after.organizationCount).toBe(before.organizationCount + 1);
    expect(after.countryCount).toBe(before.countryCount + 1);
  });
});
