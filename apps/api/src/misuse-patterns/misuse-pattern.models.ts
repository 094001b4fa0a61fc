import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/relay/connection';
import { NodeInterface } from '../common/relay/node';
import { StakeholderTypeEnum } from '../platform/platform-stats.model';
import { FacetCountModel, LibraryFilter, LibraryItemModel } from '../practices/practice.models';
import {
  FormOfExploitationEnum,
  RegionEnum,
  VisibilityEnum,
} from '../practices/practice-taxonomy.enums';
import type { Countermeasure, MisusePattern } from './misuse-pattern.entity';
import {
  CounterApproachEnum,
  MisuseTrendEnum,
  MisusedTechnologyEnum,
  TraffickingStageEnum,
} from './misuse-taxonomy.enums';

@ObjectType('SourceLink', { description: 'A labelled link to a source about a misuse pattern.' })
export class SourceLinkModel {
  @Field({ description: 'What the source is.' })
  label: string;

  @Field({ description: 'Where it is (http or https).' })
  url: string;
}

/**
 * The GraphQL MisusePattern: the entity plus its global id. Other features add fields to it
 * with their own @Resolver(() => MisusePatternModel) classes (discussion, following, presentations).
 */
@ObjectType('MisusePattern', {
  implements: () => [NodeInterface],
  description:
    'A way traffickers misuse technology, documented so others recognise and counter it.',
})
export class MisusePatternModel extends LibraryItemModel {
  entity: MisusePattern;

  @Field({ description: 'How it works, in markdown (render it sanitised).' })
  description: string;

  @Field(() => [TraffickingStageEnum], {
    description: 'Stages of the trafficking process it concerns (at least one).',
  })
  stages: string[];

  @Field(() => [MisusedTechnologyEnum], { description: 'Technologies misused (at least one).' })
  technologies: string[];

  @Field(() => [FormOfExploitationEnum], { description: 'Forms of exploitation it serves.' })
  formsOfExploitation: string[];

  @Field(() => [String], { description: 'Indicators and red flags others can recognise.' })
  indicators: string[];

  @Field(() => [RegionEnum], { description: 'Regions where it has been observed.' })
  regions: string[];

  @Field(() => MisuseTrendEnum, { description: 'Emerging, established or declining.' })
  trend: string;

  @Field(() => [SourceLinkModel], { description: 'Labelled links to sources.' })
  sources: SourceLinkModel[];
}

/** The GraphQL Countermeasure: a practice countering a pattern, shown only when both ends are visible. */
@ObjectType('Countermeasure', {
  implements: () => [NodeInterface],
  description: 'A practice that counters a misuse pattern, and how.',
})
export class CountermeasureModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  entity: Countermeasure;

  @Field(() => CounterApproachEnum, { description: 'How the practice counters the pattern.' })
  approach: string;

  @Field({ description: 'A note on how it counters it (up to 1,000 characters).' })
  note: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was linked.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it was last changed.' })
  updatedAt: Date;
}

export const MisusePatternConnection = ConnectionType(
  MisusePatternModel,
  'MisusePattern',
  'A page of misuse patterns.',
);
export const CountermeasureConnection = ConnectionType(
  CountermeasureModel,
  'Countermeasure',
  'A page of countermeasures.',
);

@ObjectType('GapCell', {
  description: 'One cell of the gap matrix: a stage of trafficking × a misused technology.',
})
export class GapCellModel {
  @Field(() => TraffickingStageEnum, { description: 'The stage.' })
  stage: string;

  @Field(() => MisusedTechnologyEnum, { description: 'The technology.' })
  technology: string;

  @Field(() => Int, { description: 'Published patterns you may see in this cell.' })
  patternCount: number;

  @Field(() => Int, {
    description: 'Countermeasures on those patterns by published practices you may see.',
  })
  countermeasureCount: number;

  @Field(() => Int, {
    description: 'Distinct published practices you may see that counter those patterns.',
  })
  practiceCount: number;
}

@ObjectType('GapMatrix', {
  description: 'Where technology misuse is countered and where it is not: stages × technologies.',
})
export class GapMatrixModel {
  @Field(() => [TraffickingStageEnum], { description: 'The rows, in taxonomy order.' })
  stages: string[];

  @Field(() => [MisusedTechnologyEnum], { description: 'The columns, in taxonomy order.' })
  technologies: string[];

