import { Field, Int, ObjectType } from '@nestjs/graphql';
import { STAKEHOLDER_TYPES, type StakeholderType } from '@alliance/domain';
import { taxonomyEnum } from '../common/graphql/taxonomy-enum';

export const StakeholderTypeEnum = taxonomyEnum(
  'StakeholderType',
  'The kind of body an organization is.',
  STAKEHOLDER_TYPES,
);

@ObjectType({ description: 'The number of organizations of one stakeholder type.' })
export class StakeholderTypeCount {
  @Field(() => StakeholderTypeEnum, { description: 'The stakeholder type.' })
  stakeholderType: StakeholderType;

  @Field(() => Int, { description: 'Organizations of this type.' })
  count: number;
}

@ObjectType({ description: 'Figures about the whole platform, shown on the home page.' })
export class PlatformStats {
  @Field(() => Int, { description: 'Organizations registered on the platform.' })
  organizationCount: number;

  @Field(() => Int, { description: 'Distinct countries the organizations are based in.' })
  countryCount: number;

  @Field(() => [StakeholderTypeCount], {
    description: 'How many organizations there are of each stakeholder type, every type listed.',
  })
  organizationsByStakeholderType: StakeholderTypeCount[];
}
