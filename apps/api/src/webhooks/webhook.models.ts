import { NodeInterface } from '../common/relay/node';
import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ConnectionType } from '../common/relay/connection';

/** GraphQL names of the events; the values are the wire names (X-Alliance-Event, `type`). */
export enum WebhookEventTypeEnum {
  PRACTICE_PUBLISHED = 'practice.published',
  PRACTICE_UPDATED = 'practice.updated',
  THREAD_CREATED = 'thread.created',
  POST_CREATED = 'post.created',
  PING = 'ping',
}
registerEnumType(WebhookEventTypeEnum, {
  name: 'WebhookEventType',
  description:
    'An event a webhook delivers. Deliveries carry the wire name shown with each value (header X-Alliance-Event, body `type`).',
  valuesMap: {
    PRACTICE_PUBLISHED: {
      description: '`practice.published`: a practice the organization may see was published.',
    },
    PRACTICE_UPDATED: {
      description:
        '`practice.updated`: the content of a published practice the organization may see changed.',
    },
    THREAD_CREATED: {
      description: '`thread.created`: a discussion thread the organization may see was started.',
    },
    POST_CREATED: {
      description:
        '`post.created`: a post (including the opening post of a thread) the organization may see was written.',
    },
    PING: { description: '`ping`: a test sent by sendTestWebhook; it cannot be subscribed to.' },
  },
});

export enum WebhookDeliveryStatusEnum {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a webhook delivery stands.',
  valuesMap: {
    PENDING: { description: 'Not delivered yet: waiting for its first attempt or for a retry.' },
    SUCCEEDED: { description: 'The receiver answered with a 2xx status.' },
    FAILED: { description: 'Given up: every attempt failed, or it was not sent (see `error`).' },
  },
});

@ObjectType('Webhook', {
  implements: () => [NodeInterface],
  description: 'An HTTPS endpoint an organization registered for events (visible to its admins).',
})
export class WebhookModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  uuid: string;
  organizationId: string;

  @Field({ description: 'Where deliveries are POSTed.' })
  url: string;

  @Field(() => [WebhookEventTypeEnum], { description: 'The events it receives.' })
  events: WebhookEventTypeEnum[];

  @Field({ description: 'What it is for, in the admins’ words (may be empty).' })
  description: string;

  @Field({
    description:
      'Receives deliveries. False once disabled after repeated failures, until enabled again.',
  })
  active: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was disabled, when it was.' })
  disabledReason: string | null;

  @Field(() => Int, {
    description: 'Deliveries in a row that failed for good; at 10 the webhook is disabled.',
  })
  consecutiveFailures: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was registered.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When its settings last changed.' })
  updatedAt: Date;
}

@ObjectType('WebhookDelivery', {
  description: 'One event sent (or to be sent) to one webhook: an entry of its delivery log.',
})
export class WebhookDeliveryModel {
  @Field(() => ID, {
    description: 'Opaque global id; sent as the X-Alliance-Delivery header and the body’s `id`.',
  })
  id: string;

  @Field(() => WebhookEventTypeEnum, { description: 'The event delivered.' })
  event: WebhookEventTypeEnum;

  @Field(() => WebhookDeliveryStatusEnum, { description: 'Where it stands.' })
  status: WebhookDeliveryStatusEnum;

  @Field(() => Int, { description: 'How many times it was sent.' })
  attempts: number;

  @Field(() => Int, {
    nullable: true,
    description: 'HTTP status of the latest answer, if the receiver answered.',
  })
  responseStatus: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Milliseconds the latest attempt took until the answer (or the failure).',
  })
  responseTimeMs: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the latest attempt failed, or why it was not sent.',
  })
  error: string | null;

  @Field(() => String, { description: 'The JSON body sent (the same on every attempt).' })
  payload: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was queued.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last sent.' })
  lastAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the next attempt is due, while PENDING.',
  })
  nextAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it succeeded.' })
  deliveredAt: Date | null;
}

export const WebhookDeliveryConnection = ConnectionType(
  WebhookDeliveryModel,
  'WebhookDelivery',
  'A page of a webhook’s delivery log, newest first.',
);

@ObjectType('CreatedWebhook', {
  description: 'A webhook with its signing secret, shown this once.',
})
export class CreatedWebhookModel {
  @Field({
    description:
      'The signing secret: verify X-Alliance-Signature with it (docs/webhooks.md). Store it now; it is not shown again.',
  })
  secret: string;

  @Field(() => WebhookModel, { description: 'The webhook.' })
  webhook: WebhookModel;
}

@InputType({ description: 'A webhook’s settings.' })
export class WebhookInput {
  @Field({
    description:
      'Where to POST deliveries: an https:// URL (http://localhost only outside production).',
  })
  url: string;

  @Field(() => [WebhookEventTypeEnum], {
    description: 'The events to receive (at least one; not PING).',
  })
  events: WebhookEventTypeEnum[];

  @Field(() => String, { nullable: true, description: 'What it is for (up to 500 characters).' })
  description?: string | null;
}
