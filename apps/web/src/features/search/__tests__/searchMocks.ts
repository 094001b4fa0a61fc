import {
  SearchDocument,
  type SearchFacet,
  type SearchFilter,
  type SearchSort,
} from '@alliance/graphql';
import { REQUESTED_FACETS, SEARCH_PAGE_SIZE } from '../searchFilters';

/** A practice found by search, with __typename everywhere (as Apollo requests it). */
export function practiceHit(
  overrides: Partial<{
    id: string;
    slug: string;
    title: string;
    highlightedTitle: string;
    snippet: string;
    organization: string;
  }> = {},
) {
  const title = overrides.title ?? 'Multichannel anti-trafficking hotline';
  return {
    __typename: 'PracticeSearchHit' as const,
    id: overrides.id ?? 'UHJhY3RpY2U6MQ',
    kind: 'PRACTICE' as const,
    title,
    highlightedTitle: overrides.highlightedTitle ?? title,
    snippet: overrides.snippet ?? 'A hotline reachable by phone and chat.',
    practice: {
      __typename: 'Practice' as const,
      id: overrides.id ?? 'UHJhY3RpY2U6MQ',
      slug: overrides.slug ?? 'multichannel-hotline',
      organization: {
        __typename: 'Organization' as const,
        id: 'T3JnOjE',
        name: overrides.organization ?? 'SafeRoutes Network',
      },
    },
  };
}

const threadRef = (
  id: string,
  category: { id: string; name: string } | null,
  practice: { id: string; title: string } | null = null,
) => ({
  __typename: 'Thread' as const,
  id,
  category: category && { __typename: 'DiscussionCategory' as const, ...category },
  practice: practice && { __typename: 'Practice' as const, ...practice },
});

/** A discussion thread found by search. */
export function threadHit(
  overrides: Partial<{ id: string; title: string; highlightedTitle: string; snippet: string }> = {},
) {
  const title = overrides.title ?? 'Hotline volunteers: shift planning';
  return {
    __typename: 'ThreadSearchHit' as const,
    id: overrides.id ?? 'VGhyZWFkOjE',
    kind: 'THREAD' as const,
    title,
    highlightedTitle: overrides.highlightedTitle ?? title,
    snippet: overrides.snippet ?? 'How do you plan night shifts?',
    thread: threadRef(overrides.id ?? 'VGhyZWFkOjE', { id: 'Q2F0OjE', name: 'Victim support' }),
  };
}

/** A post found by search (its title is its thread's). */
export function postHit(
  overrides: Partial<{ id: string; threadId: string; title: string; snippet: string }> = {},
) {
  const title = overrides.title ?? 'Discussion of the hotline';
  return {
    __typename: 'PostSearchHit' as const,
    id: overrides.id ?? 'UG9zdDo3',
    kind: 'POST' as const,
    title,
    highlightedTitle: title,
    snippet: overrides.snippet ?? 'We route <mark>hotline</mark> calls at night.',
    post: { __typename: 'Post' as const, id: overrides.id ?? 'UG9zdDo3' },
    thread: threadRef(overrides.threadId ?? 'VGhyZWFkOjI', null, {
      id: 'UHJhY3RpY2U6MQ',
      title: 'Multichannel anti-trafficking hotline',
    }),
  };
}

/** An organization found by search. */
export function organizationHit(
  overrides: Partial<{ id: string; slug: string; title: string; highlightedTitle: string }> = {},
) {
  const title = overrides.title ?? 'Hotline Alliance Moldova';
  return {
    __typename: 'OrganizationSearchHit' as const,
    id: overrides.id ?? 'T3JnOjU',
    kind: 'ORGANIZATION' as const,
    title,
    highlightedTitle: overrides.highlightedTitle ?? title,
    snippet: '',
    organization: {
      __typename: 'Organization' as const,
      id: overrides.id ?? 'T3JnOjU',
      slug: overrides.slug ?? 'hotline-alliance-md',
    },
  };
}

/** A misuse pattern found by search. */
export function misusePatternHit(
  overrides: Partial<{
    id: string;
    slug: string;
    title: string;
    highlightedTitle: string;
    snippet: string;
  }> = {},
) {
  const title = overrides.title ?? 'Deepfake video interviews in job recruitment';
  return {
    __typename: 'MisusePatternSearchHit' as const,
    id: overrides.id ?? 'TWlzdXNlUGF0dGVybjox',
    kind: 'MISUSE_PATTERN' as const,
    title,
    highlightedTitle: overrides.highlightedTitle ?? title,
    snippet: overrides.snippet ?? 'The interviewer never appears on a live camera.',
    misusePattern: {
      __typename: 'MisusePattern' as const,
      id: overrides.id ?? 'TWlzdXNlUGF0dGVybjox',
      slug: overrides.slug ?? 'deepfake-job-interviews',
      organization: {
        __typename: 'Organization' as const,
        id: 'T3JnOjk',
        name: 'Digital Rights Watch',
      },
    },
  };
}

export type AnyHit =
  | ReturnType<typeof misusePatternHit>
  | ReturnType<typeof practiceHit>
  | ReturnType<typeof threadHit>
  | ReturnType<typeof postHit>
  | ReturnType<typeof organizationHit>;

/** Counts per facet value: [value, count] or [value, count, label]. */
export type Distribution = Partial<Record<SearchFacet, [string, number, string?][]>>;

export interface SearchVariablesInput {
  query: string;
  filter?: SearchFilter;
  sort?: SearchSort;
  after?: string;
}

/** The variables the search page sends (every facet counted, a page of 20). */
export const searchVariables = ({
  query,
  filter,
  sort = 'RELEVANCE',
  after,
}: SearchVariablesInput) => ({
  query,
  first: SEARCH_PAGE_SIZE,
  facets: REQUESTED_FACETS,
  sort,
  ...(filter ? { filter } : {}),
  ...(after ? { after } : {}),
});

export function searchResult(
  hits: AnyHit[],
  {
    totalCount = hits.length,
    hasNextPage = false,
    endCursor = hits.length ? `c${hits.length}` : null,
    distribution = {},
    exhaustive = true,
  }: {
    exhaustive?: boolean;
    totalCount?: number;
    hasNextPage?: boolean;
    endCursor?: string | null;
    distribution?: Distribution;
  } = {},
) {
  return {
    data: {
      search: {
        __typename: 'SearchResults' as const,
        totalCount,
        exhaustive,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
        facetDistribution: Object.entries(distribution).map(([facet, values]) => ({
          __typename: 'SearchFacetDistribution' as const,
          facet,
          values: values!.map(([value, count, label]) => ({
            __typename: 'SearchFacetValue' as const,
            value,
            label: label ?? null,
            count,
          })),
        })),
        edges: hits.map((node, i) => ({
          __typename: 'SearchHitEdge' as const,
          cursor: `c${i + 1}`,
          node,
        })),
      },
    },
  };
}

/** A MockedProvider mock answering Search for these variables (after `delay` ms). */
export function searchMock(
  variables: SearchVariablesInput,
  hits: AnyHit[],
  options: Parameters<typeof searchResult>[1] & { delay?: number } = {},
) {
  const { delay, ...result } = options;
  return {
    request: { query: SearchDocument, variables: searchVariables(variables) },
    result: searchResult(hits, result),
    ...(delay !== undefined ? { delay } : {}),
  };
}
