import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { countermeasureInputSchema } from '@alliance/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isModerator, type UserActor } from '../common/actor';
import { parseInput } from '../common/validation';
import { NotificationService } from '../notifications/notification.service';
import { roleOf } from '../organizations/organization.service';
import { Practice } from '../practices/practice.entity';
import { whereVisible, type ViewerScope } from '../visibility';
import { Countermeasure } from './misuse-pattern.entity';
import { MisusePatternErrors } from './misuse-pattern.errors';
import type { CountermeasureInput } from './misuse-pattern.models';
import { misusePatternPolicy } from './misuse-pattern.policy';
import { MisusePatternService } from './misuse-pattern.service';

/**
 * Countermeasures: a practice's editors link it to the patterns it counters. A link exists for
 * a viewer only when both its practice and its pattern are visible to them.
 */
@Injectable()
export class CountermeasureService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly patterns: MisusePatternService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  private findPractice(
    id: string,
    scope: ViewerScope,
    em: EntityManager = this.db.manager,
  ): Promise<Practice | null> {
    return whereVisible(em.getRepository(Practice).createQueryBuilder('p'), scope)
      .andWhere('p.id = :id', { id })
      .getOne();
  }

  /** A countermeasure whose two ends the viewer may see, with its practice. */
  async findById(
    id: string,
    scope: ViewerScope,
    em: EntityManager = this.db.manager,
  ): Promise<{ link: Countermeasure; practice: Practice } | null> {
    const link = await em.findOneBy(Countermeasure, { id });
    if (!link) return null;
    const [practice, pattern] = await Promise.all([
      this.findPractice(link.practiceId, scope, em),
      this.patterns.findById(link.patternId, scope, em),
    ]);
    return practice && pattern ? { link, practice } : null;
  }

  async link(
    actor: UserActor,
    practiceId: string,
    patternId: string,
    input: CountermeasureInput,
    scope: ViewerScope,
  ): Promise<Countermeasure> {
    const values = parseInput(countermeasureInputSchema, input);
    const { link, notified } = await this.db.transaction(async (em) => {
      const practice = await this.findPractice(practiceId, scope, em);
      if (!practice) throw MisusePatternErrors.practiceNotFound();
      if (
        !misusePatternPolicy.editCountermeasure(
          actor,
          await roleOf(em, practice.organizationId, actor.user.id),
        )
      )
        throw MisusePatternErrors.notPracticeEditor();
      const pattern = await this.patterns.findById(patternId, scope, em);
      if (!pattern) throw MisusePatternErrors.notFound();
      const inserted: { id: string }[] = await em.query(
        `INSERT INTO countermeasure (practice_id, pattern_id, approach, note, created_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (practice_id, pattern_id) DO NOTHING RETURNING id`,
        [practice.id, pattern.id, values.approach, values.note, actor.user.id],
      );
      if (!inserted.length) throw MisusePatternErrors.alreadyLinked();
      // The pattern's followers hear of it, if they may see both ends.
      const notified = await this.notifications.patternCountered(em, {
        patternId: pattern.id,
        practiceId: practice.id,
        actorId: actor.user.id,
      });
      return { link: await em.findOneByOrFail(Countermeasure, { id: inserted[0].id }), notified };
    });
    await this.notifications.announce(notified);
    return link;
  }

  async update(
    actor: UserActor,
    id: string,
    input: CountermeasureInput,
    scope: ViewerScope,
  ): Promise<Countermeasure> {
    const values = parseInput(countermeasureInputSchema, input);
    return this.db.transaction(async (em) => {
      const found = await this.lockVisible(em, id, scope);
      if (
        !misusePatternPolicy.editCountermeasure(
          actor,
          await roleOf(em, found.practice.organizationId, actor.user.id),
        )
      )
        throw MisusePatternErrors.notPracticeEditor();
      await em.update(Countermeasure, found.link.id, {
        approach: values.approach,
        note: values.note,
      });
      return em.findOneByOrFail(Countermeasure, { id: found.link.id });
    });
  }

  async unlink(actor: UserActor, id: string, scope: ViewerScope): Promise<boolean> {
    await this.db.transaction(async (em) => {
      const { link, practice } = await this.lockVisible(em, id, scope);
      const role = await roleOf(em, practice.organizationId, actor.user.id);
      if (!misusePatternPolicy.removeCountermeasure(actor, role))
        throw MisusePatternErrors.cannotRemoveCountermeasure();
      await em.delete(Countermeasure, link.id);
      // A moderator's removal is a moderation decision: it is kept in the audit log.
      if (isModerator(actor) && !misusePatternPolicy.editCountermeasure(actor, role)) {
        await this.audit.record(
          {
            action: 'countermeasure.removed_by_moderator',
            actor,
            subject: { type: 'Countermeasure', id: link.id },
            details: { practiceId: link.practiceId, patternId: link.patternId },
          },
          em,
        );
      }
    });
    return true;
  }

  /** Locks the link for a change; NOT_FOUND when it does not exist or either end is hidden from the actor. */
  private async lockVisible(em: EntityManager, id: string, scope: ViewerScope) {
    const locked = await em.findOne(Countermeasure, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    const found = locked && (await this.findById(locked.id, scope, em));
    if (!found) throw MisusePatternErrors.countermeasureNotFound();
    return found;
  }
}
