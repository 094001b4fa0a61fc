import {
  OrganizationWebhooksDocument,
  WebhookDeliveriesDocument,
  type WebhookDeliveryFieldsFragment,
  type WebhookFieldsFragment,
} from '@alliance/graphql';
import { cardData } from '../../../test/organizationMocks';
import { DELIVERIES_PAGE_SIZE } from '../components/DeliveryLog';

/** A webhook as the API sends it to an admin of natco-at (organizationMocks' organization). */
export function webhookData(overrides: Partial<WebhookFieldsFragment> = {}) {
  return {
    __typename: 'Webhook' as const,
    id: 'V2ViaG9vazox',
    url: 'https://hooks.natco.example.org/alliance',
    events: ['PRACTICE_PUBLISHED', 'PRACTICE_UPDATED'] as WebhookFieldsFragment['events'],
    description: 'Feeds our case-management system',
    active: true,
    disabledReason: null as string | null,
    consecutiveFailures: 0,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** The organization's webhooks (the list on its page). */
export function webhooksMock(list: ReturnType<typeof webhookData>[], maxUsageCount = 1) {
  const organization = cardData();
  return {
    request: { query: OrganizationWebhooksDocument, variables: { slug: organization.slug } },
    result: {
      data: {
        organization: { __typename: 'Organization' as const, id: organization.id, webhooks: list },
      },
    },
    maxUsageCount,
  };
}

/** One entry of a delivery log. */
export function deliveryData(overrides: Partial<WebhookDeliveryFieldsFragment> = {}) {
  return {
    __typename: 'WebhookDelivery' as const,
    id: 'V2ViaG9va0RlbGl2ZXJ5OjE',
    event: 'PRACTICE_PUBLISHED' as WebhookDeliveryFieldsFragment['event'],
    status: 'SUCCEEDED' as WebhookDeliveryFieldsFragment['status'],
    attempts: 1,
    responseStatus: 204 as number | null,
    responseTimeMs: 87 as number | null,
    error: null as string | null,
    payload: '{"id":"V2ViaG9va0RlbGl2ZXJ5OjE","type":"practice.published"}',
    createdAt: '2026-11-29T09:12:44.000Z',
    lastAttemptAt: '2026-11-29T09:12:45.000Z' as string | null,
    nextAttemptAt: null as string | null,
    deliveredAt: '2026-11-29T09:12:45.000Z' as string | null,
    ...overrides,
  };
}

/** A page of a webhook's delivery log (the first one unless `after` is given). */
export function deliveriesMock(
  webhookId: string,
  nodes: ReturnType<typeof deliveryData>[],
  {
    after,
    totalCount = nodes.length,
    hasNextPage = false,
  }: { after?: string; totalCount?: number; hasNextPage?: boolean } = {},
) {
  const edges = nodes.map((node) => ({
    __typename: 'WebhookDeliveryEdge' as const,
    cursor: `cursor-${node.id}`,
    node,
  }));
  return {
    request: {
      query: WebhookDeliveriesDocument,
      variables: { id: webhookId, first: DELIVERIES_PAGE_SIZE, ...(after ? { after } : {}) },
    },
    result: {
      data: {
        node: {
          __typename: 'Webhook' as const,
          id: webhookId,
          deliveries: {
            __typename: 'WebhookDeliveryConnection' as const,
            totalCount,
            pageInfo: {
              __typename: 'PageInfo' as const,
              hasNextPage,
              endCursor: edges.at(-1)?.cursor ?? null,
            },
            edges,
          },
        },
      },
    },
  };
}
