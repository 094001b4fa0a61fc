import { SEARCH_FACETS, SEARCH_KINDS, SEARCH_SORTS } from '@alliance/domain';
import {
  Field,
  Float,
  ID,
  InputType,
  Int,
  InterfaceType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { PageInfo } from '../common/relay/connection';
import { StakeholderTypeEnum } from '../platform/platform-stats.model';
import {
  FocusAreaEnum,
  FormOfExploitationEnum,
  PracticeStatusEnum,
  PurposeEnum,
  RegionEnum,
  SectorEnum,
  TargetUserEnum,
  TechnologyEnum,
  VisibilityEnum,
} from '../practices/practice-taxonomy.enums';
import {
  MisusedTechnologyEnum,
  MisuseTrendEnum,
  TraffickingStageEnum,
} from '../misuse-patterns/misuse-taxonomy.enums';

const enumOf = <T extends readonly string[]>(values: T) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };

export const SearchKindEnum = enumOf(SEARCH_KINDS);
registerEnumType(SearchKindEnum, {
  name: 'SearchKind',
  description: 'What a search result is.',
  valuesMap: {
    PRACTICE: { description: 'A promising practice.' },
    THREAD: { description: 'A discussion thread (its title and tags).' },
    POST: { description: 'A post in a discussion.' },
    ORGANIZATION: { description: 'An organization of the directory.' },
    MISUSE_PATTERN: { description: 'A pattern of technology misuse by traffickers.' },
  },
});

export const SearchFacetEnum = enumOf(SEARCH_FACETS);
registerEnumType(SearchFacetEnum, {
  name: 'SearchFacet',
  description: 'A facet search can count (each is also a filter of SearchFilter).',
  valuesMap: {
    KIND: { description: 'Kind of result (SearchKind codes).' },
    FOCUS_AREA: { description: 'Focus area of practices (FocusArea codes).' },
    PURPOSE: { description: 'Purpose of practices (Purpose codes).' },
    TECHNOLOGY: { description: 'Technology practices use (Technology codes).' },
    FORM_OF_EXPLOITATION: { description: 'Form of exploitation (FormOfExploitation codes).' },
    TARGET_USER: { description: 'Target users of practices (TargetUser codes).' },
    SECTOR: { description: 'Sector (Sector codes).' },
    COUNTRY: { description: 'Country of a practice or organization (ISO 3166-1 alpha-2).' },
    REGION: {
      description: 'Region of practices, or where misuse patterns are observed (Region codes).',
    },
    STAKEHOLDER_TYPE: {
      description: 'Stakeholder type of the organization (StakeholderType codes).',
    },
    ORGANIZATION: { description: 'Organization (short names; labels carry the names).' },
    STATUS: { description: 'Status of practices (PracticeStatus codes).' },
    YEAR: { description: 'Year a practice started.' },
    CATEGORY: { description: 'Discussion category (short names; labels carry the names).' },
    LANGUAGE: { description: 'Language of practices (ISO 639-1 codes).' },
    VISIBILITY: { description: 'Who may see a practice or misuse pattern (Visibility codes).' },
    STAGE: {
      description: 'Stage of trafficking a misuse pattern concerns (TraffickingStage codes).',
    },
    MISUSED_TECHNOLOGY: {
      description: 'Technology a misuse pattern misuses (MisusedTechnology codes).',
    },
    TREND: { description: 'How a misuse pattern is developing (MisuseTrend codes).' },
  },
});

export const SearchSortEnum = enumOf(SEARCH_SORTS);
registerEnumType(SearchSortEnum, {
  name: 'SearchSort',
  description: 'How to order search results.',
  valuesMap: {
    RELEVANCE: { description: 'Best matches first, then the most recent.' },
    NEWEST: { description: 'Most recently published or written first.' },
    MOST_ENDORSED: { description: 'Practices with most endorsements first.' },
    LAST_ACTIVITY: { description: 'Most recent activity first.' },
  },
});

