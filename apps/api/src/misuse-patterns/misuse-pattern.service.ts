import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { misusePatternInputSchema, type MisusePatternInput } from '@alliance/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserActor } from '../common/actor';
import { AppError, ErrorCode } from '../common/errors';
import { type Connection, type ConnectionArgs, pageOfQuery } from '../common/relay/connection';
import { parseGlobalId } from '../common/relay/global-id';
import { freeSlug } from '../common/slug';
import { parseInput } from '../common/validation';
import { NotificationService } from '../notifications/notification.service';
import { Organization } from '../organizations/organization.entity';
import { roleOf } from '../organizations/organization.service';
import {
  transitionColumns,
  unpublishedColumns,
  unpublishReasonSchema,
} from '../practices/life-cycle';
import { type LibraryOrder, orderedBy, whereLibraryFilter } from '../practices/library-query';
import type { PracticeState } from '../practices/practice.entity';
import { visiblePracticeSql, whereVisiblePattern, type ViewerScope } from '../visibility';
import { MisusePattern } from './misuse-pattern.entity';
import { MisusePatternErrors } from './misuse-pattern.errors';
import type {
  MisusePatternFilter,
  MisusePatternInput as MisusePatternGqlInput,
} from './misuse-pattern.models';
import { misusePatternPolicy } from './misuse-pattern.policy';
import { MisusePatternOrderEnum } from './misuse-taxonomy.enums';

/**
 * The countermeasures that count for gaps on pattern `alias`: those whose practice is published
 * and visible to the viewer (parameters: visibilityParams()).
 */
export const countedCountermeasuresSql = (alias: string) =>
  `(SELECT count(*) FROM countermeasure gc JOIN practice gp ON gp.id = gc.practice_id
     WHERE gc.pattern_id = ${alias}.id AND gp.state = 'PUBLISHED' AND ${visiblePracticeSql('gp')})`;

const ORDER: Record<MisusePatternOrderEnum, LibraryOrder> = {
  [MisusePatternOrderEnum.NEWEST]: [
    ['m.published_at', 'DESC'],
    ['m.created_at', 'DESC'],
  ],
  [MisusePatternOrderEnum.RECENTLY_UPDATED]: [['m.updated_at', 'DESC']],
  [MisusePatternOrderEnum.FEWEST_COUNTERMEASURES]: [
    ['countered', 'ASC'],
    ['m.published_at', 'DESC'],
  ],
  [MisusePatternOrderEnum.TITLE]: [['lower(m.title)', 'ASC']],
};

const ARRAY_FILTERS = {
  stages: 'stages',
  technologies: 'technologies',
  formsOfExploitation: 'forms_of_exploitation',
  regions: 'regions',
} as const;

