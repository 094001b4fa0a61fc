import { isCountryCode } from '@alliance/domain';
import type { PracticeFilter, PracticeOrder, PracticeStatsQuery } from '@alliance/graphql';
import { codesOfKind, type TaxonomyKind } from '../../ui/taxonomy/taxonomy';

/** Practices per page of the library ("Load more" fetches as many again). */
export const LIBRARY_PAGE_SIZE = 12;

/** The orders the library offers, the default first. */
export const PRACTICE_ORDERS: readonly PracticeOrder[] = [
  'NEWEST',
  'RECENTLY_UPDATED',
  'MOST_ENDORSED',
  'TITLE',
];
export const DEFAULT_ORDER: PracticeOrder = 'NEWEST';

type Stats = PracticeStatsQuery['practiceStats'];
type FacetStatsField = Exclude<keyof Stats, 'total' | '__typename'>;

/** The multi-valued filters of the library, each a PracticeFilter list. */
export type FacetKey =
  | 'focusAreas'
  | 'purposes'
  | 'formsOfExploitation'
  | 'technologies'
  | 'targetUsers'
  | 'sectors'
  | 'regions'
  | 'countries'
  | 'stakeholderTypes'
  | 'statuses'
  | 'evidenceLevels';

export interface Facet {
  key: FacetKey;
  /** Its search parameter, repeated once per value: ?focus=PREVENTION&focus=PROTECTION */
  param: string;
  /** Whose labels its values use; null for countries (named by the domain's country list). */
  kind: TaxonomyKind | null;
  /** The practiceStats list that counts its values, when there is one. */
  stats?: FacetStatsField;
  /** Shown unfolded in the sidebar even with nothing chosen. */
  open?: boolean;
}

/** The sidebar's facets, in the order shown. */
export const FACETS: readonly Facet[] = [
  { key: 'focusAreas', param: 'focus', kind: 'focusArea', stats: 'byFocusArea', open: true },
  { key: 'purposes', param: 'purpose', kind: 'purpose' },
  {
    key: 'formsOfExploitation',
    param: 'form',
    kind: 'formOfExploitation',
    stats: 'byFormOfExploitation',
  },
  { key: 'technologies', param: 'tech', kind: 'technology', stats: 'byTechnology', open: true },
  { key: 'targetUsers', param: 'user', kind: 'targetUser' },
  { key: 'sectors', param: 'sector', kind: 'sector' },
  { key: 'regions', param: 'region', kind: 'region' },
  { key: 'countries', param: 'country', kind: null, stats: 'byCountry' },
  {
    key: 'stakeholderTypes',
    param: 'type',
    kind: 'stakeholderType',
    stats: 'byStakeholderType',
  },
  { key: 'statuses', param: 'status', kind: 'practiceStatus', stats: 'byStatus' },
  { key: 'evidenceLevels', param: 'evidence', kind: 'evidenceLevel' },
];

/** The library's filters, as kept in the address. */
export interface LibraryFilters {
  query: string;
  facets: Record<FacetKey, string[]>;
  yearFrom: number | null;
  yearTo: number | null;
  order: PracticeOrder;
}

const emptyFacets = (): Record<FacetKey, string[]> =>
  Object.fromEntries(FACETS.map((f) => [f.key, []])) as unknown as Record<FacetKey, string[]>;

export const NO_FILTERS: LibraryFilters = {
  query: '',
  facets: emptyFacets(),
  yearFrom: null,
  yearTo: null,
  order: DEFAULT_ORDER,
};

/**
 * The known values of a facet among `values`, without duplicates, in a stable order (the
 * taxonomy's; countries by code), so the same choice always gives the same address.
 */
export function normalizeFacet(facet: Facet, values: readonly string[]): string[] {
  if (facet.kind === null) {
    const codes = values.map((v) => v.trim().toUpperCase()).filter((v) => isCountryCode(v));
    return [...new Set(codes)].sort();
  }
  const chosen = new Set(values);
  return codesOfKind(facet.kind).filter((code) => chosen.has(code));
}

function readYear(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value.trim())) return null;
  return Number(value.trim());
}

/** Reads the filters from the search parameters, ignoring values that are not codes we know. */
export function readLibraryFilters(params: URLSearchParams): LibraryFilters {
  const facets = emptyFacets();
  for (const facet of FACETS) facets[facet.key] = normalizeFacet(facet, params.getAll(facet.param));
  const sort = params.get('sort') as PracticeOrder | null;
  return {
    query: params.get('q')?.trim() ?? '',
    facets,
    yearFrom: readYear(params.get('from')),
    yearTo: readYear(params.get('to')),
    order: sort && PRACTICE_ORDERS.includes(sort) ? sort : DEFAULT_ORDER,
  };
}

/** The search parameters for `filters` (empty ones and the default order left out). */
export function writeLibraryFilters(filters: LibraryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query) params.set('q', filters.query);
  for (const facet of FACETS) {
    for (const value of normalizeFacet(facet, filters.facets[facet.key])) {
      params.append(facet.param, value);
    }
  }
  if (filters.yearFrom !== null) params.set('from', String(filters.yearFrom));
  if (filters.yearTo !== null) params.set('to', String(filters.yearTo));
  if (filters.order !== DEFAULT_ORDER) params.set('sort', filters.order);
  return params;
}

/** True when anything narrows the library (the order does not). */
export function hasLibraryFilters(filters: LibraryFilters): boolean {
  return Boolean(
    filters.query ||
    filters.yearFrom !== null ||
    filters.yearTo !== null ||
    FACETS.some((f) => filters.facets[f.key].length > 0),
  );
}

/** The GraphQL filter for `filters`; undefined when nothing is filtered. */
export function toPracticeFilter(filters: LibraryFilters): PracticeFilter | undefined {
  const filter: Record<string, unknown> = {};
  if (filters.query) filter.query = filters.query;
  for (const facet of FACETS) {
    const values = filters.facets[facet.key];
    if (values.length) filter[facet.key] = values;
  }
  if (filters.yearFrom !== null) filter.yearFrom = filters.yearFrom;
  if (filters.yearTo !== null) filter.yearTo = filters.yearTo;
  return Object.keys(filter).length ? (filter as PracticeFilter) : undefined;
}
