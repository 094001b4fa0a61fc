import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUERY_LIMITS } from '../src/common/graphql/query-limits';
import {
  addMember,
  createCountermeasureRow,
  createOrganization,
  createPatternRow,
  createPracticeRow,
  createToken,
  createUser,
} from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';
import { countStatements } from './utils/waiting';

/** The partner document shipped in @alliance/graphql (PartnerMisusePatternsDocument). */
const PARTNER_PATTERNS = readFileSync(
  join(__dirname, '../../../packages/graphql/operations/partner-misuse-patterns.graphql'),
  'utf8',
);

interface Page {
  data: {
    misusePatterns: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: {
        slug: string;
        countermeasureCount: number;
        countermeasures: {
          totalCount: number;
          nodes: { approach: string; practice: { slug: string } }[];
        };
      }[];
    };
  };
  errors?: { message: string; extensions: Record<string, unknown> }[];
  extensions: { cost: { cost: number; limit: number } };
}

/**
 * A partner script pages through misuse patterns with the practices that counter them, with a
 * read token, within the cost limits — and sees only what its owner may see.
 */
describe('Partner API: misuse patterns with their countermeasures', () => {
  let t: TestPlatform;
  let headers: Record<string, string>;
  const publicSlugs: string[] = [];
  let countered: string;
  let openPractice: string;
  let membersPractice: string;

  beforeAll(async () => {
    t = await startTestPlatform();
    // The partner: a read token of a member of an unverified organization (sees public content only).
    const owner = await createUser(t.db);
    const partnerOrg = await createOrganization(t.db);
    await addMember(t.db, partnerOrg.id, owner.id, 'MEMBER');
    headers = await createToken(t.db, owner.id, ['read']);

    const org = await createOrganization(t.db);
    for (let i = 0; i < 7; i++) {
      const p = await createPatternRow(t.db, org.id, {
        slug: `partner-pattern-${i}`,
        publishedAt: new Date(Date.UTC(2026, 0, 1 + i)),
      });
      publicSlugs.push(p.slug);
    }
    await createPatternRow(t.db, org.id, {
      slug: 'partner-members-pattern',
      visibility: 'MEMBERS',
    });
    await createPatternRow(t.db, org.id, {
      slug: 'partner-restricted-pattern',
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
    });
    await createPatternRow(t.db, org.id, {
      slug: 'partner-draft-pattern',
      state: 'DRAFT',
      publishedAt: null,
    });

    const [first] = await t.db.query(
      `SELECT id FROM misuse_pattern WHERE slug = 'partner-pattern-3'`,
    );
    countered = 'partner-pattern-3';
    const open = await createPracticeRow(t.db, org.id, { slug: 'partner-open-practice' });
    const members = await createPracticeRow(t.db, org.id, {
      slug: 'partner-members-practice',
      visibility: 'MEMBERS',
    });
    openPractice = open.slug;
    membersPractice = members.slug;
    await createCountermeasureRow(t.db, open.id, first.id, { approach: 'DETECTS' });
    await createCountermeasureRow(t.db, members.id, first.id, { approach: 'DISRUPTS' });
  });
  afterAll(() => t.close());

  const query = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as Page };
  };

  it('pages through every public pattern with its visible countermeasures, each page within the cost limit', async () => {
    const seen: Page['data']['misusePatterns']['nodes'] = [];
    let after: string | null = null;
    let pages = 0;
    let total: number | undefined;
    do {
      const { status, body } = await query(PARTNER_PATTERNS, { first: 3, after });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.extensions.cost.cost).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
      expect(body.extensions.cost.cost).toBeGreaterThan(0);
      const page = body.data.misusePatterns;
      total = page.totalCount;
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 10);

    expect(pages).toBe(3);
    expect(total).toBe(7);
    expect(seen.map((p) => p.slug).sort()).toEqual([...publicSlugs].sort());
    // Newest first, without repeats across pages.
    expect(seen.map((p) => p.slug)).toEqual([...publicSlugs].reverse());
    const withLinks = seen.find((p) => p.slug === countered)!;
    // The members-only practice's link is neither shown nor counted for this partner.
    expect(withLinks.countermeasureCount).toBe(1);
    expect(withLinks.countermeasures.totalCount).toBe(1);
    expect(withLinks.countermeasures.nodes.map((c) => [c.practice.slug, c.approach])).toEqual([
      [openPractice, 'DETECTS'],
    ]);
    expect(JSON.stringify(seen)).not.toContain(membersPractice);
  });

  it('a page size of 50 with 20 countermeasures each stays under the limit', async () => {
    const { body } = await query(PARTNER_PATTERNS, { first: 50 });
    expect(body.errors).toBeUndefined();
    expect(body.extensions.cost.cost).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    expect(body.data.misusePatterns.nodes).toHaveLength(7);
  });

  it('refuses a page of 100 patterns with 100 countermeasures each before running any SQL', async () => {
    let result!: Awaited<ReturnType<typeof query>>;
    const statements = await countStatements(t.db, async () => {
      result = await query(
        `query { misusePatterns(first: 100) { nodes { countermeasures(first: 100) { nodes { note practice { title organization { name } } } } } } }`,
        {},
      );
    });
    expect(result.status).toBe(400);
    expect(result.body.errors![0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: QUERY_LIMITS.maxCost,
    });
    // Only the token lookup may run: nothing of the query itself.
    expect(statements).toBeLessThanOrEqual(2);
  });

  it('refuses an out-of-range page size with a typed error', async () => {
    const { status, body } = await query(PARTNER_PATTERNS, { first: 500 });
    expect(status).toBe(400);
    expect(body.errors![0]).toMatchObject({
      message: 'first must be between 1 and 100.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
