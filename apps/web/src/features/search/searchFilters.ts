import { SEARCH_KINDS, SLUG_PATTERN } from '@alliance/domain';
import type {
  SearchFacet,
  SearchFilter,
  SearchQueryVariables,
  SearchSort,
} from '@alliance/graphql';
import { type FacetKey, FACETS as LIBRARY_FACETS, normalizeFacet } from '../practices';
import type { TaxonomyKind } from '../../ui/taxonomy/taxonomy';
import { patternCodes, type PatternTaxonomyKind } from '../../ui/taxonomy/patternTaxonomy';

/** Results per page ("Load more" fetches as many again). */
export const SEARCH_PAGE_SIZE = 20;

/** How long typing must pause before the results follow. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The orders search offers, the default first. */
export const SEARCH_SORTS: readonly SearchSort[] = [
  'RELEVANCE',
  'NEWEST',
  'MOST_ENDORSED',
  'LAST_ACTIVITY',
];
export const DEFAULT_SORT: SearchSort = 'RELEVANCE';

/** The SearchFilter lists the page offers as facets. */
export type SearchFilterField =
  | 'kinds'
  | 'focusAreas'
  | 'technologies'
  | 'formsOfExploitation'
  | 'countries'
  | 'regions'
  | 'stakeholderTypes'
  | 'organizations'
  | 'categories'
  | 'statuses'
  | 'stages'
  | 'misusedTechnologies'
  | 'trends';

/** How a facet's values are shown. */
export type FacetLabels =
  | { type: 'taxonomy'; kind: TaxonomyKind }
  /** The misuse taxonomies (misusePatterns.<kind>.<CODE>). */
  | { type: 'pattern'; kind: PatternTaxonomyKind }
  | { type: 'country' }
  /** SearchKind codes (search.kinds.<KIND>). */
  | { type: 'kind' }
  /** Short names, shown by the label the API sends with the counts. */
  | { type: 'api' };

export interface SearchFacetConfig {
  /** What the API counts. */
  facet: SearchFacet;
  /** The SearchFilter list it narrows. */
  field: SearchFilterField;
  /** Its search parameter, repeated once per value: ?focus=PREVENTION&focus=PROTECTION */
  param: string;
  labels: FacetLabels;
  /** The known values among `values`, without duplicates, in a stable order. */
  normalize: (values: readonly string[]) => string[];
}

/** A facet the practice library has too: the same parameter, codes and labels. */
function libraryFacet(facet: SearchFacet, key: FacetKey & SearchFilterField): SearchFacetConfig {
  const library = LIBRARY_FACETS.find((f) => f.key === key)!;
  return {
    facet,
    field: key,
    param: library.param,
    labels: library.kind === null ? { type: 'country' } : { type: 'taxonomy', kind: library.kind },
    normalize: (values) => normalizeFacet(library, values),
  };
}

/**
 * A facet of misuse patterns. Its parameter is the pattern library's, except for the misused
 * technologies: `tech` already means the practices' technologies here.
 */
function patternFacet(
  facet: SearchFacet,
  field: SearchFilterField,
  param: string,
  kind: PatternTaxonomyKind,
): SearchFacetConfig {
  return {
    facet,
    field,
    param,
    labels: { type: 'pattern', kind },
    normalize: (values) => patternCodes(kind).filter((code) => values.includes(code)),
  };
}

/** Short names (organizations, categories): well-formed ones, lower case, sorted. */
function normalizeSlugs(values: readonly string[]): string[] {
  const slugs = values
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v.length <= 80 && SLUG_PATTERN.test(v));
  return [...new Set(slugs)].sort();
}

