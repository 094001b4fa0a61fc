import {
  SearchDocument,
  type SearchFacet,
  type SearchFilter,
  type SearchSort,
} from '@alliance/graphql';
import { REQUESTED_FACETS, SEARCH_PAGE_SIZE } from '../searchFilters';

/** What a test may set on a hit; the rest comes from the builder's defaults. */
type HitOverrides = Partial<{
  id: string;
  slug: string;
  title: string;
  highlightedTitle: string;
  snippet: string;
}>;

/** The fields every search hit has: its kind, and a highlighted title that defaults to the title. */
function hitBase<Typename extends string, Kind extends string>(
  __typename: Typename,
  kind: Kind,
  overrides: HitOverrides,
  defaults: { id: string; title: string; snippet: string },
) {
  const title = overrides.title ?? defaults.title;
  return {
    __typename,
    id: overrides.id ?? defaults.id,
    kind,
    title,
    highlightedTitle: overrides.highlightedTitle ?? title,
    snippet: overrides.snippet ?? defaults.snippet,
  };
}

/** An organization as a hit's owner (id and name). */
const ownerRef = (id: string, name: string) => ({
  __typename: 'Organization' as const,
  id,
  name,
});

/** A practice found by search, with __typename everywhere (as Apollo requests it). */
export function practiceHit(overrides: HitOverrides & { organization?: string } = {}) {
  const hit = hitBase('PracticeSearchHit', 'PRACTICE', overrides, {
    id: 'UHJhY3RpY2U6MQ',
    title: 'Multichannel anti-trafficking hotline',
    snippet: 'A hotline reachable by phone and chat.',
  });
  return {
    ...hit,
    practice: {
      __typename: 'Practice' as const,
      id: hit.id,
      slug: overrides.slug ?? 'multichannel-hotline',
      organization: ownerRef('T3JnOjE', overrides.organization ?? 'SafeRoutes Network'),
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
export function threadHit(overrides: Omit<HitOverrides, 'slug'> = {}) {
  const hit = hitBase('ThreadSearchHit', 'THREAD', overrides, {
    id: 'VGhyZWFkOjE',
    title: 'Hotline volunteers: shift planning',
    snippet: 'How do you plan night shifts?',
  });
  return { ...hit, thread: threadRef(hit.id, { id: 'Q2F0OjE', name: 'Victim support' }) };
}

/** A post found by search (its title is its thread's). */
export function postHit(
  overrides: Pick<HitOverrides, 'id' | 'title' | 'snippet'> & { threadId?: string } = {},
) {
  const hit = hitBase('PostSearchHit', 'POST', overrides, {
    id: 'UG9zdDo3',
    title: 'Discussion of the hotline',
    snippet: 'We route <mark>hotline</mark> calls at night.',
  });
  return {
    ...hit,
    post: { __typename: 'Post' as const, id: hit.id },
    thread: threadRef(overrides.threadId ?? 'VGhyZWFkOjI', null, {
      id: 'UHJhY3RpY2U6MQ',
      title: 'Multichannel anti-trafficking hotline',
    }),
  };
}

/** An organization found by search. */
export function organizationHit(overrides: Omit<HitOverrides, 'snippet'> = {}) {
  const hit = hitBase('OrganizationSearchHit', 'ORGANIZATION', overrides, {
    id: 'T3JnOjU',
    title: 'Hotline Alliance Moldova',
    snippet: '',
  });
  return {
    ...hit,
    organization: {
      __typename: 'Organization' as const,
      id: hit.id,
      slug: overrides.slug ?? 'hotline-alliance-md',
    },
  };
}

/** A misuse pattern found by search. */
export function misusePatternHit(overrides: HitOverrides = {}) {
  const hit = hitBase('MisusePatternSearchHit', 'MISUSE_PATTERN', overrides, {
    id: 'TWlzdXNlUGF0dGVybjox',
    title: 'Deepfake video interviews in job recruitment',
    snippet: 'The interviewer never appears on a live camera.',
  });
  return {
    ...hit,
    misusePattern: {
      __typename: 'MisusePattern' as const,
      id: hit.id,
      slug: overrides.slug ?? 'deepfake-job-interviews',
      organization: ownerRef('T3JnOjk', 'Digital Rights Watch'),
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
