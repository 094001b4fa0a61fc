import type { MisusePatternFilter, MisusePatternOrder } from '@alliance/graphql';
import { codesOfKind } from '../../ui/taxonomy/taxonomy';
import { patternCodes } from '../../ui/taxonomy/patternTaxonomy';

/** Patterns per page of the library ("Load more" fetches as many again). */
export const PATTERN_PAGE_SIZE = 12;

/** The orders the library offers, the default first. */
export const PATTERN_ORDERS: readonly MisusePatternOrder[] = [
  'NEWEST',
  'RECENTLY_UPDATED',
  'FEWEST_COUNTERMEASURES',
  'TITLE',
];
export const DEFAULT_PATTERN_ORDER: MisusePatternOrder = 'NEWEST';

/** The multi-valued filters of the library, each a MisusePatternFilter list. */
export type PatternFacetKey =
  'stages' | 'technologies' | 'formsOfExploitation' | 'regions' | 'trends';

/** The misusePatternStats list that counts a facet's values. */
export type PatternStatsField = 'byStage' | 'byTechnology' | 'byFormOfExploitation' | 'byTrend';

export interface PatternFacet {
  key: PatternFacetKey;
  /** Its search parameter, repeated once per value: ?stage=RECRUITMENT&stage=MOVEMENT */
  param: string;
  /** The codes it offers, in the taxonomy's order. */
  codes: () => readonly string[];
  /** The stats list that counts its values, when there is one. */
  stats?: PatternStatsField;
  /** Shown unfolded in the sidebar even with nothing chosen. */
  open?: boolean;
}

/** The sidebar's facets, in the order shown. */
export const PATTERN_FACETS: readonly PatternFacet[] = [
  {
    key: 'stages',
    param: 'stage',
    codes: () => patternCodes('stage'),
    stats: 'byStage',
    open: true,
  },
  {
    key: 'technologies',
    param: 'tech',
    codes: () => patternCodes('technology'),
    stats: 'byTechnology',
    open: true,
  },
  {
    key: 'formsOfExploitation',
    param: 'form',
    codes: () => codesOfKind('formOfExploitation'),
    stats: 'byFormOfExploitation',
  },
  { key: 'regions', param: 'region', codes: () => codesOfKind('region') },
  {
    key: 'trends',
    param: 'trend',
    codes: () => patternCodes('trend'),
    stats: 'byTrend',
    open: true,
  },
];

/** The library's filters, as kept in the address. */
export interface PatternFilters {
  query: string;
  facets: Record<PatternFacetKey, string[]>;
  order: MisusePatternOrder;
}

const emptyFacets = (): Record<PatternFacetKey, string[]> =>
  Object.fromEntries(PATTERN_FACETS.map((f) => [f.key, []])) as unknown as Record<
    PatternFacetKey,
    string[]
  >;

export const NO_PATTERN_FILTERS: PatternFilters = {
  query: '',
  facets: emptyFacets(),
  order: DEFAULT_PATTERN_ORDER,
};

/**
 * The known values of a facet among `values`, without duplicates, in the taxonomy's order, so
 * the same choice always gives the same address.
 */
export function normalizePatternFacet(facet: PatternFacet, values: readonly string[]): string[] {
  const chosen = new Set(values);
  return facet.codes().filter((code) => chosen.has(code));
}

/** Reads the filters from the search parameters, ignoring values that are not codes we know. */
export function readPatternFilters(params: URLSearchParams): PatternFilters {
  const facets = emptyFacets();
  for (const facet of PATTERN_FACETS) {
    facets[facet.key] = normalizePatternFacet(facet, params.getAll(facet.param));
  }
  const sort = params.get('sort') as MisusePatternOrder | null;
  return {
    query: params.get('q')?.trim() ?? '',
    facets,
    order: sort && PATTERN_ORDERS.includes(sort) ? sort : DEFAULT_PATTERN_ORDER,
  };
}

/** The search parameters for `filters` (empty ones and the default order left out). */
export function writePatternFilters(filters: PatternFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query) params.set('q', filters.query);
  for (const facet of PATTERN_FACETS) {
    for (const value of normalizePatternFacet(facet, filters.facets[facet.key])) {
      params.append(facet.param, value);
    }
  }
  if (filters.order !== DEFAULT_PATTERN_ORDER) params.set('sort', filters.order);
  return params;
}

/** True when anything narrows the library (the order does not). */
export function hasPatternFilters(filters: PatternFilters): boolean {
  return Boolean(filters.query || PATTERN_FACETS.some((f) => filters.facets[f.key].length > 0));
}

/** The GraphQL filter for `filters`; undefined when nothing is filtered. */
export function toMisusePatternFilter(filters: PatternFilters): MisusePatternFilter | undefined {
  const filter: Record<string, unknown> = {};
  if (filters.query) filter.query = filters.query;
  for (const facet of PATTERN_FACETS) {
    const values = filters.facets[facet.key];
    if (values.length) filter[facet.key] = values;
  }
  return Object.keys(filter).length ? (filter as MisusePatternFilter) : undefined;
}

/** The library's address for one cell of the gap matrix (and, optionally, a region). */
export function cellHref(stage: string, technology: string, region?: string | null): string {
  const filters: PatternFilters = {
    ...NO_PATTERN_FILTERS,
    facets: {
      ...emptyFacets(),
      stages: [stage],
      technologies: [technology],
      regions: region ? [region] : [],
    },
  };
  return `/misuse-patterns?${writePatternFilters(filters).toString()}`;
}
