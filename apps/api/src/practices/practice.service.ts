import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { practiceInputSchema, type PracticeInput } from '@alliance/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import { NotificationService } from '../notifications/notification.service';
import type { Actor, UserActor } from '../common/actor';
import { AppError, ErrorCode } from '../common/errors';
import { type Connection, type ConnectionArgs, pageOfQuery } from '../common/relay/connection';
import { parseGlobalId } from '../common/relay/global-id';
import { freeSlug } from '../common/slug';
import { parseInput } from '../common/validation';
import { User } from '../identity/user.entity';
import { Organization } from '../organizations/organization.entity';
import { roleOf } from '../organizations/organization.service';
import { transitionColumns, unpublishedColumns, unpublishReasonSchema } from './life-cycle';
import { type LibraryOrder, orderedBy, whereLibraryFilter } from './library-query';
import {
  Practice,
  PracticeEndorsement,
  PracticeRevision,
  type PracticeState,
} from './practice.entity';
import { PracticeErrors } from './practice.errors';
import type { PracticeFilter, PracticeInput as PracticeGqlInput } from './practice.models';
import { practicePolicy, type PracticeRelation } from './practice.policy';
import { PracticeOrderEnum } from './practice-taxonomy.enums';
import { loadViewerScope, whereVisible, type ViewerScope } from '../visibility';

/** The fields a revision snapshots and compares, in display order. */
export const REVISED_FIELDS = [
  'title',
  'summary',
  'body',
  'focusAreas',
  'purposes',
  'formsOfExploitation',
  'technologies',
  'targetUsers',
  'sectors',
  'countries',
  'regions',
  'isGlobal',
  'languages',
  'status',
  'yearStarted',
  'yearEnded',
  'links',
  'contact',
  'evidenceLevel',
  'survivorInvolvement',
  'sdg87',
  'iloIndicators',
  'visibility',
  'visibleTo',
] as const satisfies readonly (keyof Practice)[];

const ORDER: Record<PracticeOrderEnum, LibraryOrder> = {
  [PracticeOrderEnum.NEWEST]: [
    ['p.published_at', 'DESC'],
    ['p.created_at', 'DESC'],
  ],
  [PracticeOrderEnum.RECENTLY_UPDATED]: [['p.updated_at', 'DESC']],
  [PracticeOrderEnum.MOST_ENDORSED]: [
    ['endorsements', 'DESC'],
    ['p.published_at', 'DESC'],
  ],
  [PracticeOrderEnum.TITLE]: [['lower(p.title)', 'ASC']],
};

const ARRAY_FILTERS = {
  focusAreas: 'focus_areas',
  purposes: 'purposes',
  formsOfExploitation: 'forms_of_exploitation',
  technologies: 'technologies',
  targetUsers: 'target_users',
  sectors: 'sectors',
  countries: 'countries',
  regions: 'regions',
} as const;

/**
 * The practice library's rules: visibility on every read, the life cycle, revisions,
 * duplicate hints, bookmarks, endorsements and views.
 */