/** The sidebar's facets, in the order shown (and written into the address). */
export const SEARCH_FACETS: readonly SearchFacetConfig[] = [
  {
    facet: 'KIND',
    field: 'kinds',
    param: 'kind',
    labels: { type: 'kind' },
    normalize: (values) => SEARCH_KINDS.filter((kind) => values.includes(kind)),
  },
  libraryFacet('FOCUS_AREA', 'focusAreas'),
  libraryFacet('TECHNOLOGY', 'technologies'),
  libraryFacet('FORM_OF_EXPLOITATION', 'formsOfExploitation'),
  patternFacet('STAGE', 'stages', 'stage', 'stage'),
  patternFacet('MISUSED_TECHNOLOGY', 'misusedTechnologies', 'misused', 'technology'),
  patternFacet('TREND', 'trends', 'trend', 'trend'),
  libraryFacet('COUNTRY', 'countries'),
  libraryFacet('REGION', 'regions'),
  libraryFacet('STAKEHOLDER_TYPE', 'stakeholderTypes'),
  {
    facet: 'ORGANIZATION',
    field: 'organizations',
    param: 'org',
    labels: { type: 'api' },
    normalize: normalizeSlugs,
  },
  {
    facet: 'CATEGORY',
    field: 'categories',
    param: 'category',
    labels: { type: 'api' },
    normalize: normalizeSlugs,
  },
  libraryFacet('STATUS', 'statuses'),
];

/** The facets the page asks the API to count. */
export const REQUESTED_FACETS: SearchFacet[] = SEARCH_FACETS.map((f) => f.facet);

/** A search as kept in the address. */
export interface SearchState {
  query: string;
  filters: Record<SearchFilterField, string[]>;
  sort: SearchSort;
}

const emptyFilters = (): Record<SearchFilterField, string[]> =>
  Object.fromEntries(SEARCH_FACETS.map((f) => [f.field, []])) as unknown as Record<
    SearchFilterField,
    string[]
  >;

export const NO_SEARCH: SearchState = { query: '', filters: emptyFilters(), sort: DEFAULT_SORT };

/** Reads the search from the address, ignoring values that are not codes or short names. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const facet of SEARCH_FACETS)
    filters[facet.field] = facet.normalize(params.getAll(facet.param));
  const sort = params.get('sort') as SearchSort | null;
  return {
    query: params.get('q')?.trim() ?? '',
    filters,
    sort: sort && SEARCH_SORTS.includes(sort) ? sort : DEFAULT_SORT,
  };
}

/** The search parameters for `state` (empty filters and the default order left out). */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of SEARCH_FACETS) {
    for (const value of facet.normalize(state.filters[facet.field]))
      params.append(facet.param, value);
  }
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  return params;
}

/** The address of a search for `query` (nothing else chosen). */
export function searchPath(query: string): string {
  const params = writeSearchState({ ...NO_SEARCH, query: query.trim() }).toString();
  return params ? `/search?${params}` : '/search';
}

/** The facets with something chosen, in the sidebar's order. */
export function activeFacets(state: SearchState): SearchFacetConfig[] {
  return SEARCH_FACETS.filter((f) => state.filters[f.field].length > 0);
}

/** True when a filter narrows the search (the query and the order do not count). */
export function hasSearchFilters(state: SearchState): boolean {
  return activeFacets(state).length > 0;
}

/** `state` with a facet's values replaced (normalised). */
export function withFacetValues(
  state: SearchState,
  facet: SearchFacetConfig,
  values: readonly string[],
): SearchState {
  return { ...state, filters: { ...state.filters, [facet.field]: facet.normalize(values) } };
}

/** `state` without any filter (the query and the order stay). */
export function withoutFilters(state: SearchState): SearchState {
  return { ...state, filters: emptyFilters() };
}

/** The GraphQL filter for `state`; undefined when nothing is filtered. */
export function toSearchFilter(state: SearchState): SearchFilter | undefined {
  const filter: Record<string, string[]> = {};
  for (const facet of activeFacets(state)) filter[facet.field] = state.filters[facet.field];
  return Object.keys(filter).length ? (filter as SearchFilter) : undefined;
}

/** The variables of the first page of results for `state`. */
export function toSearchVariables(state: SearchState): SearchQueryVariables {
  const filter = toSearchFilter(state);
  return {
    query: state.query,
    first: SEARCH_PAGE_SIZE,
    facets: REQUESTED_FACETS,
    sort: state.sort,
    ...(filter ? { filter } : {}),
  };
}
