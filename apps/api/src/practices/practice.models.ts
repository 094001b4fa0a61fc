import { NodeInterface } from '../common/relay/node';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from '../audit/json.scalar';
import { ConnectionType } from '../common/relay/connection';
import { StakeholderTypeEnum } from '../platform/platform-stats.model';
import type { Practice } from './practice.entity';
import {
  EndorsementKindEnum,
  EvidenceLevelEnum,
  FocusAreaEnum,
  FormOfExploitationEnum,
  IloIndicatorEnum,
  PracticeOrderEnum,
  PracticeStateEnum,
  PracticeStatusEnum,
  PurposeEnum,
  RegionEnum,
  SectorEnum,
  SurvivorInvolvementEnum,
  TargetUserEnum,
  TechnologyEnum,
  VisibilityEnum,
} from './practice-taxonomy.enums';

@ObjectType('PracticeLink', { description: 'A labelled link about a practice.' })
export class PracticeLinkModel {
  @Field({ description: 'What the link is.' })
  label: string;

  @Field({ description: 'Where it goes (http or https).' })
  url: string;
}

/**
 * What every library item (a practice or a misuse pattern) has: its address, its life cycle and
 * who may see it. Both follow one visibility rule and one life cycle.
 */
@ObjectType({ isAbstract: true })
export abstract class LibraryItemModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field({ description: 'Short name used in its address.' })
  slug: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'What it is, in up to 500 characters.' })
  summary: string;

  @Field(() => PracticeStateEnum, { description: 'Draft, published or archived.' })
  state: string;

  @Field(() => VisibilityEnum, { description: 'Who may see it once published.' })
  visibility: string;

  @Field(() => [StakeholderTypeEnum], {
    description: 'For RESTRICTED: the stakeholder types that may see it.',
  })
  visibleTo: string[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was (first) published.',
  })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it was last changed.' })
  updatedAt: Date;
}

/** The GraphQL Practice: the entity plus its global id. */
@ObjectType('Practice', {
  implements: () => [NodeInterface],
  description:
    'A promising practice: a tool, initiative or policy against trafficking in human beings.',
})
export class PracticeModel extends LibraryItemModel {
  entity: Practice;

  @Field({ description: 'Full description in markdown (render it sanitised).' })
  body: string;

  @Field(() => [FocusAreaEnum], { description: 'Which of the 4 Ps it addresses (at least one).' })
  focusAreas: string[];

  @Field(() => [PurposeEnum], { description: 'What it is for.' })
  purposes: string[];

  @Field(() => [FormOfExploitationEnum], { description: 'Forms of exploitation it addresses.' })
  formsOfExploitation: string[];

  @Field(() => [TechnologyEnum], { description: 'Technologies it uses.' })
  technologies: string[];

  @Field(() => [TargetUserEnum], { description: 'Who it is for.' })
  targetUsers: string[];

  @Field(() => [SectorEnum], { description: 'Sectors of exploitation it concerns.' })
  sectors: string[];

  @Field(() => [String], { description: 'Countries where it operates (ISO 3166-1 alpha-2).' })
  countries: string[];

  @Field(() => [RegionEnum], { description: 'Regions where it operates.' })
  regions: string[];

  @Field({ description: 'It operates worldwide.' })
  global: boolean;

  @Field(() => [String], { description: 'Languages it is available in (ISO 639-1).' })
  languages: string[];

  @Field(() => PracticeStatusEnum, { description: 'Idea, pilot, active, scaled or discontinued.' })
  status: string;

  @Field(() => Int, { nullable: true, description: 'Year it started.' })
  yearStarted: number | null;

  @Field(() => Int, { nullable: true, description: 'Year it ended, if it has.' })
  yearEnded: number | null;

  @Field(() => [PracticeLinkModel], { description: 'Labelled links.' })
  links: PracticeLinkModel[];

  @Field(() => EvidenceLevelEnum, { description: 'What evidence there is that it works.' })
  evidenceLevel: string;

