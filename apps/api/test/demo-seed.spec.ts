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
import {
  MISUSED_TECHNOLOGY_CODES,
  misusePatternInputSchema,
  TRAFFICKING_STAGE_CODES,
} from '@alliance/domain';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DATA_DIR, loadDemoData } from '../src/database/seed/demo-data';
import { seedDemoData } from '../src/database/seed/demo-seed';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/database/seed/demo-users';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

/** The demo data is what a visitor of the demo sees: it must show every part of the library. */
describe('demo data', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
    expect(await seedDemoData(t.db)).toBe(true);
  });
  afterAll(() => t.close());

  const distinct = async (sql: string) =>
    new Set(((await t.db.query(sql)) as { v: string }[]).map((r) => r.v));

  it('has at least 12 organizations across every stakeholder type and 15 countries', async () => {
    expect(
      Number((await t.db.query('SELECT count(*) AS n FROM organization'))[0].n),
    ).toBeGreaterThanOrEqual(12);
    expect(await distinct('SELECT DISTINCT stakeholder_type AS v FROM organization')).toEqual(
      new Set(STAKEHOLDER_TYPE_CODES),
    );
    expect(
      (await distinct('SELECT DISTINCT country AS v FROM organization')).size,
    ).toBeGreaterThanOrEqual(15);
  });

  it('has at least 60 practices covering every taxonomy value, visibility and state', async () => {
    expect(
      Number((await t.db.query('SELECT count(*) AS n FROM practice'))[0].n),
    ).toBeGreaterThanOrEqual(60);
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
      expect([
        column,
        await distinct(`SELECT DISTINCT unnest(${column}) AS v FROM practice`),
      ]).toEqual([column, new Set(codes)]);
    }
    expect(await distinct('SELECT DISTINCT status AS v FROM practice')).toEqual(
      new Set(PRACTICE_STATUS_CODES),
    );
    expect(await distinct('SELECT DISTINCT evidence_level AS v FROM practice')).toEqual(
      new Set(EVIDENCE_LEVEL_CODES),
    );
    expect(await distinct('SELECT DISTINCT survivor_involvement AS v FROM practice')).toEqual(
      new Set(SURVIVOR_INVOLVEMENT_CODES),
    );
    expect(await distinct('SELECT DISTINCT visibility AS v FROM practice')).toEqual(
      new Set(['PUBLIC', 'MEMBERS', 'RESTRICTED']),
    );
    expect(await distinct('SELECT DISTINCT state AS v FROM practice')).toEqual(
      new Set(['DRAFT', 'PUBLISHED', 'ARCHIVED']),
    );
  });

  it('has revisions, bookmarks and endorsements', async () => {
    const count = async (table: string) =>
      Number((await t.db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
    expect(await count('practice_revision')).toBeGreaterThan(
      await count(`practice WHERE state <> 'DRAFT'`),
    );
    expect(await count('practice_bookmark')).toBeGreaterThan(0);
    expect(await count('practice_endorsement')).toBeGreaterThanOrEqual(20);
  });

  it('has conversations in every public category and on practices, with mentions and reactions', async () => {
    const empty = await t.db.query(
      `SELECT c.slug FROM discussion_category c WHERE NOT EXISTS (SELECT 1 FROM thread t WHERE t.category_id = c.id)`,
    );
    expect(empty).toEqual([]);
    expect(
      (await t.db.query(`SELECT 1 FROM thread WHERE practice_id IS NOT NULL`)).length,
    ).toBeGreaterThan(0);
    expect(
      (await t.db.query(`SELECT 1 FROM post WHERE body LIKE '%](user:%'`)).length,
    ).toBeGreaterThan(0);
    expect((await t.db.query(`SELECT 1 FROM post_reaction`)).length).toBeGreaterThan(0);
  });

  // ---- misuse patterns, events and collections ------------------------------------------

  it('has at least 20 published misuse patterns covering every stage and misused technology, written as editors would', async () => {
    expect(
      Number(
        (await t.db.query(`SELECT count(*) AS n FROM misuse_pattern WHERE state = 'PUBLISHED'`))[0]
          .n,
      ),
    ).toBeGreaterThanOrEqual(20);
    expect(
      await distinct(
        `SELECT DISTINCT unnest(stages) AS v FROM misuse_pattern WHERE state = 'PUBLISHED'`,
      ),
    ).toEqual(new Set(TRAFFICKING_STAGE_CODES));
    expect(
      await distinct(
        `SELECT DISTINCT unnest(technologies) AS v FROM misuse_pattern WHERE state = 'PUBLISHED'`,
      ),
    ).toEqual(new Set(MISUSED_TECHNOLOGY_CODES));
    expect(await distinct(`SELECT DISTINCT visibility AS v FROM misuse_pattern`)).toEqual(
      new Set(['PUBLIC', 'MEMBERS', 'RESTRICTED']),
    );
    expect(await distinct(`SELECT DISTINCT trend AS v FROM misuse_pattern`)).toEqual(
      new Set(['EMERGING', 'ESTABLISHED', 'DECLINING']),
    );
    // Every demo pattern passes the validation an editor's input would.
    for (const demo of loadDemoData().patterns) {
      const result = misusePatternInputSchema.safeParse(demo);
      expect([demo.slug, result.success ? [] : result.error.issues]).toEqual([demo.slug, []]);
    }
  });

  it('links patterns to 0–5 published practices so the gap view shows real gaps', async () => {
    const counts: { slug: string; n: number }[] = await t.db.query(
      `SELECT m.slug, count(c.id)::int AS n FROM misuse_pattern m LEFT JOIN countermeasure c ON c.pattern_id = m.id
        WHERE m.state = 'PUBLISHED' GROUP BY m.slug`,
    );
    expect(Math.max(...counts.map((c) => c.n))).toBeLessThanOrEqual(5);
    const uncountered = counts.filter((c) => c.n === 0).map((c) => c.slug);
    expect(uncountered.length).toBeGreaterThanOrEqual(3);
    expect(counts.filter((c) => c.n >= 3).length).toBeGreaterThanOrEqual(3);
    // Deepfakes and live streaming are the gaps.
    const gapTechnologies = await distinct(
      `SELECT DISTINCT unnest(m.technologies) AS v FROM misuse_pattern m WHERE m.state = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM countermeasure c WHERE c.pattern_id = m.id)`,
    );
    expect(
      gapTechnologies.has('GENERATIVE_AI_AND_DEEPFAKES') && gapTechnologies.has('LIVE_STREAMING'),
    ).toBe(true);
    expect(
      await t.db.query(
        `SELECT 1 FROM countermeasure c JOIN practice p ON p.id = c.practice_id WHERE p.state <> 'PUBLISHED' AND p.state <> 'ARCHIVED'`,
      ),
    ).toEqual([]);
    // Each is proposed by an editor of the practice's organization.
    expect(
      await t.db.query(
        `SELECT c.id FROM countermeasure c JOIN practice p ON p.id = c.practice_id
          WHERE NOT EXISTS (SELECT 1 FROM membership ms WHERE ms.user_id = c.created_by AND ms.organization_id = p.organization_id AND ms.role IN ('EDITOR', 'ADMIN'))`,
      ),
    ).toEqual([]);
  });

  it('has the 2019 conference with both themes, sessions and presented items, and two mixed collections', async () => {
    const res = await t.gql<any>(`query {
      event(slug: "alliance-against-trafficking-conference-2019") {
        name startsOn endsOn themes { title } presentationCount
        sessions { theme presentations { item { __typename } } }
      }
      collections(first: 10) { nodes { title introduction itemCount items(first: 50) { nodes { item { __typename } } } } }
    }`);
    const event = res.data.event;
    expect(event).toMatchObject({
      name: '19th Alliance against Trafficking in Persons Conference',
      startsOn: '2019-04-08',
      endsOn: '2019-04-09',
    });
    expect(event.themes.map((th: { title: string }) => th.title)).toEqual([
      'Technology misused by traffickers',
      'Technology to combat trafficking',
    ]);
    expect(event.sessions.length).toBeGreaterThanOrEqual(4);
    expect(new Set(event.sessions.map((s: { theme: string }) => s.theme))).toEqual(
      new Set(event.themes.map((th: { title: string }) => th.title)),
    );
    const presentedKinds = new Set(
      event.sessions.flatMap((s: any) => s.presentations.map((p: any) => p.item.__typename)),
    );
    expect(presentedKinds).toEqual(new Set(['Practice', 'MisusePattern']));
    expect(event.presentationCount).toBeGreaterThanOrEqual(10);

    const collections = res.data.collections.nodes;
    expect(collections.map((c: { title: string }) => c.title).sort()).toEqual([
      'Online platforms: misuse and response',
      'Tools for the financial sector',
    ]);
    for (const c of collections) {
      expect(c.introduction.length).toBeGreaterThan(50);
      expect(new Set(c.items.nodes.map((i: any) => i.item.__typename))).toEqual(
        new Set(['Practice', 'MisusePattern']),
      );
    }
  });

  it('lets every demo account sign in with the documented password', async () => {
    // Organizations without a named demo account get an editor account <slug>@example.org.
    expect(
      await t.db.query(`SELECT 1 FROM user_account WHERE email = 'taec@example.org'`),
    ).toHaveLength(1);
    const res = await t.gql<any>(
      `mutation($p: String!) { signIn(input: { email: "editor@example.org", password: $p }) { displayName } }`,
      { p: DEMO_PASSWORD },
    );
    expect(res.data.signIn.displayName).toBeTruthy();
  });
});