@InputType('SearchFilter', {
  description: 'Narrows a search: any of the values within a field, all of the fields.',
})
export class SearchFilterInput {
  @Field(() => [SearchKindEnum], { nullable: true, description: 'Only these kinds of results.' })
  kinds?: string[];
  @Field(() => [FocusAreaEnum], { nullable: true, description: 'Any of these focus areas.' })
  focusAreas?: string[];
  @Field(() => [PurposeEnum], { nullable: true, description: 'Any of these purposes.' })
  purposes?: string[];
  @Field(() => [TechnologyEnum], { nullable: true, description: 'Any of these technologies.' })
  technologies?: string[];
  @Field(() => [FormOfExploitationEnum], {
    nullable: true,
    description: 'Any of these forms of exploitation.',
  })
  formsOfExploitation?: string[];
  @Field(() => [TargetUserEnum], { nullable: true, description: 'Any of these target users.' })
  targetUsers?: string[];
  @Field(() => [SectorEnum], { nullable: true, description: 'Any of these sectors.' })
  sectors?: string[];
  @Field(() => [String], {
    nullable: true,
    description: 'Any of these countries (ISO 3166-1 alpha-2).',
  })
  countries?: string[];
  @Field(() => [RegionEnum], { nullable: true, description: 'Any of these regions.' })
  regions?: string[];
  @Field(() => [StakeholderTypeEnum], {
    nullable: true,
    description: 'Organizations (or their practices) of these stakeholder types.',
  })
  stakeholderTypes?: string[];
  @Field(() => [String], { nullable: true, description: 'Of these organizations (short names).' })
  organizations?: string[];
  @Field(() => [PracticeStatusEnum], {
    nullable: true,
    description: 'Practices with any of these statuses.',
  })
  statuses?: string[];
  @Field(() => [String], {
    nullable: true,
    description: 'Discussions in these categories (short names).',
  })
  categories?: string[];
  @Field(() => [String], {
    nullable: true,
    description: 'Practices in any of these languages (ISO 639-1).',
  })
  languages?: string[];
  @Field(() => [VisibilityEnum], {
    nullable: true,
    description: 'Practices and misuse patterns with any of these visibilities.',
  })
  visibilities?: string[];
  @Field(() => [TraffickingStageEnum], {
    nullable: true,
    description: 'Misuse patterns concerning any of these stages of trafficking.',
  })
  stages?: string[];
  @Field(() => [MisusedTechnologyEnum], {
    nullable: true,
    description: 'Misuse patterns misusing any of these technologies.',
  })
  misusedTechnologies?: string[];
  @Field(() => [MisuseTrendEnum], {
    nullable: true,
    description: 'Misuse patterns with any of these trends.',
  })
  trends?: string[];
  @Field(() => Int, { nullable: true, description: 'Practices started in or after this year.' })
  yearFrom?: number | null;
  @Field(() => Int, { nullable: true, description: 'Practices started in or before this year.' })
  yearTo?: number | null;
}

/** What every search result has, whatever its kind. */
@InterfaceType('SearchHit', {
  description:
    'One search result. Highlights are HTML-escaped text with matches in <mark>…</mark>.',
  resolveType: (hit: { kind: string }) =>
    ({
      PRACTICE: 'PracticeSearchHit',
      THREAD: 'ThreadSearchHit',
      POST: 'PostSearchHit',
      ORGANIZATION: 'OrganizationSearchHit',
      MISUSE_PATTERN: 'MisusePatternSearchHit',
    })[hit.kind],
})
export abstract class SearchHitModel {
  @Field(() => ID, {
    description: 'Global id of the practice, thread, post, organization or misuse pattern found.',
  })
  id: string;
  @Field(() => SearchKindEnum, { description: 'What was found.' }) kind: string;
  @Field({ description: 'Its title as plain text (for a post: its thread’s title).' })
  title: string;
  @Field({ description: 'The title, HTML-escaped, with the matching words in <mark>…</mark>.' })
  highlightedTitle: string;
  @Field({
    description:
      'A fragment around the matches, HTML-escaped, with the matching words in <mark>…</mark>.',
  })
  snippet: string;
  @Field(() => Float, {
    nullable: true,
    description:
      'Relevance score from the engine (higher is better; null unless sorted by relevance).',
  })
  score: number | null;
  entityId: string;
}

