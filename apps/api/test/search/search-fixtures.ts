import type { DataSource } from 'typeorm';
import type { SearchRequest } from '../../src/search/search-engine';
import { ANONYMOUS_SCOPE, type ViewerScope } from '../../src/practices/viewer-scope';
import { createOrganization, createPracticeRow, createUser } from '../utils/fixtures';

/**
 * A small, known corpus for the search contract: public, members-only, restricted and draft
 * practices; threads in a public and in a members-only category; hidden and removed posts;
 * organizations. Every engine must answer the same questions about it the same way.
 */
export async function seedSearchCorpus(db: DataSource) {
  const ngo = await createOrganization(db, { name: 'La Strada Moldova', slug: 'la-strada-moldova', stakeholderType: 'CIVIL_SOCIETY', country: 'MD', verifiedAt: new Date(), description: 'Hotline and assistance for people at risk.' });
  const police = await createOrganization(db, { name: 'Federal Criminal Police', slug: 'federal-criminal-police', stakeholderType: 'GOVERNMENT', country: 'DE', verifiedAt: new Date() });
  const bank = await createOrganization(db, { name: 'Nordic Bank', slug: 'nordic-bank', stakeholderType: 'PRIVATE_SECTOR', country: 'SE', verifiedAt: new Date() });
  const author = await createUser(db);

  const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000);
  const practice = (org: string, options: Parameters<typeof createPracticeRow>[2]) => createPracticeRow(db, org, options);

  const adsMonitor = await practice(ngo.id, {
    slug: 'recruitment-ads-monitor',
    title: 'Trafficking recruitment ads monitor',
    summary: 'Monitors online recruitment advertisements on social media in Central Asia for signs of trafficking.',
    body: 'Volunteers and a classifier review job advertisements every day.',
    focusAreas: ['PREVENTION'],
    technologies: ['OPEN_SOURCE_INTELLIGENCE'],
    countries: ['KZ', 'KG'],
    regions: ['CENTRAL_ASIA'],
    yearStarted: 2019,
    publishedAt: day(10),
  });
  const financial = await practice(bank.id, {
    slug: 'financial-indicators',
    title: 'Financial indicators of trafficking in human beings',
    summary: 'Transaction monitoring rules that flag payment patterns typical of sexual exploitation.',
    body: 'Banks share typologies with the financial intelligence unit.',
    focusAreas: ['PROSECUTION'],
    technologies: ['FINANCIAL_TRANSACTION_MONITORING'],
    countries: ['SE', 'DE'],
    yearStarted: 2021,
    publishedAt: day(20),
  });
  const hotline = await practice(ngo.id, {
    slug: 'victim-support-hotline',
    title: 'Victim support hotline',
    summary: 'A free hotline with counsellors for presumed victims and their families.',
    body: 'Callers often describe deceptive recruitment by acquaintances.',
    focusAreas: ['PROTECTION'],
    countries: ['MD'],
    yearStarted: 2012,
    publishedAt: day(30),
  });
  const draft = await practice(ngo.id, {
    slug: 'draft-recruitment-checker',
    title: 'Recruitment fraud checker (draft)',
    summary: 'An unfinished recruitment checker nobody else may find yet.',
    state: 'DRAFT',
    publishedAt: null,
    countries: ['KZ'],
  });
  const restricted = await practice(police.id, {
    slug: 'restricted-dashboard',
    title: 'Recruitment network dashboard for investigators',
    summary: 'Links recruitment adverts to known networks; for law enforcement only.',
    visibility: 'RESTRICTED',
    visibleTo: ['GOVERNMENT'],
    focusAreas: ['PROSECUTION'],
    countries: ['DE'],
    publishedAt: day(40),
  });
  const membersOnly = await practice(police.id, {
    slug: 'members-toolkit',
    title: 'Recruitment interview toolkit for members',
    summary: 'Interview guides for frontline staff, shared with members of verified organizations.',
    visibility: 'MEMBERS',
    focusAreas: ['PROTECTION'],
    countries: ['DE'],
    publishedAt: day(50),
  });

  const category = async (slug: string) => (await db.query('SELECT id FROM discussion_category WHERE slug = $1', [slug]))[0].id as string;
  const thread = async (categorySlug: string, title: string, posts: { body: string; hidden?: boolean; deleted?: boolean }[]) => {
    const [t] = await db.query(`INSERT INTO thread (category_id, title, author_id) VALUES ($1, $2, $3) RETURNING id`, [await category(categorySlug), title, author.id]);
    const ids: string[] = [];
    for (const p of posts) {
      const [row] = await db.query(
        `INSERT INTO post (thread_id, author_id, body, hidden_at, hidden_reason, deleted_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [t.id, author.id, p.body, p.hidden ? new Date() : null, p.hidden ? 'Identifies a victim.' : null, p.deleted ? new Date() : null],
      );
      ids.push(row.id);
    }
    return { id: t.id as string, posts: ids };
  };
  const adsThread = await thread('online-platforms', 'Spotting fake job ads on social media', [
    { body: 'How do you detect deceptive recruitment ads before people travel?' },
    { body: 'We hid this: it names a zebracorn victim.', hidden: true },
    { body: 'Removed zebracorn text.', deleted: true },
  ]);
  const lawThread = await thread('law-enforcement-exchange', 'Operational exchange on zebracorn networks', [{ body: 'Members-only zebracorn operational note about recruitment.' }]);

  const leOfficer = await createUser(db);
  const scopes = {
    visitor: ANONYMOUS_SCOPE,
    /** A member of a verified government (police) organization. */
    lawEnforcement: { userId: leOfficer.id, memberOrgIds: [police.id], verifiedStakeholderTypes: ['GOVERNMENT'], memberOfVerifiedOrganization: true, moderator: false } satisfies ViewerScope,
    /** A member of a verified NGO (not law enforcement), the draft's own organization. */
    ngoMember: { userId: author.id, memberOrgIds: [ngo.id], verifiedStakeholderTypes: ['CIVIL_SOCIETY'], memberOfVerifiedOrganization: true, moderator: false } satisfies ViewerScope,
  };
  return { orgs: { ngo, police, bank }, practices: { adsMonitor, financial, hotline, draft, restricted, membersOnly }, threads: { adsThread, lawThread }, scopes };
}

export type SearchCorpus = Awaited<ReturnType<typeof seedSearchCorpus>>;

/** A request with defaults: as a visitor, relevance order, first 20. */
export function request(query: string, overrides: Partial<SearchRequest> = {}): SearchRequest {
  return { query, filter: {}, facets: [], sort: 'RELEVANCE', offset: 0, limit: 20, scope: ANONYMOUS_SCOPE, ...overrides };
}
