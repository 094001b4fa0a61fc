import { NodeInterface } from '../common/relay/node';
import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import type { StakeholderType } from '@alliance/domain';
import { ConnectionType } from '../common/relay/connection';
import { UserModel } from '../identity/identity.models';
import { StakeholderTypeEnum } from '../platform/platform-stats.model';
import type { JoinRequestStatus } from './join-request.entity';
import type { MembershipRole } from './membership.entity';

export enum MembershipRoleEnum {
  MEMBER = 'MEMBER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}
registerEnumType(MembershipRoleEnum, {
  name: 'MembershipRole',
  description: 'A member’s role in an organization.',
  valuesMap: {
    MEMBER: { description: 'Sees members-only content.' },
    EDITOR: { description: 'Also writes the organization’s content.' },
    ADMIN: { description: 'Also manages the organization and its members.' },
  },
});

export enum JoinRequestStatusEnum {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(JoinRequestStatusEnum, {
  name: 'JoinRequestStatus',
  description: 'Where a request to join stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for an organization admin.' },
    APPROVED: { description: 'Accepted: the user is a member.' },
    REJECTED: { description: 'Declined.' },
  },
});

export enum InvitationStatusEnum {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatusEnum, {
  name: 'InvitationStatus',
  description: 'Where an invitation stands.',
  valuesMap: {
    PENDING: { description: 'Sent, not yet accepted.' },
    ACCEPTED: { description: 'Accepted.' },
    REVOKED: { description: 'Withdrawn by an organization admin.' },
    EXPIRED: { description: 'Not accepted in time.' },
  },
});

export enum OrganizationIdentityFieldEnum {
  NAME = 'name',
  SLUG = 'slug',
  STAKEHOLDER_TYPE = 'stakeholderType',
  COUNTRY = 'country',
}
registerEnumType(OrganizationIdentityFieldEnum, {
  name: 'OrganizationIdentityField',
  description: 'A part of an organization’s identity: what a platform admin verifies.',
  valuesMap: {
    NAME: { description: 'Its full name.' },
    SLUG: { description: 'Its short name (its address).' },
    STAKEHOLDER_TYPE: { description: 'What kind of body it is.' },
    COUNTRY: { description: 'The country of its seat.' },
  },
});

@ObjectType('OrganizationFieldChange', {
  description: 'One changed part of an organization’s identity.',
})
export class OrganizationFieldChangeModel {
  @Field(() => OrganizationIdentityFieldEnum, { description: 'What changed.' })
  field: OrganizationIdentityFieldEnum;

  @Field({ description: 'The value before (as stored: codes for stakeholder type and country).' })
  from: string;

  @Field({ description: 'The value after.' })
  to: string;
}

@ObjectType('OrganizationIdentityChange', {
  description:
    'A change of identity by the organization’s own admins, which sent it back to awaiting verification.',
})
export class OrganizationIdentityChangeModel {
  @Field(() => GraphQLISODateTime, { description: 'When it changed.' })
  changedAt: Date;

  @Field(() => UserModel, {
    nullable: true,
    description: 'Who changed it (null: deleted account).',
  })
  changedBy: UserModel | null;

  @Field(() => [OrganizationFieldChangeModel], { description: 'What changed, old → new.' })
  changes: OrganizationFieldChangeModel[];
}

@ObjectType('Organization', {
  implements: () => [NodeInterface],
  description:
    'A body on the platform: a ministry, an NGO, a bank, a university, an agency, a newsroom.',
})
export class OrganizationModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  uuid: string;

  @Field({ description: 'Short name used in addresses, e.g. /organizations/saferoutes-network.' })
  slug: string;

  @Field({ description: 'Full name.' })
  name: string;

  @Field(() => StakeholderTypeEnum, { description: 'What kind of body it is.' })
  stakeholderType: StakeholderType;

  @Field({ description: 'Country of its seat: ISO 3166-1 alpha-2 code.' })
  country: string;

  @Field(() => String, { nullable: true, description: 'Its website.' })
  website: string | null;

  @Field({ description: 'What it does, in a few sentences.' })
  description: string;

  @Field({ description: 'Verified by a platform admin as the body it claims to be.' })
  verified: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was verified.' })
  verifiedAt: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it joined the platform.' })
  createdAt: Date;
}