  @Field(() => SurvivorInvolvementEnum, { description: 'How survivors took part.' })
  survivorInvolvement: string;

  @Field({ description: 'Linked to SDG target 8.7.' })
  sdg87: boolean;

  @Field(() => [IloIndicatorEnum], { description: 'ILO forced-labour indicators it addresses.' })
  iloIndicators: string[];
}

@ObjectType('PracticeRevision', { description: 'A saved version of a published practice.' })
export class PracticeRevisionModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field(() => Int, { description: '1 for the first publication, then one more per save.' })
  number: number;

  authorId: string | null;

  @Field(() => [String], { description: 'The fields this save changed.' })
  changedFields: string[];

  @Field(() => GraphQLJSON, { description: 'The practice’s fields as saved (for diffs).' })
  snapshot: Record<string, unknown>;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  createdAt: Date;
}

@ObjectType('Endorsement', { description: 'An organization vouching for a practice.' })
export class EndorsementModel {
  organizationId: string;
  userId: string | null;

  @Field(() => EndorsementKindEnum, { description: 'We use it, or we replicated it.' })
  kind: string;

  @Field({ description: 'What they say about it.' })
  comment: string;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  createdAt: Date;
}

@ObjectType('FacetCount', { description: 'How many practices carry one value of a facet.' })
export class FacetCountModel {
  @Field({ description: 'The code (e.g. PREVENTION, AT).' })
  value: string;

  @Field(() => Int, { description: 'Practices with it.' })
  count: number;
}

@ObjectType('PracticeStats', {
  description: 'Aggregates over the published practices the viewer may see.',
})
export class PracticeStatsModel {
  @Field(() => Int, { description: 'Published practices.' })
  total: number;

  @Field(() => [FacetCountModel], { description: 'By focus area.' })
  byFocusArea: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'By technology.' })
  byTechnology: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'By form of exploitation.' })
  byFormOfExploitation: FacetCountModel[];

  @Field(() => [FacetCountModel], {
    description: 'By stakeholder type of the owning organization.',
  })
  byStakeholderType: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'By country of operation.' })
  byCountry: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'By status.' })
  byStatus: FacetCountModel[];
}

export const PracticeConnection = ConnectionType(PracticeModel, 'Practice', 'A page of practices.');

@InputType('PracticeLinkInput', { description: 'A labelled link.' })
export class PracticeLinkInput {
  @Field({ description: 'What the link is (1–100 characters).' })
  label: string;

  @Field({ description: 'http or https URL.' })
  url: string;
}

@InputType({ description: 'A practice’s content, taxonomies, scope and visibility.' })
export class PracticeInput {
  @Field({ description: 'Title (3–200 characters).' })
  title: string;

  @Field({ description: 'Summary (10–500 characters).' })
  summary: string;

  @Field({ nullable: true, description: 'Description in markdown (up to 50,000 characters).' })
  body?: string;

  @Field(() => [FocusAreaEnum], { description: 'At least one of the 4 Ps.' })
  focusAreas: string[];

  @Field(() => [PurposeEnum], { nullable: true, description: 'Purposes.' })
  purposes?: string[];

  @Field(() => [FormOfExploitationEnum], { nullable: true, description: 'Forms of exploitation.' })
  formsOfExploitation?: string[];

  @Field(() => [TechnologyEnum], { nullable: true, description: 'Technologies.' })
  technologies?: string[];

  @Field(() => [TargetUserEnum], { nullable: true, description: 'Target users.' })
  targetUsers?: string[];

  @Field(() => [SectorEnum], { nullable: true, description: 'Sectors.' })
  sectors?: string[];

  @Field(() => [String], { nullable: true, description: 'Countries (ISO 3166-1 alpha-2).' })
  countries?: string[];

  @Field(() => [RegionEnum], { nullable: true, description: 'Regions.' })
  regions?: string[];

  @Field({ nullable: true, description: 'Operates worldwide.' })
  global?: boolean;