@ObjectType('PracticeSearchHit', {
  implements: () => [SearchHitModel],
  description: 'A practice found by search.',
})
export class PracticeSearchHitModel extends SearchHitModel {}

@ObjectType('ThreadSearchHit', {
  implements: () => [SearchHitModel],
  description: 'A thread found by its title or tags.',
})
export class ThreadSearchHitModel extends SearchHitModel {}

@ObjectType('PostSearchHit', {
  implements: () => [SearchHitModel],
  description: 'A post found by its text.',
})
export class PostSearchHitModel extends SearchHitModel {}

@ObjectType('OrganizationSearchHit', {
  implements: () => [SearchHitModel],
  description: 'An organization found by its name or description.',
})
export class OrganizationSearchHitModel extends SearchHitModel {}

@ObjectType('MisusePatternSearchHit', {
  implements: () => [SearchHitModel],
  description: 'A misuse pattern found by its title, summary, indicators or description.',
})
export class MisusePatternSearchHitModel extends SearchHitModel {}

@ObjectType('SearchHitEdge', { description: 'One search result with its cursor.' })
export class SearchHitEdge {
  @Field({ description: 'Opaque position of this result, for `after`.' }) cursor: string;
  @Field(() => SearchHitModel, { description: 'The result.' }) node: SearchHitModel;
}

@ObjectType('SearchFacetValue', { description: 'How many results carry one value of a facet.' })
export class SearchFacetValueModel {
  @Field({ description: 'The code, short name or year.' }) value: string;
  @Field(() => String, {
    nullable: true,
    description:
      'A display name for organizations and categories (codes are translated by clients).',
  })
  label: string | null;
  @Field(() => Int, { description: 'Results with it, among all the results of this search.' })
  count: number;
}

@ObjectType('SearchFacetDistribution', { description: 'The counts of one facet over the results.' })
export class SearchFacetDistributionModel {
  @Field(() => SearchFacetEnum, { description: 'The facet.' }) facet: string;
  @Field(() => [SearchFacetValueModel], { description: 'Its values, most frequent first.' })
  values: SearchFacetValueModel[];
}

@ObjectType('SearchResults', {
  description: 'A page of search results (a Relay connection) with facet counts.',
})
export class SearchResultsModel {
  @Field(() => [SearchHitEdge], { description: 'The results of this page with their cursors.' })
  edges: SearchHitEdge[];
  @Field(() => [SearchHitModel], { description: 'The results of this page.' })
  nodes: SearchHitModel[];
  @Field(() => PageInfo, { description: 'Paging information.' }) pageInfo: PageInfo;
  @Field(() => Int, {
    description: 'How many results the search has (an estimate with Meilisearch).',
  })
  totalCount: number;
  @Field(() => Int, { description: 'How many results the search has, as the engine estimates it.' })
  estimatedTotalHits: number;
  @Field({
    description:
      'False when the engine ranked and counted only a sample of the matches (PostgreSQL, for words in very many documents): the page is the best of the sample, and totalCount and the facet counts are extrapolated from it. True when every match was ranked and counted.',
  })
  exhaustive: boolean;
  @Field(() => [SearchFacetDistributionModel], {
    description:
      'Counts per value of each facet asked for, over all the results; values selected in the filter always appear (count 0 when nothing matches).',
  })
  facetDistribution: SearchFacetDistributionModel[];
  @Field(() => Int, { description: 'Time the engine took, in milliseconds.' })
  processingTimeMs: number;
  @Field({ description: 'The engine that answered: postgres or meilisearch.' }) engine: string;
}
