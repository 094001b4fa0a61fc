import type { DataSource } from 'typeorm';
import type { SearchRequest } from '../../src/search/search-engine';
import { ANONYMOUS_SCOPE, type ViewerScope } from '../../src/visibility';
import {
  createOrganization,
  createPatternRow,
  createPracticeRow,
  createUser,
} from '../utils/fixtures';

/**
 * A small, known corpus for the search contract: public, members-only, restricted and draft
 * practices and misuse patterns; threads in a public and in a members-only category; a
 * pattern's discussion and calls for partners about a restricted pattern; hidden and removed
 * posts; organizations. Every engine must answer the same questions about it the same way.
 */
export async function seedSearchCorpus(db: DataSource) {
  const ngo = await createOrganization(db, {
    name: 'La Strada Moldova',
    slug: 'la-strada-moldova',
    stakeholderType: 'CIVIL_SOCIETY',
    country: 'MD',
    verifiedAt: new Date(),
    description: 'Hotline and assistance for people at risk.',
  });
  const police = await createOrganization(db, {
    name: 'Federal Criminal Police',
    slug: 'federal-criminal-police',
    stakeholderType: 'GOVERNMENT',
    country: 'DE',
    verifiedAt: new Date(),
  });
  const bank = await createOrganization(db, {
    name: 'Nordic Bank',
    slug: 'nordic-bank',
    stakeholderType: 'PRIVATE_SECTOR',
    country: 'SE',
    verifiedAt: new Date(),
  });
  const author = await createUser(db);

  const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000);
  const practice = (org: string, options: Parameters<typeof createPracticeRow>[2]) =>
    createPracticeRow(db, org, options);

  const adsMonitor = await practice(ngo.id, {
    slug: 'recruitment-ads-monitor',
    title: 'Trafficking recruitment ads monitor',
    summary:
      'Monitors online recruitment advertisements on social media in Central Asia for signs of trafficking.',
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
    summary:
      'Transaction monitoring rules that flag payment patterns typical of sexual exploitation.',
    body: 'Banks share typologies with the financial intelligence unit.',
    focusAreas: ['PROSECUTION'],
    technologies: ['FINANCIAL_TRANSACTION_MONITORING'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION'],
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

  // Misuse patterns: two public ones, and a draft, a members-only and a restricted one that
  // share a word (quokka) no visible document has.
  const pattern = (org: string, options: Parameters<typeof createPatternRow>[2]) =>
    createPatternRow(db, org, options);
  const deepfakes = await pattern(ngo.id, {
    slug: 'deepfake-job-interviews',
    title: 'Deepfake video interviews in job recruitment',
    summary:
      'Recruiters use generated faces and voices to pose as employers and make fake job offers look trustworthy.',
    description:
      'Candidates are interviewed by a synthetic persona, then asked to pay a visa fee in cryptocurrency before travelling.',
    indicators: [
      'The interviewer never appears on a live camera',
      'An offer letter arrives before any reference check',
    ],
    stages: ['RECRUITMENT'],
    technologies: ['GENERATIVE_AI_AND_DEEPFAKES', 'SOCIAL_MEDIA'],
    formsOfExploitation: ['FORCED_LABOUR'],
    regions: ['CENTRAL_ASIA', 'EASTERN_EUROPE'],
    trend: 'EMERGING',
    publishedAt: day(35),
  });
  const mixers = await pattern(bank.id, {
    slug: 'cryptocurrency-mixers',
    title: 'Cryptocurrency mixers launder exploitation proceeds',
    summary: 'Proceeds of sexual exploitation move through mixing services and darknet exchanges.',
    description: 'Chains of small transfers end in exchanges without customer checks.',
    indicators: ['Many small deposits followed by one withdrawal to a mixer'],
    stages: ['FINANCIAL_FLOWS'],
    technologies: ['CRYPTOCURRENCIES', 'DARK_WEB_MARKETS'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION'],
    regions: ['WESTERN_EUROPE'],
    trend: 'ESTABLISHED',
    publishedAt: day(45),
  });
  const draftPattern = await pattern(ngo.id, {
    slug: 'draft-livestream-coercion',
    title: 'Quokka livestream coercion (draft)',
    summary: 'Unfinished notes on quokka coercion through live streams.',
    state: 'DRAFT',
    publishedAt: null,
    stages: ['CONTROL_AND_EXPLOITATION'],
    technologies: ['LIVE_STREAMING'],
  });
  const membersPattern = await pattern(police.id, {
    slug: 'quokka-dating-grooming',
    title: 'Quokka grooming on dating apps',
    summary: 'A members-only quokka analysis of grooming through dating apps.',
    visibility: 'MEMBERS',
    stages: ['CONTROL_AND_EXPLOITATION'],
    technologies: ['DATING_APPS'],
    trend: 'DECLINING',
    publishedAt: day(55),
  });
  const restrictedPattern = await pattern(police.id, {
    slug: 'quokka-encrypted-coordination',
    title: 'Quokka coordination in encrypted channels',
    summary:
      'How quokka networks coordinate movement in encrypted messaging channels; for law enforcement only.',
    visibility: 'RESTRICTED',
    visibleTo: ['GOVERNMENT'],
    stages: ['MOVEMENT'],
    technologies: ['MESSAGING_AND_ENCRYPTED_APPS'],
    publishedAt: day(56),
  });

  const category = async (slug: string) =>
    (await db.query('SELECT id FROM discussion_category WHERE slug = $1', [slug]))[0].id as string;
  const thread = async (
    categorySlug: string | null,
    title: string,
    posts: { body: string; hidden?: boolean; deleted?: boolean }[],
    patternId: string | null = null,
  ) => {
    const [t] = await db.query(
      `INSERT INTO thread (category_id, misuse_pattern_id, title, author_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [categorySlug ? await category(categorySlug) : null, patternId, title, author.id],
    );
    const ids: string[] = [];
    for (const p of posts) {
      const [row] = await db.query(
        `INSERT INTO post (thread_id, author_id, body, hidden_at, hidden_reason, deleted_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          t.id,
          author.id,
          p.body,
          p.hidden ? new Date() : null,
          p.hidden ? 'Identifies a victim.' : null,
          p.deleted ? new Date() : null,
        ],
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
  const lawThread = await thread(
    'law-enforcement-exchange',
    'Operational exchange on zebracorn networks',
    [{ body: 'Members-only zebracorn operational note about recruitment.' }],
  );
  /** The public pattern's own discussion (no category): as visible as the pattern. */
  const deepfakeDiscussion = await thread(
    null,
    'Synthetic interviewer sightings',
    [{ body: 'We saw a synthetic interviewer reuse the same background twice.' }],
    deepfakes.id,
  );
  /** Calls for partners about the restricted pattern: in a public category, and in a members-only one. */
  const callForPartners = await thread(
    'partnerships',
    'Call for partners: quokka coordination',
    [{ body: 'Looking for partners to disrupt quokka coordination channels.' }],
    restrictedPattern.id,
  );
  const lawCall = await thread(
    'law-enforcement-exchange',
    'Quokka channel exchange',
    [{ body: 'Members-only quokka exchange about channel takedowns.' }],
    restrictedPattern.id,
  );

  const leOfficer = await createUser(db);
  const scopes = {
    visitor: ANONYMOUS_SCOPE,
    /** A member of a verified government (police) organization. */
    lawEnforcement: {
      userId: leOfficer.id,
      memberOrgIds: [police.id],
      verifiedStakeholderTypes: ['GOVERNMENT'],
      memberOfVerifiedOrganization: true,
      moderator: false,
    } satisfies ViewerScope,
    /** A member of a verified NGO (not law enforcement), the draft's own organization. */
    ngoMember: {
      userId: author.id,
      memberOrgIds: [ngo.id],
      verifiedStakeholderTypes: ['CIVIL_SOCIETY'],
      memberOfVerifiedOrganization: true,
      moderator: false,
    } satisfies ViewerScope,
  };
  return {
    orgs: { ngo, police, bank },
    practices: { adsMonitor, financial, hotline, draft, restricted, membersOnly },
    patterns: {
      deepfakes,
      mixers,
      draft: draftPattern,
      membersOnly: membersPattern,
      restricted: restrictedPattern,
    },
    threads: { adsThread, lawThread, deepfakeDiscussion, callForPartners, lawCall },
    scopes,
  };
}

export type SearchCorpus = Awaited<ReturnType<typeof seedSearchCorpus>>;

/** A request with defaults: as a visitor, relevance order, first 20. */
export function request(query: string, overrides: Partial<SearchRequest> = {}): SearchRequest {
  return {
    query,
    filter: {},
    facets: [],
    sort: 'RELEVANCE',
    offset: 0,
    limit: 20,
    scope: ANONYMOUS_SCOPE,
    ...overrides,
  };
}
