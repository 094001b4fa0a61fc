import {
  EVIDENCE_LEVEL_CODES,
  FOCUS_AREA_CODES,
  FORM_OF_EXPLOITATION_CODES,
  ILO_FORCED_LABOUR_INDICATOR_CODES,
  PRACTICE_STATUS_CODES,
  PURPOSE_CODES,
  SECTOR_CODES,
  STAKEHOLDER_TYPE_CODES,
  SURVIVOR_INVOLVEMENT_CODES,
  TARGET_USER_CODES,
  TECHNOLOGY_CODES,
} from '@alliance/domain';
import { seedDemoData } from '../src/database/seed/demo-seed';
import { DEMO_PASSWORD } from '../src/database/seed/demo-users';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

/** The demo data is what a visitor of the demo sees: it must show every part of the library. */
describe('demo data', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
    expect(await seedDemoData(t.db)).toBe(true);
  });
  afterAll(() => t.close());

  const distinct = async (sql: string) => new Set(((await t.db.query(sql)) as { v: string }[]).map((r) => r.v));

  it('has at least 12 organizations across every stakeholder type and 15 countries', async () => {
    expect(Number((await t.db.query('SELECT count(*) AS n FROM organization'))[0].n)).toBeGreaterThanOrEqual(12);
    expect(await distinct('SELECT DISTINCT stakeholder_type AS v FROM organization')).toEqual(new Set(STAKEHOLDER_TYPE_CODES));
    expect((await distinct('SELECT DISTINCT country AS v FROM organization')).size).toBeGreaterThanOrEqual(15);
  });

  it('has at least 60 practices covering every taxonomy value, visibility and state', async () => {
    expect(Number((await t.db.query('SELECT count(*) AS n FROM practice'))[0].n)).toBeGreaterThanOrEqual(60);
    const arrays: [string, readonly string[]][] = [
      ['focus_areas', FOCUS_AREA_CODES],
      ['purposes', PURPOSE_CODES],
      ['forms_of_exploitation', FORM_OF_EXPLOITATION_CODES],
      ['technologies', TECHNOLOGY_CODES],
      ['target_users', TARGET_USER_CODES],
      ['sectors', SECTOR_CODES],
      ['ilo_indicators', ILO_FORCED_LABOUR_INDICATOR_CODES],
    ];
    for (const [column, codes] of arrays) {
      expect([column, await distinct(`SELECT DISTINCT unnest(${column}) AS v FROM practice`)]).toEqual([column, new Set(codes)]);
    }
    expect(await distinct('SELECT DISTINCT status AS v FROM practice')).toEqual(new Set(PRACTICE_STATUS_CODES));
    expect(await distinct('SELECT DISTINCT evidence_level AS v FROM practice')).toEqual(new Set(EVIDENCE_LEVEL_CODES));
    expect(await distinct('SELECT DISTINCT survivor_involvement AS v FROM practice')).toEqual(new Set(SURVIVOR_INVOLVEMENT_CODES));
    expect(await distinct('SELECT DISTINCT visibility AS v FROM practice')).toEqual(new Set(['PUBLIC', 'MEMBERS', 'RESTRICTED']));
    expect(await distinct('SELECT DISTINCT state AS v FROM practice')).toEqual(new Set(['DRAFT', 'PUBLISHED', 'ARCHIVED']));
  });

  it('has revisions, bookmarks and endorsements', async () => {
    const count = async (table: string) => Number((await t.db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
    expect(await count('practice_revision')).toBeGreaterThan(await count(`practice WHERE state <> 'DRAFT'`));
    expect(await count('practice_bookmark')).toBeGreaterThan(0);
    expect(await count('practice_endorsement')).toBeGreaterThanOrEqual(20);
  });

  it('has conversations in every public category and on practices, with mentions and reactions', async () => {
    const empty = await t.db.query(`SELECT c.slug FROM discussion_category c WHERE NOT EXISTS (SELECT 1 FROM thread t WHERE t.category_id = c.id)`);
    expect(empty).toEqual([]);
    expect((await t.db.query(`SELECT 1 FROM thread WHERE practice_id IS NOT NULL`)).length).toBeGreaterThan(0);
    expect((await t.db.query(`SELECT 1 FROM post WHERE body LIKE '%](user:%'`)).length).toBeGreaterThan(0);
    expect((await t.db.query(`SELECT 1 FROM post_reaction`)).length).toBeGreaterThan(0);
  });

  it('lets every demo account sign in with the documented password', async () => {
    // Organizations without a named demo account get an editor account <slug>@example.org.
    expect(await t.db.query(`SELECT 1 FROM user_account WHERE email = 'taec@example.org'`)).toHaveLength(1);
    const res = await t.gql<any>(`mutation($p: String!) { signIn(input: { email: "editor@example.org", password: $p }) { displayName } }`, { p: DEMO_PASSWORD });
    expect(res.data.signIn.displayName).toBeTruthy();
  });
});