@Injectable()
export class PracticeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  // ---- reading ---------------------------------------------------------------------------

  private visible(scope: ViewerScope, em: EntityManager = this.db.manager) {
    return whereVisible(em.getRepository(Practice).createQueryBuilder('p'), scope);
  }

  findBySlug(slug: string, scope: ViewerScope): Promise<Practice | null> {
    return this.visible(scope).andWhere('p.slug = :slug', { slug: slug.toLowerCase() }).getOne();
  }

  findById(id: string, scope: ViewerScope, em?: EntityManager): Promise<Practice | null> {
    return this.visible(scope, em).andWhere('p.id = :id', { id }).getOne();
  }

  async list(
    args: ConnectionArgs,
    filter: PracticeFilter | null | undefined,
    order: PracticeOrderEnum,
    scope: ViewerScope,
  ): Promise<Connection<Practice>> {
    const qb = this.visible(scope);
    this.applyFilter(qb, filter ?? {}, scope);
    return pageOfQuery(qb, args, (page) => {
      if (order === PracticeOrderEnum.MOST_ENDORSED) {
        page.addSelect(
          '(SELECT count(*) FROM practice_endorsement e WHERE e.practice_id = p.id)',
          'endorsements',
        );
      }
      return orderedBy(page, ORDER[order]).addOrderBy('p.id', 'ASC');
    });
  }

  private applyFilter(
    qb: ReturnType<PracticeService['visible']>,
    f: PracticeFilter,
    scope: ViewerScope,
  ) {
    whereLibraryFilter(
      qb,
      'p',
      { ...f, countries: f.countries?.map((c) => c.toUpperCase()) },
      ARRAY_FILTERS,
    );
    if (f.statuses?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: f.statuses });
    if (f.evidenceLevels?.length)
      qb.andWhere('p.evidence_level IN (:...evidence)', { evidence: f.evidenceLevels });
    if (f.yearFrom != null) qb.andWhere('p.year_started >= :yearFrom', { yearFrom: f.yearFrom });
    if (f.yearTo != null) qb.andWhere('p.year_started <= :yearTo', { yearTo: f.yearTo });
    if (f.stakeholderTypes?.length) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM organization fo WHERE fo.id = p.organization_id AND fo.stakeholder_type IN (:...sts))',
        { sts: f.stakeholderTypes },
      );
    }
    if (f.bookmarked) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM practice_bookmark fb WHERE fb.practice_id = p.id AND fb.user_id = CAST(:bmUser AS uuid))',
        { bmUser: scope.userId },
      );
    }
  }

  /** Visible published practices whose title or summary resemble these (pg_trgm). */
  async similar(
    title: string,
    summary: string,
    scope: ViewerScope,
    excludeId?: string,
  ): Promise<(Practice & { similarity: number })[]> {
    const t = (title ?? '').trim().toLowerCase().slice(0, 200);
    const s = (summary ?? '').trim().toLowerCase().slice(0, 500);
    if (t.length < 3 && s.length < 10) return [];
    const qb = this.visible(scope)
      .andWhere(`p.state = 'PUBLISHED'`)
      .addSelect(
        'greatest(similarity(lower(p.title), :t), similarity(lower(p.summary), :s) * 0.9)',
        'score',
      )
      .andWhere(
        '(lower(p.title) % :t OR lower(p.summary) % :s OR similarity(lower(p.title), :t) > 0.25)',
        { t, s },
      )
      .orderBy('score', 'DESC')
      .limit(5);
    if (excludeId) qb.andWhere('p.id <> :excludeId', { excludeId });
    const { entities, raw } = await qb.getRawAndEntities();
    return entities.map((e, i) => Object.assign(e, { similarity: Number(raw[i].score) }));
  }

  async relation(em: EntityManager, practice: Practice, actor: Actor): Promise<PracticeRelation> {
    if (actor.kind !== 'user') return { roleInOwner: null, contributor: false };
    const [role, contributor] = await Promise.all([
      roleOf(em, practice.organizationId, actor.user.id),
      em.query('SELECT 1 FROM practice_contributor WHERE practice_id = $1 AND user_id = $2', [
        practice.id,
        actor.user.id,
      ]),
    ]);
    return { roleInOwner: role, contributor: contributor.length > 0 };
  }

  // ---- writing ---------------------------------------------------------------------------

  async create(
    actor: UserActor,
    organizationGlobalId: string,
    input: PracticeGqlInput,
  ): Promise<Practice> {
    const organizationId = parseGlobalId(organizationGlobalId, 'Organization', 'organizationId');
    const values = parseInput(practiceInputSchema, input);
    return this.db.transaction(async (em) => {
      const org = await em.findOneBy(Organization, { id: organizationId });
      if (!org) throw new AppError(ErrorCode.NOT_FOUND, 'The organization was not found.');
      if (!practicePolicy.create(actor, await roleOf(em, org.id, actor.user.id)))
        throw PracticeErrors.notEditorOf();
      const slug = await freeSlug(values.title, 'practice', (candidate) =>
        em.existsBy(Practice, { slug: candidate }),
      );
      const practice = await em.save(
        em.create(Practice, {
          ...toColumns(values),
          slug,
          organizationId: org.id,
          state: 'DRAFT',
          createdBy: actor.user.id,
          updatedBy: actor.user.id,
        }),
      );
      await this.setPeople(em, practice.id, org.id, input);
      return practice;
    });
  }

  async update(actor: UserActor, id: string, input: PracticeGqlInput): Promise<Practice> {
    const values = parseInput(practiceInputSchema, input);
    return this.db.transaction(async (em) => {
      const practice = await this.lockForEdit(em, actor, id);
      const next = toColumns(values);
      const changed = REVISED_FIELDS.filter(
        (f) => JSON.stringify(practice[f]) !== JSON.stringify(next[f]),
      );
      await em.update(Practice, practice.id, { ...next, updatedBy: actor.user.id });
      await this.setPeople(em, practice.id, practice.organizationId, input);
      const saved = await em.findOneByOrFail(Practice, { id: practice.id });
      // Every save of a published practice is kept as a revision.
      if (saved.state === 'PUBLISHED' && changed.length)
        await this.addRevision(em, saved, actor.user.id, changed);
      return saved;
    });
  }

  async publish(actor: UserActor, id: string): Promise<Practice> {
    return this.transition(actor, id, ['DRAFT'], 'PUBLISHED', 'published');
  }

  async archive(actor: UserActor, id: string): Promise<Practice> {
    return this.transition(actor, id, ['PUBLISHED'], 'ARCHIVED', 'archived');
  }

  async revertToDraft(actor: UserActor, id: string): Promise<Practice> {
    return this.transition(actor, id, ['PUBLISHED', 'ARCHIVED'], 'DRAFT', 'sent back to draft');
  }

  private async transition(
    actor: UserActor,
    id: string,
    from: PracticeState[],
    to: PracticeState,
    verb: string,
  ) {
    return this.db.transaction(async (em) => {
      const practice = await this.lockForEdit(em, actor, id);
      if (!from.includes(practice.state)) throw PracticeErrors.wrongState(practice.state, verb);
      await em.update(Practice, practice.id, transitionColumns(practice, to, actor.user.id));
      const saved = await em.findOneByOrFail(Practice, { id: practice.id });
      if (to === 'PUBLISHED') await this.addRevision(em, saved, actor.user.id, ['state']);
      return saved;
    });
  }

  /** A moderator takes a published practice out of the library, with a reason its owners see. */
  async unpublish(actor: UserActor, id: string, rawReason: string): Promise<Practice> {
    const { reason } = parseInput(unpublishReasonSchema, { reason: rawReason });
    if (!practicePolicy.moderate(actor))
      throw new AppError(ErrorCode.FORBIDDEN, 'Only moderators can unpublish practices.');
    const { saved, notified } = await this.db.transaction(async (em) => {
      const practice = await em.findOne(Practice, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!practice) throw PracticeErrors.notFound();
      if (practice.state !== 'PUBLISHED')
        throw PracticeErrors.wrongState(practice.state, 'unpublished');
      await em.update(Practice, practice.id, unpublishedColumns(reason, actor.user.id));
      await this.audit.record(
        {
          action: 'practice.unpublished',
          actor,
          subject: { type: 'Practice', id: practice.id },
          details: { reason },
        },
        em,
      );
      // The owners hear of the decision and its reason.
      const contributors: { user_id: string }[] = await em.query(
        'SELECT user_id FROM practice_contributor WHERE practice_id = $1',
        [practice.id],
      );
      const owners = [
        ...(await this.notifications.membersOf(em, practice.organizationId)),
        ...contributors.map((c) => c.user_id),
      ];
      const notified = await this.notifications.add(
        em,
        owners.map((userId) => ({
          userId,
          kind: 'MODERATION' as const,
          actorId: actor.user.id,
          practiceId: practice.id,
        })),
      );
      return { saved: await em.findOneByOrFail(Practice, { id: practice.id }), notified };
    });
    await this.notifications.announce(notified);
    return saved;
  }

  /** Deletes a draft that was never published (its history would otherwise be lost). */
  async deleteDraft(actor: UserActor, id: string): Promise<boolean> {
    await this.db.transaction(async (em) => {
      const practice = await this.lockForEdit(em, actor, id);
      if (practice.state !== 'DRAFT' || practice.publishedAt)
        throw PracticeErrors.wrongState(
          practice.publishedAt ? 'once published' : practice.state,
          'deleted',
        );
      await em.delete(Practice, practice.id);
    });
    return true;
  }

  async setBookmark(
    actor: UserActor,
    id: string,
    scope: ViewerScope,
    on: boolean,
  ): Promise<Practice> {
    const practice = await this.findById(id, scope);
    if (!practice) throw PracticeErrors.notFound();
    if (on) {
      await this.db.query(
        'INSERT INTO practice_bookmark (practice_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [practice.id, actor.user.id],
      );
    } else {
      await this.db.query('DELETE FROM practice_bookmark WHERE practice_id = $1 AND user_id = $2', [
        practice.id,
        actor.user.id,
      ]);
    }
    return practice;
  }

  async endorse(
    actor: UserActor,
    id: string,
    organizationGlobalId: string,
    kind: 'USES' | 'REPLICATED',
    rawComment: string | null | undefined,
    scope: ViewerScope,
  ) {
    const organizationId = parseGlobalId(organizationGlobalId, 'Organization', 'organizationId');
    const { comment } = parseInput(
      z.object({ comment: z.string().trim().max(500, 'Write at most 500 characters.') }),
      { comment: rawComment ?? '' },
    );
    const practice = await this.findById(id, scope);
    if (!practice) throw PracticeErrors.notFound();
    const notified = await this.db.transaction(async (em) => {
      const role = await roleOf(em, organizationId, actor.user.id);
      if (!practicePolicy.endorse(actor, role, organizationId === practice.organizationId))
        throw PracticeErrors.cannotEndorseOwn();
      if (practice.state !== 'PUBLISHED') throw PracticeErrors.notPublished();
      await em.query(
        `INSERT INTO practice_endorsement (practice_id, organization_id, kind, user_id, comment) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (practice_id, organization_id) DO UPDATE SET kind = EXCLUDED.kind, user_id = EXCLUDED.user_id, comment = EXCLUDED.comment`,
        [practice.id, organizationId, kind, actor.user.id, comment],
      );
      // The owning organization's editors and admins hear of it.
      const owners = await this.notifications.membersOf(em, practice.organizationId);
      return this.notifications.add(
        em,
        owners.map((userId) => ({
          userId,
          kind: 'ENDORSEMENT' as const,
          actorId: actor.user.id,
          practiceId: practice.id,
          organizationId,
        })),
      );
    });
    await this.notifications.announce(notified);
    return practice;
  }

  async withdrawEndorsement(
    actor: UserActor,
    id: string,
    organizationGlobalId: string,
    scope: ViewerScope,
  ): Promise<Practice> {
    const organizationId = parseGlobalId(organizationGlobalId, 'Organization', 'organizationId');
    const practice = await this.findById(id, scope);
    if (!practice) throw PracticeErrors.notFound();
    const role = await roleOf(this.db.manager, organizationId, actor.user.id);
    if (!role)
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'Only members of that organization can withdraw its endorsement.',
      );
    await this.db
      .getRepository(PracticeEndorsement)
      .delete({ practiceId: practice.id, organizationId });
    return practice;
  }

  /** Counts one view per visitor per day (visitor: user id or a hash of the IP). */
  async recordView(practice: Practice, actor: Actor): Promise<void> {
    const visitor = createHash('sha256')
      .update(actor.kind === 'user' ? `u:${actor.user.id}` : `ip:${actor.ip}`)
      .digest('hex');
    await this.db.query(
      'INSERT INTO practice_view (practice_id, visitor) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [practice.id, visitor],
    );
  }

  // ---- helpers ---------------------------------------------------------------------------

  private async lockForEdit(em: EntityManager, actor: UserActor, id: string): Promise<Practice> {
    const practice = await em.findOne(Practice, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!practice) throw PracticeErrors.notFound();
    const relation = await this.relation(em, practice, actor);
    if (!practicePolicy.edit(actor, relation)) {
      // Someone who may not see the practice (a draft, or restricted to other stakeholders)
      // learns nothing about it: the same answer as for an id that names nothing.
      if (!(await this.findById(practice.id, await loadViewerScope(this.db, actor), em)))
        throw PracticeErrors.notFound();
      throw PracticeErrors.notEditor();
    }
    return practice;
  }

  private async addRevision(
    em: EntityManager,
    practice: Practice,
    authorId: string,
    changedFields: string[],
  ) {
    const [{ next }] = await em.query(
      'SELECT coalesce(max(number), 0) + 1 AS next FROM practice_revision WHERE practice_id = $1',
      [practice.id],
    );
    const snapshot = Object.fromEntries(REVISED_FIELDS.map((f) => [f, practice[f]]));
    await em.insert(PracticeRevision, {
      practiceId: practice.id,
      number: next,
      authorId,
      changedFields,
      snapshot: snapshot as never,
    });
  }

  /** Partners (organizations) and contributors (users), replaced as given. */
  private async setPeople(
    em: EntityManager,
    practiceId: string,
    ownerId: string,
    input: PracticeGqlInput,
  ) {
    if (input.partnerIds) {
      const ids = [
        ...new Set(input.partnerIds.map((id) => parseGlobalId(id, 'Organization', 'partnerIds'))),
      ].filter((id) => id !== ownerId);
      if (ids.length > 20)
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'Add at most 20 partner organizations.');
      if ((await em.countBy(Organization, { id: In(ids) })) !== ids.length)
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'A partner organization was not found.', {
          fieldErrors: [{ field: 'partnerIds', message: 'Unknown organization.' }],
        });
      await em.query('DELETE FROM practice_partner WHERE practice_id = $1', [practiceId]);
      for (const id of ids)
        await em.query(
          'INSERT INTO practice_partner (practice_id, organization_id) VALUES ($1, $2)',
          [practiceId, id],
        );
    }
    if (input.contributorIds) {
      const ids = [
        ...new Set(input.contributorIds.map((id) => parseGlobalId(id, 'User', 'contributorIds'))),
      ];
      if (ids.length > 50)
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'Add at most 50 contributors.');
      if ((await em.countBy(User, { id: In(ids) })) !== ids.length)
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'A contributor was not found.', {
          fieldErrors: [{ field: 'contributorIds', message: 'Unknown user.' }],
        });
      await em.query('DELETE FROM practice_contributor WHERE practice_id = $1', [practiceId]);
      for (const id of ids)
        await em.query('INSERT INTO practice_contributor (practice_id, user_id) VALUES ($1, $2)', [
          practiceId,
          id,
        ]);
    }
  }
}

/** Validated input → entity columns. */
function toColumns(v: PracticeInput) {
  return {
    title: v.title,
    summary: v.summary,
    body: v.body,
    focusAreas: v.focusAreas,
    purposes: v.purposes,
    formsOfExploitation: v.formsOfExploitation,
    technologies: v.technologies,
    targetUsers: v.targetUsers,
    sectors: v.sectors,
    countries: v.countries,
    regions: v.regions,
    isGlobal: v.global,
    languages: v.languages,
    status: v.status,
    yearStarted: v.yearStarted,
    yearEnded: v.yearEnded,
    links: v.links,
    contact: v.contact,
    evidenceLevel: v.evidenceLevel,
    survivorInvolvement: v.survivorInvolvement,
    sdg87: v.sdg87,
    iloIndicators: v.iloIndicators,
    visibility: v.visibility,
    visibleTo: v.visibleTo,
  } satisfies Partial<Practice>;
}
