import { toGlobalId } from '../common/relay/global-id';
import type { Invitation } from './invitation.entity';
import type { JoinRequest } from './join-request.entity';
import { invitationStatus } from './membership.service';
import type { Membership } from './membership.entity';
import type {
  InvitationModel,
  JoinRequestModel,
  MembershipModel,
  OrganizationModel,
} from './organization.models';
import type { Organization } from './organization.entity';

export function presentOrganization(org: Organization): OrganizationModel {
  return {
    id: toGlobalId('Organization', org.id),
    uuid: org.id,
    slug: org.slug,
    name: org.name,
    stakeholderType: org.stakeholderType,
    country: org.country,
    website: org.website,
    description: org.description,
    verified: org.verifiedAt !== null,
    verifiedAt: org.verifiedAt,
    createdAt: org.createdAt,
  };
}

export const presentMembership = (m: Membership): MembershipModel => ({
  organizationId: m.organizationId,
  userId: m.userId,
  role: m.role,
  createdAt: m.createdAt,
});

export const presentInvitation = (i: Invitation): InvitationModel => ({
  id: toGlobalId('Invitation', i.id),
  email: i.email,
  role: i.role,
  status: invitationStatus(i),
  expiresAt: i.expiresAt,
  createdAt: i.createdAt,
});

export const presentJoinRequest = (r: JoinRequest): JoinRequestModel => ({
  id: toGlobalId('JoinRequest', r.id),
  organizationId: r.organizationId,
  userId: r.userId,
  message: r.message,
  status: r.status,
  createdAt: r.createdAt,
  decidedAt: r.decidedAt,
});
