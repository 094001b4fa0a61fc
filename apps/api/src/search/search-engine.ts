import type { SearchFacet, SearchFilter, SearchKind, SearchSort } from '@alliance/domain';
import type { ViewerScope } from '../visibility';

/** One search as both engines receive it: validated, with the viewer's scope. */
export interface SearchRequest {
  query: string;
  filter: SearchFilter;
  facets: SearchFacet[];
  sort: SearchSort;
  offset: number;
  limit: number;
  scope: ViewerScope;
}

export interface SearchHit {
  kind: SearchKind;
  entityId: string;
  /** The title with matches between HIGHLIGHT_START and HIGHLIGHT_END (raw text, not escaped). */
  title: string;
  /** A fragment of the summary or body around the matches, marked the same way. */
  snippet: string;
  /** The engine's relevance score, higher is better (null when sorted otherwise). */
  score: number | null;
}

export interface FacetValueCount {
  value: string;
  count: number;
}

export interface SearchResponse {
  hits: SearchHit[];
  estimatedTotalHits: number;
  /**
   * PostgreSQL: false when a kind had more matches than the engine reads for a relevance
   * search (DEFAULT_CANDIDATE_CAP): the page is then the best of the candidates read, and
   * estimatedTotalHits and the facet counts are extrapolated from them. True (or absent) when
   * every match was counted.
   */
  exhaustive?: boolean;
  facetDistribution: { facet: SearchFacet; values: FacetValueCount[] }[];
  processingTimeMs: number;
  engine: SearchEngineName;
}

export type SearchEngineName = 'postgres' | 'meilisearch';

/** A document changed or went away: what the outbox worker hands an engine. */
export type SearchDocumentKey = { kind: SearchKind; entityId: string };

/**
 * The port. Both adapters obey one behavioural contract (test/search/search-contract.ts):
 * relevance, typo tolerance, phrases and exclusion, filters, facet counts, highlights,
 * visibility and pagination. Visibility is enforced inside each engine, never by callers.
 */
export interface SearchEngine {
  readonly name: SearchEngineName;
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Brings the engine up to date for these documents (no-op when the database is the index). */
  sync(keys: SearchDocumentKey[]): Promise<void>;
}

/** Match markers inside titles and snippets: private-use characters no user text contains. */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

/** Facet → document attribute, shared by both engines and the GraphQL layer. */
export const FACET_ATTRIBUTES: Record<SearchFacet, string> = {
  KIND: 'kind',
  FOCUS_AREA: 'focusAreas',
  PURPOSE: 'purposes',
  TECHNOLOGY: 'technologies',
  FORM_OF_EXPLOITATION: 'formsOfExploitation',
  TARGET_USER: 'targetUsers',
  SECTOR: 'sectors',
  COUNTRY: 'countries',
  REGION: 'regions',
  STAKEHOLDER_TYPE: 'stakeholderTypes',
  ORGANIZATION: 'organizations',
  STATUS: 'statuses',
  YEAR: 'year',
  CATEGORY: 'category',
  LANGUAGE: 'languages',
  VISIBILITY: 'visibility',
  STAGE: 'stages',
  MISUSED_TECHNOLOGY: 'misusedTechnologies',
  TREND: 'trend',
};

/** The filter field each facet selects with (YEAR is a range: yearFrom/yearTo). */
export const FACET_FILTERS: Partial<Record<SearchFacet, keyof SearchFilter>> = {
  KIND: 'kinds',
  FOCUS_AREA: 'focusAreas',
  PURPOSE: 'purposes',
  TECHNOLOGY: 'technologies',
  FORM_OF_EXPLOITATION: 'formsOfExploitation',
  TARGET_USER: 'targetUsers',
  SECTOR: 'sectors',
  COUNTRY: 'countries',
  REGION: 'regions',
  STAKEHOLDER_TYPE: 'stakeholderTypes',
  ORGANIZATION: 'organizations',
  STATUS: 'statuses',
  CATEGORY: 'categories',
  LANGUAGE: 'languages',
  VISIBILITY: 'visibilities',
  STAGE: 'stages',
  MISUSED_TECHNOLOGY: 'misusedTechnologies',
  TREND: 'trends',
};

/** Filter field → document attribute (lists: any of the values; across fields: all). */
export const FILTER_ATTRIBUTES = {
  kinds: 'kind',
  focusAreas: 'focusAreas',
  purposes: 'purposes',
  technologies: 'technologies',
  formsOfExploitation: 'formsOfExploitation',
  targetUsers: 'targetUsers',
  sectors: 'sectors',
  countries: 'countries',
  regions: 'regions',
  stakeholderTypes: 'stakeholderTypes',
  organizations: 'organizations',
  statuses: 'statuses',
  categories: 'category',
  languages: 'languages',
  visibilities: 'visibility',
  stages: 'stages',
  misusedTechnologies: 'misusedTechnologies',
  trends: 'trend',
} as const satisfies Partial<Record<keyof SearchFilter, string>>;

/** Words with the same meaning for this community (Meilisearch synonyms; PostgreSQL expands queries). */
export const SEARCH_SYNONYMS: string[][] = [
  ['thb', 'human trafficking', 'trafficking in human beings'],
  ['osint', 'open-source intelligence', 'open source intelligence'],
  ['ml', 'machine learning'],
  ['ai', 'artificial intelligence'],
  ['nrm', 'national referral mechanism'],
  ['csam', 'child sexual abuse material'],
  ['aml', 'anti-money laundering'],
  ['fiu', 'financial intelligence unit'],
  ['ngo', 'non-governmental organization'],
  ['ctip', 'counter-trafficking in persons'],
];
