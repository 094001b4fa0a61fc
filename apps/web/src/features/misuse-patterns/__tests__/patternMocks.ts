import {
  GapMatrixDocument,
  MisusePatternCommunityDocument,
  MisusePatternFacetCountsDocument,
  MisusePatternPageDocument,
  MisusePatternsDocument,
  PracticeCountermeasuresDocument,
  type CountermeasureItemFragment,
  type GapMatrixQuery,
  type MisusePatternCardFragment,
  type MisusePatternDetailsFragment,
  type MisusePatternFilter,
  type MisusePatternOrder,
} from '@alliance/graphql';
import { orgRef } from '../../../test/practiceMocks';

/** A library card's pattern, with __typename. */
export function patternCard(overrides: Partial<MisusePatternCardFragment> = {}) {
  const { organization, ...rest } = overrides;
  return {
    __typename: 'MisusePattern' as const,
    id: 'TWlzdXNlUGF0dGVybjox',
    slug: 'fake-job-ads-on-social-media',
    title: 'Fake job ads on social media',
    summary:
      'Recruiters post well-paid jobs abroad in community groups and move to messaging apps.',
    state: 'PUBLISHED' as const,
    visibility: 'PUBLIC' as const,
    visibleTo: [] as MisusePatternCardFragment['visibleTo'],
    stages: ['RECRUITMENT'] as MisusePatternCardFragment['stages'],
    technologies: [
      'SOCIAL_MEDIA',
      'MESSAGING_AND_ENCRYPTED_APPS',
    ] as MisusePatternCardFragment['technologies'],
    trend: 'ESTABLISHED' as const,
    countermeasureCount: 0,
    publishedAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-05T10:00:00.000Z',
    ...rest,
    organization: orgRef(organization ?? {}),
  };
}

/** A pattern as its page loads it. */
export function patternDetails(overrides: Partial<MisusePatternDetailsFragment> = {}) {
  const { organization, sources, ...rest } = overrides;
  return {
    ...patternCard({ organization }),
    description: '## How it works\n\nAds promise **high wages**.',
    formsOfExploitation: ['FORCED_LABOUR'] as MisusePatternDetailsFragment['formsOfExploitation'],
    indicators: ['Salary far above the market rate', 'Recruiter insists on moving to WhatsApp'],
    regions: ['EASTERN_EUROPE'] as MisusePatternDetailsFragment['regions'],
    sources: (sources ?? [{ label: 'OSCE study', url: 'https://osce.example.org/study' }]).map(
      (s) => ({ __typename: 'SourceLink' as const, ...s }),
    ),
    moderationNote: null,
    viewerCanEdit: false,
    createdAt: '2026-02-01T10:00:00.000Z',
    ...rest,
  };
}

/** A countermeasure link, with __typename everywhere. */
export function countermeasure(
  overrides: Partial<Omit<CountermeasureItemFragment, 'practice' | 'pattern'>> & {
    practice?: Partial<CountermeasureItemFragment['practice']>;
    pattern?: Partial<CountermeasureItemFragment['pattern']>;
  } = {},
) {
  const { practice, pattern, ...rest } = overrides;
  return {
    __typename: 'Countermeasure' as const,
    id: 'Q291bnRlcm1lYXN1cmU6MQ',
    approach: 'DETECTS' as const,
    note: 'Flags job ads with the same phone number in many groups.',
    viewerCanEdit: false,
    createdAt: '2026-04-01T10:00:00.000Z',
    updatedAt: '2026-04-01T10:00:00.000Z',
    ...rest,
    practice: {
      __typename: 'Practice' as const,
      id: 'UHJhY3RpY2U6MQ',
      slug: 'multichannel-hotline',
      title: 'Multichannel anti-trafficking hotline',
      summary: 'A hotline reachable by phone, chat and messengers.',
      ...practice,
      organization: orgRef(practice?.organization ?? {}),
    },
    pattern: {
      __typename: 'MisusePattern' as const,
      id: 'TWlzdXNlUGF0dGVybjox',
      slug: 'fake-job-ads-on-social-media',
      title: 'Fake job ads on social media',
      stages: ['RECRUITMENT'] as CountermeasureItemFragment['pattern']['stages'],
      technologies: ['SOCIAL_MEDIA'] as CountermeasureItemFragment['pattern']['technologies'],
      trend: 'ESTABLISHED' as const,
      ...pattern,
    },
  };
}

export const connection = <T>(typename: string, nodes: T[]) => ({
  __typename: `${typename}Connection`,
  totalCount: nodes.length,
  edges: nodes.map((node, i) => ({ __typename: `${typename}Edge`, cursor: `c${i}`, node })),
});

/** Answers MisusePatternPage for a slug (null: not found or not visible), as often as asked. */
export function patternPageMock(
  slug: string,
  pattern: ReturnType<typeof patternDetails> | null,
  countermeasures: ReturnType<typeof countermeasure>[] = [],
) {
  return {
    request: { query: MisusePatternPageDocument, variables: { slug } },
    result: {
      data: {
        misusePattern: pattern && {
          ...pattern,
          countermeasures: connection('Countermeasure', countermeasures),
        },
      },
    },
    maxUsageCount: Infinity,
  };
}

