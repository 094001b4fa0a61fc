import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { presentAuditEvent } from '../admin/admin.presenters';
import { AdminRepository } from '../admin/admin.repository';
import { isPlatformAdmin } from '../common/actor';
import { Access } from '../common/auth/access.decorator';
import { AppError, ErrorCode } from '../common/errors';
import { MAX_PAGE_SIZE } from '../common/relay/connection';
import { fromGlobalId } from '../common/relay/global-id';
import { NodeInterface } from '../common/relay/node';
import type { RequestContext } from '../common/request-context';
import { presentCategory, presentPost, presentThread } from '../discussions/discussion.models';
import { DiscussionService } from '../discussions/discussion.service';
import { CollectionService } from '../events/collection.service';
import { presentCollection, presentEvent, presentEventSession } from '../events/event.presenters';
import { EventService } from '../events/event.service';
import { presentApiToken, presentUser } from '../identity/identity.presenters';
import { CountermeasureService } from '../misuse-patterns/countermeasure.service';
import {
  presentCountermeasure,
  presentMisusePattern,
} from '../misuse-patterns/misuse-pattern.presenters';
import { MisusePatternService } from '../misuse-patterns/misuse-pattern.service';
import { presentNotification } from '../notifications/notification.models';
import { NotificationService } from '../notifications/notification.service';
import { presentOrganization } from '../organizations/organization.presenters';
import { presentPractice } from '../practices/practice.presenters';
import { PracticeService } from '../practices/practice.service';
import { presentWebhook } from '../webhooks/webhook.presenters';
import { webhookPolicy } from '../webhooks/webhook.policy';
import { WebhookService } from '../webhooks/webhook.service';
import { NodeQueries } from './node.queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `node(id)` and `nodes(ids)`: any entity by its global id, if the viewer may see it. */
@Resolver(() => NodeInterface)
export class NodeResolver {
  constructor(
    private readonly lookups: NodeQueries,
    private readonly admin: AdminRepository,
    private readonly notifications: NotificationService,
    private readonly practices: PracticeService,
    private readonly discussions: DiscussionService,
    private readonly webhooks: WebhookService,
    private readonly events: EventService,
    private readonly collections: CollectionService,
    private readonly misusePatterns: MisusePatternService,
    private readonly countermeasures: CountermeasureService,
  ) {}

  @Query(() => NodeInterface, {
    nullable: true,
    description: 'Any object by its global id (null when it does not exist or you may not see it).',
  })
  @Access.public()
  node(
    @Args('id', { type: () => ID, description: 'A global id.' }) id: string,
    @Context() ctx: RequestContext,
  ) {
    return this.load(id, ctx);
  }

  @Query(() => [NodeInterface], {
    nullable: 'items',
    description:
      'Objects by their global ids, in the same order (null for each you may not see); at most 100.',
  })
  @Access.public()
  async nodes(
    @Args('ids', { type: () => [ID], description: 'Global ids (1–100).' }) ids: string[],
    @Context() ctx: RequestContext,
  ) {
    if (ids.length < 1 || ids.length > MAX_PAGE_SIZE)
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `ids must hold between 1 and ${MAX_PAGE_SIZE} ids.`,
      );
    return Promise.all(ids.map((id) => this.load(id, ctx)));
  }

  private async load(
    globalId: string,
    ctx: RequestContext,
  ): Promise<(object & { __typename: string }) | null> {
    const parsed = fromGlobalId(globalId);
    // Audit events have bigserial ids; everything else is a uuid.
    if (
      !parsed ||
      !(UUID.test(parsed.id) || (parsed.type === 'AuditEvent' && /^\d{1,18}$/.test(parsed.id)))
    )
      return null;
    const { type, id } = parsed;
    const actor = ctx.actor;
    const scope = await ctx.scope();
    const userId = actor.kind === 'user' ? actor.user.id : null;
    const typed = <T extends object>(value: T | null | undefined) =>
      value ? Object.assign(value, { __typename: type }) : null;
    switch (type) {
      case 'Practice':
        return typed(await this.practices.findById(id, scope).then((p) => p && presentPractice(p)));
      case 'Organization':
        return typed(await this.lookups.organization(id).then((o) => o && presentOrganization(o)));
      case 'Thread':
        return typed(
          await this.discussions.findThread(id, scope).then((t) => t && presentThread(t)),
        );
      case 'Post':
        return typed(await this.discussions.findPost(id, scope).then((p) => p && presentPost(p)));
      case 'DiscussionCategory':
        return typed(await this.lookups.category(id).then((c) => c && presentCategory(c)));
      case 'User':
        return typed(await this.lookups.user(id).then((u) => u && presentUser(u, actor)));
      case 'Notification':
        return userId
          ? typed(
              await this.notifications
                .findVisible(userId, id, scope)
                .then((n) => n && presentNotification(n)),
            )
          : null;
      case 'ApiToken':
        return userId
          ? typed(await this.lookups.ownApiToken(userId, id).then((t) => t && presentApiToken(t)))
          : null;
      case 'Webhook': {
        const webhook = await this.webhooks.findById(id);
        if (!webhook) return null;
        const role = await ctx.loaders.viewerMembership.load(webhook.organization_id);
        return webhookPolicy.manage(actor, role?.role ?? null)
          ? typed(presentWebhook(webhook))
          : null;
      }
      case 'Event':
        return typed(await this.events.findById(id).then((e) => e && presentEvent(e)));
      case 'EventSession':
        return typed(
          await this.events.findSessionById(id).then((s) => s && presentEventSession(s)),
        );
      case 'Collection':
        return typed(await this.collections.findById(id).then((c) => c && presentCollection(c)));
      case 'MisusePattern':
        return typed(
          await this.misusePatterns.findById(id, scope).then((m) => m && presentMisusePattern(m)),
        );
      case 'Countermeasure':
        return typed(
          await this.countermeasures
            .findById(id, scope)
            .then((c) => c && presentCountermeasure(c.link)),
        );
      case 'AuditEvent':
        return isPlatformAdmin(actor)
          ? typed(await this.admin.auditEvent(id).then((e) => e && presentAuditEvent(e)))
          : null;
      default:
        return null;
    }
  }
}