@ObjectType('Membership', { description: 'A user’s role in an organization.' })
export class MembershipModel {
  organizationId: string;
  userId: string;

  @Field(() => MembershipRoleEnum, { description: 'The role.' })
  role: MembershipRole;

  @Field(() => GraphQLISODateTime, { description: 'Since when.' })
  createdAt: Date;
}

@ObjectType('Invitation', {
  description: 'An emailed invitation to join an organization (visible to its admins).',
})
export class InvitationModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field({ description: 'The invited email address.' })
  email: string;

  @Field(() => MembershipRoleEnum, { description: 'The role offered.' })
  role: MembershipRole;

  @Field(() => InvitationStatusEnum, { description: 'Where it stands.' })
  status: InvitationStatusEnum;

  @Field(() => GraphQLISODateTime, { description: 'When the link stops working.' })
  expiresAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' })
  createdAt: Date;
}

@ObjectType('InvitationPreview', {
  description: 'What an invitation link offers, shown to whoever holds the link.',
})
export class InvitationPreviewModel {
  organizationId: string;

  @Field({ description: 'The email address the invitation was sent to.' })
  email: string;

  @Field(() => MembershipRoleEnum, { description: 'The role offered.' })
  role: MembershipRole;

  @Field(() => InvitationStatusEnum, { description: 'Whether it can still be accepted (PENDING).' })
  status: InvitationStatusEnum;
}

@ObjectType('JoinRequest', { description: 'A user asking to join an organization.' })
export class JoinRequestModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  organizationId: string;
  userId: string;

  @Field({ description: 'What the user wrote to the admins.' })
  message: string;

  @Field(() => JoinRequestStatusEnum, { description: 'Where it stands.' })
  status: JoinRequestStatus;

  @Field(() => GraphQLISODateTime, { description: 'When it was made.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When an admin decided.' })
  decidedAt: Date | null;
}

export const OrganizationConnection = ConnectionType(
  OrganizationModel,
  'Organization',
  'A page of organizations.',
);
export const MembershipConnection = ConnectionType(
  MembershipModel,
  'Membership',
  'A page of an organization’s members.',
);
export const UserConnection = ConnectionType(UserModel, 'User', 'A page of users.');

@InputType({
  description: 'Filters for the organization directory (all optional, combined with AND).',
})
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Words in the name or description.' })
  query?: string | null;

  @Field(() => [StakeholderTypeEnum], {
    nullable: true,
    description: 'Any of these stakeholder types.',
  })
  stakeholderTypes?: StakeholderType[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these countries (ISO codes).' })
  countries?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only verified (true) or unverified (false) ones.',
  })
  verified?: boolean | null;
}

@InputType({ description: 'An organization’s details.' })
export class OrganizationInput {
  @Field({ description: 'Full name (2–120 characters).' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Short name for addresses; made from the name when omitted.',
  })
  slug?: string | null;

  @Field(() => StakeholderTypeEnum, { description: 'What kind of body it is.' })
  stakeholderType: StakeholderType;

  @Field({ description: 'Country of its seat: ISO 3166-1 alpha-2 code.' })
  country: string;

  @Field(() => String, { nullable: true, description: 'Website (http or https).' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What it does (up to 2,000 characters).' })
  description?: string | null;
}

@ObjectType('CountryInfo', { description: 'A country with its OSCE status.' })
export class CountryInfoModel {
  @Field({ description: 'ISO 3166-1 alpha-2 code.' })
  code: string;

  @Field({ description: 'English name.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'PARTICIPATING_STATE or PARTNER in the OSCE; null otherwise.',
  })
  osce: string | null;
}