  @Field(() => [GapCellModel], {
    description:
      'Every stage × technology, zeros included (a pattern counts in every cell of its stages × technologies).',
  })
  cells: GapCellModel[];

  @Field(() => Int, { description: 'Published patterns you may see (each once).' })
  patternCount: number;

  @Field(() => Int, {
    description: 'Countermeasures on them by published practices you may see (each once).',
  })
  countermeasureCount: number;

  @Field(() => Int, { description: 'Patterns among them with no such countermeasure.' })
  uncounteredPatternCount: number;
}

@ObjectType('MisusePatternStats', {
  description: 'Aggregates over the published misuse patterns the viewer may see.',
})
export class MisusePatternStatsModel {
  @Field(() => Int, { description: 'Published patterns.' })
  total: number;

  @Field(() => Int, {
    description: 'Countermeasures on them by published practices the viewer may see.',
  })
  countermeasureCount: number;

  @Field(() => Int, { description: 'Patterns with no such countermeasure.' })
  uncounteredCount: number;

  @Field(() => [FacetCountModel], { description: 'By stage of the trafficking process.' })
  byStage: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'By misused technology.' })
  byTechnology: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'By trend.' })
  byTrend: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'By form of exploitation.' })
  byFormOfExploitation: FacetCountModel[];
}

@InputType('SourceLinkInput', { description: 'A labelled link to a source.' })
export class SourceLinkInput {
  @Field({ description: 'What the source is (1–200 characters).' })
  label: string;

  @Field({ description: 'http or https URL.' })
  url: string;
}

@InputType('MisusePatternInput', {
  description:
    'A misuse pattern’s content, taxonomies and visibility. Never details that identify a victim.',
})
export class MisusePatternInput {
  @Field({ description: 'Title (3–200 characters).' })
  title: string;

  @Field({ description: 'Summary (10–500 characters).' })
  summary: string;

  @Field({ nullable: true, description: 'How it works, in markdown (up to 50,000 characters).' })
  description?: string;

  @Field(() => [TraffickingStageEnum], {
    description: 'At least one stage of the trafficking process.',
  })
  stages: string[];

  @Field(() => [MisusedTechnologyEnum], { description: 'At least one misused technology.' })
  technologies: string[];

  @Field(() => [FormOfExploitationEnum], { nullable: true, description: 'Forms of exploitation.' })
  formsOfExploitation?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Indicators / red flags (up to 30, 3–300 characters each, no duplicates).',
  })
  indicators?: string[];

  @Field(() => [RegionEnum], { nullable: true, description: 'Regions where it was observed.' })
  regions?: string[];

  @Field(() => MisuseTrendEnum, { description: 'Emerging, established or declining.' })
  trend: string;

  @Field(() => [SourceLinkInput], { nullable: true, description: 'Up to 20 labelled sources.' })
  sources?: SourceLinkInput[];

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it (default PUBLIC).' })
  visibility?: string;

  @Field(() => [StakeholderTypeEnum], {
    nullable: true,
    description: 'For RESTRICTED: who may see it.',
  })
  visibleTo?: string[];
}

@InputType('CountermeasureInput', { description: 'How a practice counters a pattern.' })
export class CountermeasureInput {
  @Field(() => CounterApproachEnum, {
    description: 'Prevents, detects, disrupts, supports victims or builds evidence.',
  })
  approach: string;

  @Field({ nullable: true, description: 'A note (up to 1,000 characters).' })
  note?: string;
}

@InputType('MisusePatternFilter', {
  description:
    'Filters for the pattern library (all optional, combined with AND; values in one list with OR).',
})
export class MisusePatternFilter extends LibraryFilter {
  @Field(() => [TraffickingStageEnum], { nullable: true, description: 'Any of these stages.' })
  stages?: string[] | null;

  @Field(() => [MisusedTechnologyEnum], {
    nullable: true,
    description: 'Any of these technologies.',
  })
  technologies?: string[] | null;

  @Field(() => [FormOfExploitationEnum], {
    nullable: true,
    description: 'Any of these forms of exploitation.',
  })
  formsOfExploitation?: string[] | null;

  @Field(() => [RegionEnum], { nullable: true, description: 'Observed in any of these regions.' })
  regions?: string[] | null;

  @Field(() => [MisuseTrendEnum], { nullable: true, description: 'Any of these trends.' })
  trends?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Gaps: at most this many countermeasures by published practices you may see.',
  })
  maxCountermeasures?: number | null;
}
