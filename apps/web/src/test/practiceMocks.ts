import {
  PracticePageDocument,
  PracticesDocument,
  PracticeStatsDocument,
  ViewerMembershipsDocument,
  type MembershipRole,
  type PracticeCardFragment,
  type PracticeDetailsFragment,
  type PracticeFilter,
  type PracticeOrder,
  type PracticeStatsQuery,
} from '@alliance/graphql';

/** An organization as practices reference it, with __typename. */
export function orgRef(
  overrides: Partial<{ id: string; slug: string; name: string; verified: boolean }> = {},
) {
  return {
    __typename: 'Organization' as const,
    id: 'T3JnOjE',
    slug: 'saferoutes-network',
    name: 'SafeRoutes Network',
    verified: true,
    ...overrides,
  };
}

/** A library card's practice, with __typename. */
export function practiceCard(overrides: Partial<PracticeCardFragment> = {}) {
  return {
    __typename: 'Practice' as const,
    id: 'UHJhY3RpY2U6MQ',
    slug: 'multichannel-hotline',
    title: 'Multichannel anti-trafficking hotline',
    summary: 'A hotline reachable by phone, chat and messengers, in eight languages.',
    state: 'PUBLISHED' as const,
    status: 'ACTIVE' as const,
    visibility: 'PUBLIC' as const,
    focusAreas: ['PROTECTION', 'PREVENTION'] as PracticeCardFragment['focusAreas'],
    countries: ['MD', 'RO'],
    global: false,
    endorsementCount: 2,
    viewerHasBookmarked: false,
    publishedAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-05T10:00:00.000Z',
    ...overrides,
    organization: orgRef(overrides.organization ?? {}),
  };
}

/** A practice as its page loads it, with __typename everywhere. */
export function practiceDetails(overrides: Partial<PracticeDetailsFragment> = {}) {
  const { organization, endorsements, partners, contributors, links, ...rest } = overrides;
  return {
    ...practiceCard({ organization }),
    body: '## Problem\n\nVictims do not call.\n\n## Approach\n\nWe answer **everywhere**.',
    contact: 'hotline@example.org',
    moderationNote: null,
    purposes: ['VICTIM_PROTECTION_AND_SUPPORT'] as PracticeDetailsFragment['purposes'],
    formsOfExploitation: ['FORCED_LABOUR'] as PracticeDetailsFragment['formsOfExploitation'],
    technologies: ['HOTLINE_CHATBOT_AND_MESSAGING'] as PracticeDetailsFragment['technologies'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK'] as PracticeDetailsFragment['targetUsers'],
    sectors: [] as PracticeDetailsFragment['sectors'],
    regions: ['EASTERN_EUROPE'] as PracticeDetailsFragment['regions'],
    languages: ['ro', 'ru'],
    yearStarted: 2019,
    yearEnded: null,
    evidenceLevel: 'MONITORING_DATA' as const,
    survivorInvolvement: 'CONSULTED' as const,
    sdg87: true,
    iloIndicators: [] as PracticeDetailsFragment['iloIndicators'],
    visibleTo: [] as PracticeDetailsFragment['visibleTo'],
    links: (links ?? [{ label: 'Website', url: 'https://hotline.example.org' }]).map((l) => ({
      __typename: 'PracticeLink' as const,
      ...l,
    })),
    partners: (partners ?? []).map((p) => orgRef(p)),
    contributors: (contributors ?? []).map((c) => ({ __typename: 'User' as const, ...c })),
    endorsements: (endorsements ?? []).map((e) => ({
      __typename: 'Endorsement' as const,
      ...e,
      organization: orgRef(e.organization),
    })),
    bookmarkCount: 4,
    viewCount: 120,
    viewerCanEdit: false,
    createdAt: '2026-02-01T10:00:00.000Z',
    ...rest,
  };
}

export function practicesResult(
  nodes: ReturnType<typeof practiceCard>[],
  { totalCount = nodes.length, hasNextPage = false, endCursor = 'c1' } = {},
) {
  return {
    data: {
      practices: {
        __typename: 'PracticeConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
        edges: nodes.map((node, i) => ({ __typename: 'PracticeEdge', cursor: `p-${i}`, node })),
      },
    },
  };
}

/** A MockedProvider mock answering Practices for these variables. */
export function practicesMock(
  variables: { first: number; after?: string; filter?: PracticeFilter; orderBy?: PracticeOrder },
  nodes: ReturnType<typeof practiceCard>[],
  options: { totalCount?: number; hasNextPage?: boolean; endCursor?: string } = {},
) {
  return {
    request: { query: PracticesDocument, variables },
    result: practicesResult(nodes, options),
  };
}

/** The home page's "Recently published practices". */
export const recentPracticesMock = (nodes: ReturnType<typeof practiceCard>[] = []) =>
  practicesMock({ first: 5, orderBy: 'NEWEST' }, nodes);

type Stats = Omit<PracticeStatsQuery['practiceStats'], '__typename'>;
const facet = (rows: [string, number][]) =>
  rows.map(([value, count]) => ({ __typename: 'FacetCount' as const, value, count }));

export const sampleStats: Stats = {
  total: 42,
  byFocusArea: facet([
    ['PROTECTION', 20],
    ['PREVENTION', 18],
    ['PROSECUTION', 9],
    ['PARTNERSHIP', 7],
  ]),
  byTechnology: facet([
    ['HOTLINE_CHATBOT_AND_MESSAGING', 8],
    ['DATA_ANALYTICS', 6],
    ['MOBILE_APP', 5],
  ]),
  byFormOfExploitation: facet([
    ['FORCED_LABOUR', 15],
    ['SEXUAL_EXPLOITATION', 12],
  ]),
  byStakeholderType: facet([
    ['CIVIL_SOCIETY', 16],
    ['GOVERNMENT', 11],
    ['PRIVATE_SECTOR', 8],
  ]),
  byCountry: facet([
    ['AT', 6],
    ['MD', 5],
    ['UA', 4],
  ]),
  byStatus: facet([
    ['ACTIVE', 25],
    ['PILOT', 10],
  ]),
};

/** Answers PracticeStats (as often as asked) with `stats`. */
export function practiceStatsMock(stats: Stats = sampleStats, { maxUsageCount = Infinity } = {}) {
  return {
    request: { query: PracticeStatsDocument },
    result: { data: { practiceStats: { __typename: 'PracticeStats', ...stats } } },
    maxUsageCount,
  };
}

/** Answers PracticePage for a slug with `practice` (null: not found or not visible). */
export function practicePageMock(
  slug: string,
  practice: ReturnType<typeof practiceDetails> | null,
) {
  return {
    request: { query: PracticePageDocument, variables: { slug } },
    result: { data: { practice } },
    maxUsageCount: Infinity,
  };
}

export function membership(
  role: MembershipRole,
  organization: Partial<{ id: string; slug: string; name: string; verified: boolean }> = {},
) {
  return {
    __typename: 'Membership' as const,
    role,
    createdAt: '2026-01-01T10:00:00.000Z',
    organization: orgRef(organization),
  };
}

/** Answers ViewerMemberships with these memberships (as often as asked). */
export function viewerMembershipsMock(
  memberships: ReturnType<typeof membership>[],
  viewerId = 'VXNlcjox',
) {
  return {
    request: { query: ViewerMembershipsDocument },
    result: { data: { viewer: { __typename: 'Viewer', id: viewerId, memberships } } },
    maxUsageCount: Infinity,
  };
}
