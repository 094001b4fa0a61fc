import type { WebhookEventType } from '@alliance/graphql';

/** The events a webhook can subscribe to, in the order the form offers them (PING cannot be). */
export const SUBSCRIBABLE_EVENTS = [
  'PRACTICE_PUBLISHED',
  'PRACTICE_UPDATED',
  'THREAD_CREATED',
  'POST_CREATED',
] as const satisfies readonly WebhookEventType[];

/** The name deliveries carry (X-Alliance-Event, the body's `type`), as in docs/webhooks.md. */
export const WIRE_NAMES: Record<WebhookEventType, string> = {
  PING: 'ping',
  PRACTICE_PUBLISHED: 'practice.published',
  PRACTICE_UPDATED: 'practice.updated',
  THREAD_CREATED: 'thread.created',
  POST_CREATED: 'post.created',
};

/** The API's limits on WebhookInput (apps/api/src/webhooks/webhook-input.ts). */
export const WEBHOOK_URL_MAX_LENGTH = 2048;
export const WEBHOOK_DESCRIPTION_MAX_LENGTH = 500;

/** The headers of every delivery, in the order the "How to verify" note lists them. */
export const DELIVERY_HEADERS = [
  ['X-Alliance-Event', 'event'],
  ['X-Alliance-Delivery', 'delivery'],
  ['X-Alliance-Timestamp', 'timestamp'],
  ['X-Alliance-Signature', 'signature'],
] as const;

/** Events in the form's order (the API sorts them by name), anything else last. */
export function inFormOrder(events: readonly WebhookEventType[]): WebhookEventType[] {
  const rank = (event: WebhookEventType) => {
    const index = (SUBSCRIBABLE_EVENTS as readonly WebhookEventType[]).indexOf(event);
    return index === -1 ? SUBSCRIBABLE_EVENTS.length : index;
  };
  return [...events].sort((a, b) => rank(a) - rank(b));
}
