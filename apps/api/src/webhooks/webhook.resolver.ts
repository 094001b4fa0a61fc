import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { UserActor } from '../common/actor';
import { Access } from '../common/auth/access.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import {
  type Connection,
  ConnectionArgs,
  mapConnection,
  pageWindow,
  toConnection,
} from '../common/relay/connection';
import { parseGlobalId } from '../common/relay/global-id';
import type { RequestContext } from '../common/request-context';
import { OrganizationModel } from '../organizations/organization.models';
import {
  CreatedWebhookModel,
  WebhookDeliveryConnection,
  WebhookDeliveryModel,
  WebhookInput,
  WebhookModel,
} from './webhook.models';
import { webhookPolicy } from './webhook.policy';
import { presentDelivery, presentWebhook } from './webhook.presenters';
import { WebhookService } from './webhook.service';

/** May the caller manage this organization's webhooks? (Nested fields: no error, just nothing.) */
async function mayManage(organizationId: string, ctx: RequestContext): Promise<boolean> {
  const role = (await ctx.loaders.viewerMembership.load(organizationId))?.role ?? null;
  return webhookPolicy.manage(ctx.actor, role);
}

@Resolver(() => OrganizationModel)
export class OrganizationWebhooksResolver {
  constructor(private readonly service: WebhookService) {}

  @ResolveField(() => [WebhookModel], {
    description: 'Its webhooks (the partner API): its admins only; an empty list for others.',
  })
  async webhooks(
    @Parent() org: OrganizationModel,
    @Context() ctx: RequestContext,
  ): Promise<WebhookModel[]> {
    if (!(await mayManage(org.uuid, ctx))) return [];
    return (await this.service.listForOrganization(org.uuid)).map(presentWebhook);
  }
}

@Resolver(() => WebhookModel)
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @ResolveField(() => WebhookDeliveryConnection, {
    description: 'Its delivery log, newest first (kept 30 days).',
  })
  async deliveries(
    @Parent() webhook: WebhookModel,
    @Args() args: ConnectionArgs,
    @Context() ctx: RequestContext,
  ): Promise<Connection<WebhookDeliveryModel>> {
    if (!(await mayManage(webhook.organizationId, ctx))) {
      pageWindow(args, 0);
      return toConnection([], 0, 0);
    }
    return mapConnection(await this.webhooks.deliveries(webhook.uuid, args), presentDelivery);
  }

  @Mutation(() => CreatedWebhookModel, {
    description:
      'Registers a webhook for an organization (its admins). The signing secret is returned this once.',
  })
  @Access.user({ scope: 'write' })
  async createWebhook(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('input') input: WebhookInput,
    @CurrentActor() actor: UserActor,
  ): Promise<CreatedWebhookModel> {
    const { secret, webhook } = await this.webhooks.create(
      actor,
      parseGlobalId(organizationId, 'Organization', 'organizationId'),
      input,
    );
    return { secret, webhook: presentWebhook(webhook) };
  }

  @Mutation(() => WebhookModel, {
    description:
      'Changes a webhook’s URL, events or description (organization admins). The secret stays.',
  })
  @Access.user({ scope: 'write' })
  async updateWebhook(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: WebhookInput,
    @CurrentActor() actor: UserActor,
  ): Promise<WebhookModel> {
    return presentWebhook(await this.webhooks.update(actor, parseGlobalId(id, 'Webhook'), input));
  }

  @Mutation(() => CreatedWebhookModel, {
    description:
      'Replaces a webhook’s signing secret (organization admins); the new one is returned this once and signs every delivery from now on.',
  })
  @Access.user({ scope: 'write' })
  async rotateWebhookSecret(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
  ): Promise<CreatedWebhookModel> {
    const { secret, webhook } = await this.webhooks.rotateSecret(
      actor,
      parseGlobalId(id, 'Webhook'),
    );
    return { secret, webhook: presentWebhook(webhook) };
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a webhook and its delivery log (organization admins).',
  })
  @Access.user({ scope: 'write' })
  deleteWebhook(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
  ): Promise<boolean> {
    return this.webhooks.delete(actor, parseGlobalId(id, 'Webhook'));
  }

  @Mutation(() => WebhookModel, {
    description:
      'Turns a disabled webhook back on and resets its failure count (organization admins).',
  })
  @Access.user({ scope: 'write' })
  async enableWebhook(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
  ): Promise<WebhookModel> {
    return presentWebhook(await this.webhooks.enable(actor, parseGlobalId(id, 'Webhook')));
  }

  @Mutation(() => WebhookDeliveryModel, {
    description:
      'Queues a `ping` event to a webhook and returns its delivery, to follow in the log (organization admins).',
  })
  @Access.user({ scope: 'write' })
  async sendTestWebhook(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
  ): Promise<WebhookDeliveryModel> {
    return presentDelivery(await this.webhooks.sendTest(actor, parseGlobalId(id, 'Webhook')));
  }
}
