import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { organizationInputSchema, slugify } from '@alliance/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor, UserActor } from '../common/actor';
import { AppError, ErrorCode, forbidden, notFound } from '../common/errors';
import {
  type Connection,
  type ConnectionArgs,
  pageWindow,
  toConnection,
} from '../common/relay/connection';
import { parseInput } from '../common/validation';
import { Membership, type MembershipRole } from './membership.entity';
import { OrganizationErrors } from './organization.errors';
import type { OrganizationFilter } from './organization.models';
import { organizationPolicy } from './organization.policy';
import { Organization } from './organization.entity';

/** The organization directory: create, edit, verify, find. Members: MembershipService. */
@Injectable()
export class OrganizationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  findBySlug(slug: string): Promise<Organization | null> {
    return this.db.getRepository(Organization).findOneBy({ slug: slug.toLowerCase() });
  }

  async list(
    args: ConnectionArgs,
    filter: OrganizationFilter | null | undefined,
  ): Promise<Connection<Organization>> {
    const qb = this.db.getRepository(Organization).createQueryBuilder('o');
    const query = filter?.query?.trim();
    if (query) {
      qb.andWhere(`unaccent(o.name || ' ' || o.description) ILIKE unaccent(:q)`, {
        q: `%${query.replace(/[\\%_]/g, '\\$&')}%`,
      });
    }
    if (filter?.stakeholderTypes?.length)
      qb.andWhere('o.stakeholder_type IN (:...types)', { types: filter.stakeholderTypes });
    if (filter?.countries?.length)
      qb.andWhere('o.country IN (:...countries)', {
        countries: filter.countries.map((c) => c.toUpperCase()),
      });
    if (filter?.verified != null)
      qb.andWhere(filter.verified ? 'o.verified_at IS NOT NULL' : 'o.verified_at IS NULL');
    const total = await qb.getCount();
    const { offset, limit } = pageWindow(args, total);
    const rows =
      limit === 0
        ? []
        : await qb
            .orderBy('lower(o.name)', 'ASC')
            .addOrderBy('o.id', 'ASC')
            .offset(offset)
            .limit(limit)
            .getMany();
    return toConnection(rows, offset, total);
  }

  /** Creates an organization; its creator becomes its first admin. Unverified until an admin verifies. */
  async create(actor: UserActor, input: unknown): Promise<Organization> {
    const values = parseInput(organizationInputSchema, input);
    const slug = values.slug ?? slugify(values.name);
    if (!slug || slug.length < 3) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'Choose a short name of at least 3 letters or digits.',
        {
          fieldErrors: [
            { field: 'slug', message: 'Choose a short name of at least 3 letters or digits.' },
          ],
        },
      );
    }
    return this.db.transaction(async (em) => {
      if (await em.existsBy(Organization, { slug })) throw OrganizationErrors.slugTaken(slug);
      const org = await em.save(
        em.create(Organization, {
          name: values.name,
          slug,
          stakeholderType: values.stakeholderType,
          country: values.country,
          website: values.website ?? null,
          description: values.description ?? '',
          createdBy: actor.user.id,
        }),
      );
      await em.insert(Membership, { organizationId: org.id, userId: actor.user.id, role: 'ADMIN' });
      await this.audit.record(
        {
          action: 'organization.created',
          actor,
          subject: { type: 'Organization', id: org.id },
          details: { slug },
        },
        em,
      );
      return org;
    });
  }

  /**
   * Edits an organization. Its identity (name, short name, stakeholder type, country) is what a
   * platform admin verified: when its own admins change it, it goes back to awaiting verification
   * in this same transaction, so access derived from the old identity (the viewer scope reads
   * verified_at on every request) ends with the change. Platform admins' changes keep it.
   */
  async update(actor: UserActor, organizationId: string, input: unknown): Promise<Organization> {
    const values = parseInput(organizationInputSchema, input);
    return this.db.transaction(async (em) => {
      const org = await this.lockOrganization(em, organizationId);
      if (!organizationPolicy.update(actor, await roleOf(em, org.id, actor.user.id)))
        throw OrganizationErrors.notAdmin();
      const slug = values.slug ?? org.slug;
      if (slug !== org.slug && (await em.existsBy(Organization, { slug })))
        throw OrganizationErrors.slugTaken(slug);
      const next = {
        name: values.name,
        slug,
        stakeholderType: values.stakeholderType,
        country: values.country,
      };
      const changes = identityChanges(org, next);
      const withdraw =
        changes.length > 0 &&
        org.verifiedAt !== null &&
        !organizationPolicy.keepVerificationOnIdentityChange(actor);
      await em.update(Organization, org.id, {
        ...next,
        website: values.website ?? null,
        description: values.description ?? '',
        ...(withdraw ? { verifiedAt: null, verifiedBy: null } : {}),
      });
      await this.audit.record(
        { action: 'organization.updated', actor, subject: { type: 'Organization', id: org.id } },
        em,
      );
      if (changes.length) {
        await this.audit.record(
          {
            action: 'organization.identity_changed',
            actor,
            subject: { type: 'Organization', id: org.id },
            details: { changes, verificationWithdrawn: withdraw },
          },
          em,
        );
      }
      return em.findOneByOrFail(Organization, { id: org.id });
    });
  }

  async setVerified(
    actor: UserActor,
    organizationId: string,
    verified: boolean,
  ): Promise<Organization> {
    if (!organizationPolicy.verify(actor))
      throw forbidden('Only platform admins can verify organizations.');
    return this.db.transaction(async (em) => {
      const org = await this.lockOrganization(em, organizationId);
      await em.update(
        Organization,
        org.id,
        verified
          ? { verifiedAt: new Date(), verifiedBy: actor.user.id }
          : { verifiedAt: null, verifiedBy: null },
      );
      await this.audit.record(
        {
          action: verified ? 'organization.verified' : 'organization.unverified',
          actor,
          subject: { type: 'Organization', id: org.id },
        },
        em,
      );
      return em.findOneByOrFail(Organization, { id: org.id });
    });
  }

  private async lockOrganization(em: EntityManager, id: string): Promise<Organization> {
    const org = await em.findOne(Organization, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!org) throw notFound('The organization');
    return org;
  }
}

/** The fields that make an organization's identity, as a platform admin verified it. */
export const IDENTITY_FIELDS = ['name', 'slug', 'stakeholderType', 'country'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];
export interface IdentityChange {
  field: IdentityField;
  from: string;
  to: string;
}

function identityChanges(
  org: Organization,
  next: Pick<Organization, IdentityField>,
): IdentityChange[] {
  return IDENTITY_FIELDS.filter((f) => org[f] !== next[f]).map((field) => ({
    field,
    from: org[field],
    to: next[field],
  }));
}

/** The role of a user in an organization, or null. */
export async function roleOf(
  em: EntityManager,
  organizationId: string,
  userId: string,
): Promise<MembershipRole | null> {
  const m = await em.findOneBy(Membership, { organizationId, userId });
  return m?.role ?? null;
}

export function canSeeMembers(actor: Actor, role: MembershipRole | null) {
  return organizationPolicy.viewMembers(actor, role);
}
