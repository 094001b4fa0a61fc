import {
  EVIDENCE_LEVELS,
  FOCUS_AREAS,
  FORMS_OF_EXPLOITATION,
  ILO_FORCED_LABOUR_INDICATORS,
  PRACTICE_STATUSES,
  PURPOSES,
  REGIONS,
  SECTORS,
  SURVIVOR_INVOLVEMENT_LEVELS,
  TARGET_USERS,
  TECHNOLOGIES,
} from '@alliance/domain';
import { registerEnumType } from '@nestjs/graphql';
import { taxonomyEnum } from '../common/graphql/taxonomy-enum';

/** Every practice taxonomy as a GraphQL enum, from @alliance/domain: unknown codes never pass. */
export const FocusAreaEnum = taxonomyEnum(
  'FocusArea',
  'The 4 Ps of the OSCE Action Plan.',
  FOCUS_AREAS,
);
export const PurposeEnum = taxonomyEnum('Purpose', 'What a practice is for.', PURPOSES);
export const FormOfExploitationEnum = taxonomyEnum(
  'FormOfExploitation',
  'A form of exploitation (UN Trafficking Protocol).',
  FORMS_OF_EXPLOITATION,
);
export const TechnologyEnum = taxonomyEnum(
  'Technology',
  'A technology a practice uses.',
  TECHNOLOGIES,
);
export const TargetUserEnum = taxonomyEnum('TargetUser', 'Who a practice is for.', TARGET_USERS);
export const SectorEnum = taxonomyEnum('Sector', 'A sector where exploitation occurs.', SECTORS);
export const PracticeStatusEnum = taxonomyEnum(
  'PracticeStatus',
  'How far a practice has come.',
  PRACTICE_STATUSES,
);
export const EvidenceLevelEnum = taxonomyEnum(
  'EvidenceLevel',
  'What evidence there is that it works.',
  EVIDENCE_LEVELS,
);
export const SurvivorInvolvementEnum = taxonomyEnum(
  'SurvivorInvolvement',
  'How survivors took part.',
  SURVIVOR_INVOLVEMENT_LEVELS,
);
export const IloIndicatorEnum = taxonomyEnum(
  'IloIndicator',
  'An ILO indicator of forced labour.',
  ILO_FORCED_LABOUR_INDICATORS,
);
export const RegionEnum = taxonomyEnum('Region', 'A region of the OSCE area (or global).', REGIONS);

export enum PracticeStateEnum {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(PracticeStateEnum, {
  name: 'PracticeState',
  description: 'Where a practice stands in its life cycle.',
  valuesMap: {
    DRAFT: { description: 'Being written; visible only to its organization and contributors.' },
    PUBLISHED: { description: 'In the library, for those its visibility allows.' },
    ARCHIVED: { description: 'Kept for reference; no longer listed by default.' },
  },
});

export enum VisibilityEnum {
  PUBLIC = 'PUBLIC',
  MEMBERS = 'MEMBERS',
  RESTRICTED = 'RESTRICTED',
}
registerEnumType(VisibilityEnum, {
  name: 'Visibility',
  description: 'Who may see a published practice.',
  valuesMap: {
    PUBLIC: { description: 'Everyone, signed in or not, and the open-data exports.' },
    MEMBERS: { description: 'Signed-in members of verified organizations.' },
    RESTRICTED: { description: 'Members of verified organizations of chosen stakeholder types.' },
  },
});

export enum EndorsementKindEnum {
  USES = 'USES',
  REPLICATED = 'REPLICATED',
}
registerEnumType(EndorsementKindEnum, {
  name: 'EndorsementKind',
  description: 'How an organization vouches for a practice.',
  valuesMap: {
    USES: { description: 'We use this.' },
    REPLICATED: { description: 'We replicated this.' },
  },
});

export enum PracticeOrderEnum {
  NEWEST = 'NEWEST',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
  MOST_ENDORSED = 'MOST_ENDORSED',
  TITLE = 'TITLE',
}
registerEnumType(PracticeOrderEnum, {
  name: 'PracticeOrder',
  description: 'How to order practices.',
  valuesMap: {
    NEWEST: { description: 'Most recently published first.' },
    RECENTLY_UPDATED: { description: 'Most recently edited first.' },
    MOST_ENDORSED: { description: 'Most endorsements first.' },
    TITLE: { description: 'By title, A to Z.' },
  },
});