  @Field(() => [String], { nullable: true, description: 'Languages (ISO 639-1).' })
  languages?: string[];

  @Field(() => PracticeStatusEnum, { description: 'Status.' })
  status: string;

  @Field(() => Int, { nullable: true, description: 'Year started.' })
  yearStarted?: number | null;

  @Field(() => Int, { nullable: true, description: 'Year ended.' })
  yearEnded?: number | null;

  @Field(() => [PracticeLinkInput], { nullable: true, description: 'Up to 10 labelled links.' })
  links?: PracticeLinkInput[];

  @Field(() => String, {
    nullable: true,
    description: 'How to reach the team (signed-in users only see it).',
  })
  contact?: string | null;

  @Field(() => EvidenceLevelEnum, { description: 'Evidence level.' })
  evidenceLevel: string;

  @Field(() => SurvivorInvolvementEnum, { description: 'Survivor involvement.' })
  survivorInvolvement: string;

  @Field({ nullable: true, description: 'Linked to SDG 8.7.' })
  sdg87?: boolean;

  @Field(() => [IloIndicatorEnum], { nullable: true, description: 'ILO forced-labour indicators.' })
  iloIndicators?: string[];

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it (default PUBLIC).' })
  visibility?: string;

  @Field(() => [StakeholderTypeEnum], {
    nullable: true,
    description: 'For RESTRICTED: who may see it.',
  })
  visibleTo?: string[];

  @Field(() => [ID], { nullable: true, description: 'Partner organizations (global ids).' })
  partnerIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Contributors (user global ids); they may edit it.',
  })
  contributorIds?: string[];
}

/** The filters both libraries (practices and misuse patterns) take; whereLibraryFilter() applies them. */
@InputType({ isAbstract: true })
export abstract class LibraryFilter {
  @Field(() => String, { nullable: true, description: 'Words in the title or summary.' })
  query?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Owned by these organizations (global ids).' })
  organizationIds?: string[] | null;

  @Field(() => [PracticeStateEnum], {
    nullable: true,
    description:
      'States to include (default: PUBLISHED). Drafts appear only to their organization.',
  })
  states?: string[] | null;
}

@InputType({
  description:
    'Filters for the practice library (all optional, combined with AND; values in one list with OR).',
})
export class PracticeFilter extends LibraryFilter {
  @Field(() => [FocusAreaEnum], { nullable: true, description: 'Any of these focus areas.' })
  focusAreas?: string[] | null;

  @Field(() => [PurposeEnum], { nullable: true, description: 'Any of these purposes.' })
  purposes?: string[] | null;

  @Field(() => [FormOfExploitationEnum], {
    nullable: true,
    description: 'Any of these forms of exploitation.',
  })
  formsOfExploitation?: string[] | null;

  @Field(() => [TechnologyEnum], { nullable: true, description: 'Any of these technologies.' })
  technologies?: string[] | null;

  @Field(() => [TargetUserEnum], { nullable: true, description: 'Any of these target users.' })
  targetUsers?: string[] | null;

  @Field(() => [SectorEnum], { nullable: true, description: 'Any of these sectors.' })
  sectors?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Operating in any of these countries.' })
  countries?: string[] | null;

  @Field(() => [RegionEnum], { nullable: true, description: 'Operating in any of these regions.' })
  regions?: string[] | null;

  @Field(() => [StakeholderTypeEnum], {
    nullable: true,
    description: 'Owned by organizations of these stakeholder types.',
  })
  stakeholderTypes?: string[] | null;

  @Field(() => [PracticeStatusEnum], { nullable: true, description: 'Any of these statuses.' })
  statuses?: string[] | null;

  @Field(() => [EvidenceLevelEnum], {
    nullable: true,
    description: 'Any of these evidence levels.',
  })
  evidenceLevels?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Started in or after this year.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Started in or before this year.' })
  yearTo?: number | null;

  @Field({ nullable: true, description: 'Only practices the viewer bookmarked.' })
  bookmarked?: boolean;
}

export { PracticeOrderEnum };