/** Answers MisusePatternCommunity: no discussion yet, no threads, not followed. */
export function communityMock(
  slug: string,
  id = 'TWlzdXNlUGF0dGVybjox',
  overrides: Record<string, unknown> = {},
) {
  return {
    request: { query: MisusePatternCommunityDocument, variables: { slug } },
    result: {
      data: {
        misusePattern: {
          __typename: 'MisusePattern',
          id,
          viewerIsFollowing: false,
          followerCount: 3,
          discussion: null,
          relatedThreads: { ...connection('Thread', []) },
          ...overrides,
        },
      },
    },
    maxUsageCount: Infinity,
  };
}

/** Answers MisusePatterns for exactly these variables. */
export function patternsMock(
  variables: {
    first: number;
    after?: string;
    filter?: MisusePatternFilter;
    orderBy?: MisusePatternOrder;
  },
  nodes: ReturnType<typeof patternCard>[],
  { totalCount = nodes.length, hasNextPage = false, endCursor = 'c-end' } = {},
) {
  return {
    request: { query: MisusePatternsDocument, variables },
    result: {
      data: {
        misusePatterns: {
          __typename: 'MisusePatternConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
          edges: nodes.map((node, i) => ({
            __typename: 'MisusePatternEdge',
            cursor: `${variables.after ?? 'p'}-${i}`,
            node,
          })),
        },
      },
    },
  };
}

const facet = (rows: [string, number][]) =>
  rows.map(([value, count]) => ({ __typename: 'FacetCount' as const, value, count }));

/** Answers the library's facet counts (as often as asked). */
export function facetCountsMock() {
  return {
    request: { query: MisusePatternFacetCountsDocument },
    result: {
      data: {
        misusePatternStats: {
          __typename: 'MisusePatternStats',
          total: 24,
          byStage: facet([
            ['RECRUITMENT', 9],
            ['FINANCIAL_FLOWS', 4],
          ]),
          byTechnology: facet([
            ['SOCIAL_MEDIA', 7],
            ['CRYPTOCURRENCIES', 3],
          ]),
          byFormOfExploitation: facet([['FORCED_LABOUR', 8]]),
          byTrend: facet([
            ['EMERGING', 6],
            ['ESTABLISHED', 15],
          ]),
        },
      },
    },
    maxUsageCount: Infinity,
  };
}

type Cell = GapMatrixQuery['gapMatrix']['cells'][number];

/** A gap matrix over every stage × technology, zeros except the given cells. */
export function gapMatrix(
  cells: Partial<Cell>[],
  totals = { patternCount: 0, countermeasureCount: 0, uncounteredPatternCount: 0 },
) {
  const stages = [
    'RECRUITMENT',
    'ADVERTISING_AND_SELLING',
    'MOVEMENT',
    'CONTROL_AND_EXPLOITATION',
    'FINANCIAL_FLOWS',
  ] as const;
  const technologies = [
    'SOCIAL_MEDIA',
    'ONLINE_CLASSIFIEDS_AND_JOB_BOARDS',
    'MESSAGING_AND_ENCRYPTED_APPS',
    'DATING_APPS',
    'GIG_AND_LABOUR_PLATFORMS',
    'LIVE_STREAMING',
    'ONLINE_PAYMENTS_AND_FINTECH',
    'CRYPTOCURRENCIES',
    'DARK_WEB_MARKETS',
    'GENERATIVE_AI_AND_DEEPFAKES',
  ] as const;
  const given = new Map(cells.map((c) => [`${c.stage}|${c.technology}`, c]));
  return {
    __typename: 'GapMatrix' as const,
    stages: [...stages],
    technologies: [...technologies],
    ...totals,
    cells: stages.flatMap((stage) =>
      technologies.map((technology) => ({
        __typename: 'GapCell' as const,
        stage,
        technology,
        patternCount: 0,
        countermeasureCount: 0,
        practiceCount: 0,
        ...given.get(`${stage}|${technology}`),
      })),
    ),
  };
}

/** Answers GapMatrix for these variables (as often as asked). */
export function gapMatrixMock(
  matrix: ReturnType<typeof gapMatrix>,
  variables: Record<string, unknown> = {},
) {
  return {
    request: { query: GapMatrixDocument, variables },
    result: { data: { gapMatrix: matrix } },
    maxUsageCount: Infinity,
  };
}

/** Answers PracticeCountermeasures once for a practice with these countermeasures. */
export function practiceCountermeasuresMock(
  slug: string,
  countermeasures: ReturnType<typeof countermeasure>[],
  { viewerCanEdit = false, id = 'UHJhY3RpY2U6MQ', maxUsageCount = 1 } = {},
) {
  return {
    request: { query: PracticeCountermeasuresDocument, variables: { slug } },
    result: {
      data: {
        practice: {
          __typename: 'Practice',
          id,
          viewerCanEdit,
          countermeasures: connection('Countermeasure', countermeasures),
        },
      },
    },
    maxUsageCount,
  };
}
