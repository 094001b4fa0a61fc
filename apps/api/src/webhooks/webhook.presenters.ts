import { toGlobalId } from '../common/relay/global-id';
import {
  type WebhookDeliveryModel,
  WebhookDeliveryStatusEnum,
  type WebhookEventTypeEnum,
  type WebhookModel,
} from './webhook.models';
import type { WebhookDeliveryRow, WebhookRow } from './webhook.service';

export const presentWebhook = (w: WebhookRow): WebhookModel => ({
  id: toGlobalId('Webhook', w.id),
  uuid: w.id,
  organizationId: w.organization_id,
  url: w.url,
  events: w.events as WebhookEventTypeEnum[],
  description: w.description,
  active: w.active,
  disabledReason: w.disabled_reason,
  consecutiveFailures: w.consecutive_failures,
  createdAt: w.created_at,
  updatedAt: w.updated_at,
});

export const presentDelivery = (d: WebhookDeliveryRow): WebhookDeliveryModel => ({
  id: toGlobalId('WebhookDelivery', d.id),
  event: d.type as WebhookEventTypeEnum,
  status: d.status as WebhookDeliveryStatusEnum,
  attempts: d.attempts,
  responseStatus: d.response_status,
  responseTimeMs: d.response_time_ms,
  error: d.error,
  payload: d.request_body,
  createdAt: d.created_at,
  lastAttemptAt: d.last_attempt_at,
  nextAttemptAt: d.status === WebhookDeliveryStatusEnum.PENDING ? d.next_attempt_at : null,
  deliveredAt: d.delivered_at,
});