/** The demo content lives in apps/api/demo-data; it is checked by the shared schemas as it is read. */
describe('demo data files', () => {
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-data-'));
    cpSync(DEMO_DATA_DIR, dir, { recursive: true });
    return dir;
  };
  const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).toMatch(from);
    writeFileSync(join(dir, file), text.replace(from, to));
  };
  const PRACTICE = 'practices/01-nrm-case-management-platform.md';

  it('load every file in order, with the Markdown body and the slug from the file name', () => {
    const data = loadDemoData();
    const files = (folder: string) =>
      readdirSync(join(DEMO_DATA_DIR, folder)).filter((f) => f.endsWith('.md'));
    expect(data.practices.map((p) => `practices/${p.file.split('/')[1]}`)).toEqual(
      files('practices').map((f) => `practices/${f}`),
    );
    expect(data.patterns).toHaveLength(files('misuse-patterns').length);
    expect(data.events).toHaveLength(files('events').length);
    expect(data.collections).toHaveLength(files('collections').length);
    const first = data.practices[0];
    expect(first).toMatchObject({
      slug: 'nrm-case-management-platform',
      organization: 'natco-at',
      state: 'PUBLISHED',
      visibility: 'MEMBERS',
    });
    expect(first.body).toMatch(/^## Problem\nBefore the platform/);
    expect(first.body.endsWith('\n')).toBe(true);
    expect(data.events[0].description).toMatch(/^\*\*Using Technology/);
    // The accounts the API treats as demo accounts (demo mode) are the ones in users.yaml.
    expect(DEMO_USERS.map((u) => u.email)).toEqual(data.users.accounts.map((u) => u.email));
    expect(DEMO_USERS.map((u) => u.email)).toContain('taec@example.org');
  });

  it('fail loudly, naming the file and the field, on a value the editor form would refuse', () => {
    const dir = copy();
    edit(dir, PRACTICE, /^summary: .*$/m, 'summary: Too short');
    expect(() => loadDemoData(dir)).toThrow(
      `Demo data ${PRACTICE} is invalid: summary: The summary must be at least 10 characters long.`,
    );
  });

  it('fail on a misspelt field instead of dropping it, and on a code outside the taxonomy', () => {
    const dir = copy();
    edit(dir, PRACTICE, /^bookmarkedBy:/m, 'bookmarkdBy:');
    expect(() => loadDemoData(dir)).toThrow(new RegExp(`${PRACTICE} is invalid: .*bookmarkdBy`));
    const other = copy();
    edit(
      other,
      'misuse-patterns/01-fake-overseas-job-offers-in-social-media-groups.md',
      'stages: [RECRUITMENT]',
      'stages: [RECRUITING]',
    );
    expect(() => loadDemoData(other)).toThrow(
      /01-fake-overseas-job-offers-in-social-media-groups.md is invalid: stages.0: "RECRUITING" is not a known stage/,
    );
  });

  it('fail on a file that is not YAML, naming it', () => {
    const dir = copy();
    edit(dir, 'organizations.yaml', /^- name: /m, '- name: [unclosed\n- name: ');
    expect(() => loadDemoData(dir)).toThrow(/Demo data organizations.yaml is not valid YAML/);
  });

  describe('seeding from files that name what does not exist', () => {
    let t: TestPlatform;
    beforeAll(async () => {
      t = await startTestPlatform();
    });
    afterAll(() => t.close());

    it('fails naming the file and writes nothing', async () => {
      const dir = copy();
      edit(dir, PRACTICE, /^organization: natco-at$/m, 'organization: natco-xx');
      await expect(seedDemoData(t.db, dir)).rejects.toThrow(
        `Demo data ${PRACTICE}: there is no organization "natco-xx"`,
      );
      const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM user_account');
      expect(n).toBe(0);
    });
  });
});
