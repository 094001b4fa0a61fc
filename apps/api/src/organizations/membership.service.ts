import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { emailSchema } from '@alliance/domain';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import type { Actor, UserActor } from '../common/actor';
import { AppError, ErrorCode, forbidden, notFound } from '../common/errors';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import {
  type Connection,
  type ConnectionArgs,
  pageWindow,
  toConnection,
} from '../common/relay/connection';
import { parseInput } from '../common/validation';
import { hashSecret, newSecret } from '../identity/secrets';
import { User } from '../identity/user.entity';
import { MailService } from '../mail/mail.service';
import { NotificationService } from '../notifications/notification.service';
import { Invitation } from './invitation.entity';
import { JoinRequest } from './join-request.entity';
import { MEMBERSHIP_ROLES, Membership, type MembershipRole } from './membership.entity';
import { Organization } from './organization.entity';
import { OrganizationErrors } from './organization.errors';
import { InvitationStatusEnum } from './organization.models';
import { organizationPolicy } from './organization.policy';
import { roleOf } from './organization.service';

const INVITATION_TTL_MS = 14 * 24 * 3600 * 1000;
const roleSchema = z.enum(MEMBERSHIP_ROLES, { message: 'Choose MEMBER, EDITOR or ADMIN.' });

/** Members of organizations: invitations, join requests, roles, leaving. */
@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly rateLimits: RateLimitService,
    private readonly notifications: NotificationService,
  ) {}

  // ---- reading -------------------------------------------------------------------------

  async members(organizationId: string, args: ConnectionArgs): Promise<Connection<Membership>> {
    const qb = this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoin(User, 'u', 'u.id = m.user_id')
      .where('m.organization_id = :organizationId', { organizationId });
    const total = await qb.getCount();
    const { offset, limit } = pageWindow(args, total);
    const rows =
      limit === 0
        ? []
        : await qb
            .orderBy('lower(u.display_name)')
            .addOrderBy('m.user_id')
            .offset(offset)
            .limit(limit)
            .getMany();
    return toConnection(rows, offset, total);
  }

  membershipsOf(userId: string): Promise<Membership[]> {
    return this.db
      .getRepository(Membership)
      .find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  invitations(organizationId: string): Promise<Invitation[]> {
    return this.db
      .getRepository(Invitation)
      .find({ where: { organizationId }, order: { createdAt: 'DESC' }, take: 100 });
  }

  joinRequests(organizationId: string, pendingOnly: boolean): Promise<JoinRequest[]> {
    return this.db.getRepository(JoinRequest).find({
      where: { organizationId, ...(pendingOnly ? { status: 'PENDING' as const } : {}) },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  viewerJoinRequest(organizationId: string, userId: string): Promise<JoinRequest | null> {
    return this.db
      .getRepository(JoinRequest)
      .findOne({ where: { organizationId, userId }, order: { createdAt: 'DESC' } });
  }

  /** What an invitation link offers; anyone holding the link may look. */
  async previewInvitation(token: string): Promise<Invitation | null> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 200) return null;
    return this.db.getRepository(Invitation).findOneBy({ tokenHash: hashSecret(token) });
  }

  // ---- invitations ---------------------------------------------------------------------

  async invite(
    actor: UserActor,
    organizationId: string,
    input: { email: string; role: string },
  ): Promise<Invitation> {
    const { email, role } = parseInput(z.object({ email: emailSchema, role: roleSchema }), input);
    await this.rateLimits.consume('mail:account', actor.user.id);
    const token = newSecret();
    const { invitation, org, notified } = await this.db.transaction(async (em) => {
      const org = await this.organizationForAdmin(em, actor, organizationId);
      const existing = await em.findOneBy(User, { email });
      if (existing && (await roleOf(em, org.id, existing.id)))
        throw OrganizationErrors.alreadyMember();
      // A new invitation replaces a pending one to the same address.
      await em.update(
        Invitation,
        { organizationId: org.id, email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const invitation = await em.save(
        em.create(Invitation, {
          tokenHash: hashSecret(token),
          organizationId: org.id,
          email,
          role,
          invitedBy: actor.user.id,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        }),
      );
      await this.audit.record(
        {
          action: 'invitation.created',
          actor,
          subject: { type: 'Invitation', id: invitation.id },
          details: { organizationId: org.id, email, role },
        },
        em,
      );
      // Someone who already has an account also sees it in the app (the email has the link).
      const notified = existing
        ? await this.notifications.add(em, [
            {
              userId: existing.id,
              kind: 'INVITATION',
              actorId: actor.user.id,
              organizationId: org.id,
            },
          ])
        : [];
      return { invitation, org, notified };
    });
    await this.notifications.publishLive(notified);
    await this.mail.send({
      to: email,
      subject: `${actor.user.displayName} invites you to ${org.name} on Alliance Commons`,
      text: [
        `${actor.user.displayName} invites you to join ${org.name} on Alliance Commons as ${role.toLowerCase()}.`,
        '',
        'Alliance Commons is where the anti-trafficking community shares promising practices and keeps talking.',
        `Accept within 14 days: ${this.mail.link(`/invitations/accept?token=${token}`)}`,
        '',
        'If you do not know this organization, ignore this email.',
      ].join('\n'),
    });
    return invitation;
  }

  async revokeInvitation(actor: UserActor, invitationId: string): Promise<Invitation> {
    return this.db.transaction(async (em) => {
      const invitation = await em.findOneBy(Invitation, { id: invitationId });
      if (!invitation) throw notFound('The invitation');
      // Invitations are seen by the organization's managers only: to others, it does not exist.
      await this.organizationForAdmin(em, actor, invitation.organizationId, () =>
        notFound('The invitation'),
      );
      if (invitationStatus(invitation) !== InvitationStatusEnum.PENDING) {
        throw new AppError(ErrorCode.CONFLICT, 'Only a pending invitation can be withdrawn.');
      }
      await em.update(Invitation, invitation.id, { revokedAt: new Date() });
      await this.audit.record(
        { action: 'invitation.revoked', actor, subject: { type: 'Invitation', id: invitation.id } },
        em,
      );
      return em.findOneByOrFail(Invitation, { id: invitation.id });
    });
  }

  /** Accepting proves control of the invited mailbox, so it also verifies the address. */
  async acceptInvitation(actor: UserActor, token: string): Promise<Membership> {
    return this.db.transaction(async (em) => {
      const invitation =
        typeof token === 'string' && token.length >= 20 && token.length <= 200
          ? await em.findOne(Invitation, {
              where: { tokenHash: hashSecret(token) },
              lock: { mode: 'pessimistic_write' },
            })
          : null;
      if (!invitation || invitationStatus(invitation) !== InvitationStatusEnum.PENDING) {
        throw new AppError(
          ErrorCode.INVALID_TOKEN,
          'This invitation is invalid, has expired, was withdrawn or was already used.',
        );
      }
      if (invitation.email !== actor.user.email)
        throw OrganizationErrors.invitationForSomeoneElse();
      if (await roleOf(em, invitation.organizationId, actor.user.id))
        throw OrganizationErrors.alreadyMember();
      await em.insert(Membership, {
        organizationId: invitation.organizationId,
        userId: actor.user.id,
        role: invitation.role,
      });
      await em.update(Invitation, invitation.id, {
        acceptedAt: new Date(),
        acceptedBy: actor.user.id,
      });
      await em.update(
        User,
        { id: actor.user.id, emailVerifiedAt: IsNull() },
        { emailVerifiedAt: new Date() },
      );
      await em.update(
        JoinRequest,
        { organizationId: invitation.organizationId, userId: actor.user.id, status: 'PENDING' },
        { status: 'APPROVED', decidedAt: new Date() },
      );
      await this.audit.record(
        {
          action: 'invitation.accepted',
          actor,
          subject: { type: 'Invitation', id: invitation.id },
          details: { organizationId: invitation.organizationId },
        },
        em,
      );
      return em.findOneByOrFail(Membership, {
        organizationId: invitation.organizationId,
        userId: actor.user.id,
      });
    });
  }

  // ---- join requests -------------------------------------------------------------------

  async requestToJoin(
    actor: UserActor,
    organizationId: string,
    rawMessage: string | null | undefined,
  ): Promise<JoinRequest> {
    const { message } = parseInput(
      z.object({ message: z.string().trim().max(1000, 'Write at most 1,000 characters.') }),
      { message: rawMessage ?? '' },
    );
    return this.db.transaction(async (em) => {
      const org = await em.findOneBy(Organization, { id: organizationId });
      if (!org) throw notFound('The organization');
      if (!organizationPolicy.requestToJoin(actor, await roleOf(em, org.id, actor.user.id)))
        throw OrganizationErrors.alreadyMember();
      if (
        await em.existsBy(JoinRequest, {
          organizationId: org.id,
          userId: actor.user.id,
          status: 'PENDING',
        })
      ) {
        throw OrganizationErrors.requestPending();
      }
      const request = await em.save(
        em.create(JoinRequest, { organizationId: org.id, userId: actor.user.id, message }),
      );
      await this.audit.record(
        {
          action: 'join_request.created',
          actor,
          subject: { type: 'JoinRequest', id: request.id },
          details: { organizationId: org.id },
        },
        em,
      );
      return request;
    });
  }

  async decideJoinRequest(
    actor: UserActor,
    requestId: string,
    approve: boolean,
    rawRole?: string | null,
  ): Promise<JoinRequest> {
    const role = approve
      ? parseInput(z.object({ role: roleSchema }), { role: rawRole ?? 'MEMBER' }).role
      : null;
    return this.db.transaction(async (em) => {
      const request = await em.findOne(JoinRequest, {
        where: { id: requestId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw notFound('The join request');
      await this.organizationForAdmin(em, actor, request.organizationId, () =>
        notFound('The join request'),
      );
      if (request.status !== 'PENDING')
        throw new AppError(ErrorCode.CONFLICT, 'This request has already been decided.');
      if (role) {
        if (!(await roleOf(em, request.organizationId, request.userId))) {
          await em.insert(Membership, {
            organizationId: request.organizationId,
            userId: request.userId,
            role,
          });
        }
      }
      await em.update(JoinRequest, request.id, {
        status: approve ? 'APPROVED' : 'REJECTED',
        decidedBy: actor.user.id,
        decidedAt: new Date(),
      });
      await this.audit.record(
        {
          action: approve ? 'join_request.approved' : 'join_request.rejected',
          actor,
          subject: { type: 'JoinRequest', id: request.id },
          details: { organizationId: request.organizationId, userId: request.userId, role },
        },
        em,
      );
      return em.findOneByOrFail(JoinRequest, { id: request.id });
    });
  }

  // ---- roles and leaving ---------------------------------------------------------------

  async changeRole(
    actor: UserActor,
    organizationId: string,
    userId: string,
    rawRole: string,
  ): Promise<Membership> {
    const { role } = parseInput(z.object({ role: roleSchema }), { role: rawRole });
    return this.db.transaction(async (em) => {
      await this.organizationForAdmin(em, actor, organizationId);
      const membership = await em.findOneBy(Membership, { organizationId, userId });
      if (!membership) throw notFound('The member');
      if (membership.role === 'ADMIN' && role !== 'ADMIN')
        await this.assertAnotherAdmin(em, organizationId);
      await em.update(Membership, { organizationId, userId }, { role });
      await this.audit.record(
        {
          action: 'membership.role_changed',
          actor,
          subject: { type: 'User', id: userId },
          details: { organizationId, from: membership.role, to: role },
        },
        em,
      );
      return { ...membership, role };
    });
  }

  async removeMember(actor: UserActor, organizationId: string, userId: string): Promise<boolean> {
    await this.db.transaction(async (em) => {
      await this.organizationForAdmin(em, actor, organizationId);
      const membership = await em.findOneBy(Membership, { organizationId, userId });
      if (!membership) throw notFound('The member');
      if (membership.role === 'ADMIN') await this.assertAnotherAdmin(em, organizationId);
      await em.delete(Membership, { organizationId, userId });
      await this.audit.record(
        {
          action: 'membership.removed',
          actor,
          subject: { type: 'User', id: userId },
          details: { organizationId },
        },
        em,
      );
    });
    return true;
  }

  async leave(actor: UserActor, organizationId: string): Promise<boolean> {
    await this.db.transaction(async (em) => {
      await this.lockOrganization(em, organizationId);
      const role = await roleOf(em, organizationId, actor.user.id);
      if (!organizationPolicy.leave(actor, role)) throw notFound('Your membership');
      if (role === 'ADMIN') await this.assertAnotherAdmin(em, organizationId);
      await em.delete(Membership, { organizationId, userId: actor.user.id });
      await this.audit.record(
        { action: 'membership.left', actor, subject: { type: 'Organization', id: organizationId } },
        em,
      );
    });
    return true;
  }

  // ---- helpers -------------------------------------------------------------------------

  /**
   * Locks the organization (serialising membership changes) and checks the actor manages it;
   * `denied` answers otherwise (NOT_FOUND for records only its managers may see).
   */
  private async organizationForAdmin(
    em: EntityManager,
    actor: Actor,
    organizationId: string,
    denied: () => AppError = () =>
      forbidden('Only admins of this organization can manage its members.'),
  ): Promise<Organization> {
    const org = await this.lockOrganization(em, organizationId);
    const role = actor.kind === 'user' ? await roleOf(em, org.id, actor.user.id) : null;
    if (!organizationPolicy.manageMembers(actor, role)) throw denied();
    return org;
  }

  private async lockOrganization(em: EntityManager, id: string): Promise<Organization> {
    const org = await em.findOne(Organization, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!org) throw notFound('The organization');
    return org;
  }

  private async assertAnotherAdmin(em: EntityManager, organizationId: string) {
    const admins = await em.countBy(Membership, { organizationId, role: 'ADMIN' });
    if (admins <= 1) throw OrganizationErrors.lastAdmin();
  }
}

export function invitationStatus(invitation: Invitation): InvitationStatusEnum {
  if (invitation.acceptedAt) return InvitationStatusEnum.ACCEPTED;
  if (invitation.revokedAt) return InvitationStatusEnum.REVOKED;
  if (invitation.expiresAt.getTime() <= Date.now()) return InvitationStatusEnum.EXPIRED;
  return InvitationStatusEnum.PENDING;
}

export type { MembershipRole };
