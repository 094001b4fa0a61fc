import {
  COUNTER_APPROACHES,
  MISUSE_TRENDS,
  MISUSED_TECHNOLOGIES,
  TRAFFICKING_STAGES,
} from '@alliance/domain';
import { registerEnumType } from '@nestjs/graphql';
import { taxonomyEnum } from '../common/graphql/taxonomy-enum';

/** The misuse taxonomies as GraphQL enums, from @alliance/domain: unknown codes never pass. */
export const TraffickingStageEnum = taxonomyEnum(
  'TraffickingStage',
  'A stage of the trafficking process at which technology is misused.',
  TRAFFICKING_STAGES,
);
export const MisusedTechnologyEnum = taxonomyEnum(
  'MisusedTechnology',
  'A kind of technology traffickers misuse.',
  MISUSED_TECHNOLOGIES,
);
export const MisuseTrendEnum = taxonomyEnum(
  'MisuseTrend',
  'How a misuse pattern is developing.',
  MISUSE_TRENDS,
);
export const CounterApproachEnum = taxonomyEnum(
  'CounterApproach',
  'How a practice counters a misuse pattern.',
  COUNTER_APPROACHES,
);

export enum MisusePatternOrderEnum {
  NEWEST = 'NEWEST',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
  FEWEST_COUNTERMEASURES = 'FEWEST_COUNTERMEASURES',
  TITLE = 'TITLE',
}
registerEnumType(MisusePatternOrderEnum, {
  name: 'MisusePatternOrder',
  description: 'How to order misuse patterns.',
  valuesMap: {
    NEWEST: { description: 'Most recently published first.' },
    RECENTLY_UPDATED: { description: 'Most recently edited first.' },
    FEWEST_COUNTERMEASURES: {
      description: 'Fewest countermeasures (by published practices you may see) first: the gaps.',
    },
    TITLE: { description: 'By title, A to Z.' },
  },
});