/** The misuse-pattern library's rules: visibility on every read, and the life cycle. */
@Injectable()
export class MisusePatternService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  // ---- reading ---------------------------------------------------------------------------

  private visible(scope: ViewerScope, em: EntityManager = this.db.manager) {
    return whereVisiblePattern(em.getRepository(MisusePattern).createQueryBuilder('m'), scope);
  }

  findBySlug(slug: string, scope: ViewerScope): Promise<MisusePattern | null> {
    return this.visible(scope).andWhere('m.slug = :slug', { slug: slug.toLowerCase() }).getOne();
  }

  findById(id: string, scope: ViewerScope, em?: EntityManager): Promise<MisusePattern | null> {
    return this.visible(scope, em).andWhere('m.id = :id', { id }).getOne();
  }

  async list(
    args: ConnectionArgs,
    filter: MisusePatternFilter | null | undefined,
    order: MisusePatternOrderEnum,
    scope: ViewerScope,
  ): Promise<Connection<MisusePattern>> {
    const qb = this.visible(scope);
    this.applyFilter(qb, filter ?? {});
    return pageOfQuery(qb, args, (page) => {
      if (order === MisusePatternOrderEnum.FEWEST_COUNTERMEASURES)
        page.addSelect(countedCountermeasuresSql('m'), 'countered');
      return orderedBy(page, ORDER[order]).addOrderBy('m.id', 'ASC');
    });
  }

  private applyFilter(qb: ReturnType<MisusePatternService['visible']>, f: MisusePatternFilter) {
    whereLibraryFilter(qb, 'm', f, ARRAY_FILTERS);
    if (f.trends?.length) qb.andWhere('m.trend IN (:...trends)', { trends: f.trends });
    if (f.maxCountermeasures != null) {
      if (f.maxCountermeasures < 0) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'maxCountermeasures must be 0 or more.', {
          fieldErrors: [{ field: 'maxCountermeasures', message: 'Must be 0 or more.' }],
        });
      }
      qb.andWhere(`${countedCountermeasuresSql('m')} <= :maxCm`, { maxCm: f.maxCountermeasures });
    }
  }

  // ---- writing ---------------------------------------------------------------------------

  async create(
    actor: UserActor,
    organizationGlobalId: string,
    input: MisusePatternGqlInput,
  ): Promise<MisusePattern> {
    const organizationId = parseGlobalId(organizationGlobalId, 'Organization', 'organizationId');
    const values = parseInput(misusePatternInputSchema, input);
    return this.db.transaction(async (em) => {
      const org = await em.findOneBy(Organization, { id: organizationId });
      if (!org) throw new AppError(ErrorCode.NOT_FOUND, 'The organization was not found.');
      if (!misusePatternPolicy.edit(actor, await roleOf(em, org.id, actor.user.id)))
        throw MisusePatternErrors.notEditorOf();
      const slug = await freeSlug(values.title, 'pattern', (candidate) =>
        em.existsBy(MisusePattern, { slug: candidate }),
      );
      return em.save(
        em.create(MisusePattern, {
          ...toColumns(values),
          slug,
          organizationId: org.id,
          state: 'DRAFT',
          createdBy: actor.user.id,
          updatedBy: actor.user.id,
        }),
      );
    });
  }

  async update(
    actor: UserActor,
    id: string,
    input: MisusePatternGqlInput,
    scope: ViewerScope,
  ): Promise<MisusePattern> {
    const values = parseInput(misusePatternInputSchema, input);
    return this.db.transaction(async (em) => {
      const pattern = await this.lockForEdit(em, actor, id, scope);
      await em.update(MisusePattern, pattern.id, {
        ...toColumns(values),
        updatedBy: actor.user.id,
      });
      return em.findOneByOrFail(MisusePattern, { id: pattern.id });
    });
  }

  /** Publishes a draft, or an archived pattern again. */
  publish(actor: UserActor, id: string, scope: ViewerScope): Promise<MisusePattern> {
    return this.transition(actor, id, scope, ['DRAFT', 'ARCHIVED'], 'PUBLISHED', 'published');
  }

  archive(actor: UserActor, id: string, scope: ViewerScope): Promise<MisusePattern> {
    return this.transition(actor, id, scope, ['PUBLISHED'], 'ARCHIVED', 'archived');
  }

  private async transition(
    actor: UserActor,
    id: string,
    scope: ViewerScope,
    from: PracticeState[],
    to: PracticeState,
    verb: string,
  ) {
    return this.db.transaction(async (em) => {
      const pattern = await this.lockForEdit(em, actor, id, scope);
      if (!from.includes(pattern.state)) throw MisusePatternErrors.wrongState(pattern.state, verb);
      await em.update(MisusePattern, pattern.id, transitionColumns(pattern, to, actor.user.id));
      return em.findOneByOrFail(MisusePattern, { id: pattern.id });
    });
  }

  /** A moderator takes a published pattern out of the library, with a reason its owners see. */
  async unpublish(actor: UserActor, id: string, rawReason: string): Promise<MisusePattern> {
    const { reason } = parseInput(unpublishReasonSchema, { reason: rawReason });
    if (!misusePatternPolicy.moderate(actor))
      throw new AppError(ErrorCode.FORBIDDEN, 'Only moderators can unpublish misuse patterns.');
    const { saved, notified } = await this.db.transaction(async (em) => {
      const pattern = await em.findOne(MisusePattern, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!pattern) throw MisusePatternErrors.notFound();
      if (pattern.state !== 'PUBLISHED')
        throw MisusePatternErrors.wrongState(pattern.state, 'unpublished');
      await em.update(MisusePattern, pattern.id, unpublishedColumns(reason, actor.user.id));
      await this.audit.record(
        {
          action: 'misuse_pattern.unpublished',
          actor,
          subject: { type: 'MisusePattern', id: pattern.id },
          details: { reason },
        },
        em,
      );
      // The owners hear of the decision and its reason.
      const owners = await this.notifications.membersOf(em, pattern.organizationId);
      const notified = await this.notifications.add(
        em,
        owners.map((userId) => ({
          userId,
          kind: 'MODERATION' as const,
          actorId: actor.user.id,
          misusePatternId: pattern.id,
        })),
      );
      return { saved: await em.findOneByOrFail(MisusePattern, { id: pattern.id }), notified };
    });
    await this.notifications.announce(notified);
    return saved;
  }

  /** Deletes a draft that was never published (once published, its links and history matter). */
  async deleteDraft(actor: UserActor, id: string, scope: ViewerScope): Promise<boolean> {
    await this.db.transaction(async (em) => {
      const pattern = await this.lockForEdit(em, actor, id, scope);
      if (pattern.state !== 'DRAFT' || pattern.publishedAt)
        throw MisusePatternErrors.wrongState(
          pattern.publishedAt ? 'once published' : pattern.state,
          'deleted',
        );
      // Follows and flags point at the pattern without a foreign key (they span several kinds).
      await em.query(`DELETE FROM watch WHERE target_type = 'PATTERN' AND target_id = $1`, [
        pattern.id,
      ]);
      await em.query(`DELETE FROM flag WHERE target_type = 'PATTERN' AND target_id = $1`, [
        pattern.id,
      ]);
      await em.delete(MisusePattern, pattern.id);
    });
    return true;
  }

  // ---- helpers ---------------------------------------------------------------------------

  private async lockForEdit(
    em: EntityManager,
    actor: UserActor,
    id: string,
    scope: ViewerScope,
  ): Promise<MisusePattern> {
    const pattern = await em.findOne(MisusePattern, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!pattern) throw MisusePatternErrors.notFound();
    if (!misusePatternPolicy.edit(actor, await roleOf(em, pattern.organizationId, actor.user.id))) {
      // Someone who may not see the pattern learns nothing about it.
      if (!(await this.findById(pattern.id, scope, em))) throw MisusePatternErrors.notFound();
      throw MisusePatternErrors.notEditor();
    }
    return pattern;
  }
}

/** Validated input → entity columns. */
function toColumns(v: MisusePatternInput) {
  return {
    title: v.title,
    summary: v.summary,
    description: v.description,
    stages: v.stages,
    technologies: v.technologies,
    formsOfExploitation: v.formsOfExploitation,
    indicators: v.indicators,
    regions: v.regions,
    trend: v.trend,
    sources: v.sources,
    visibility: v.visibility,
    visibleTo: v.visibleTo,
  } satisfies Partial<MisusePattern>;
}
