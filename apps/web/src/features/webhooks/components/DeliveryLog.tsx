import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { WebhookDeliveriesDocument, type WebhookDeliveriesQuery } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { WIRE_NAMES } from '../events';

export const DELIVERIES_PAGE_SIZE = 10;

type Deliveries = Extract<
  NonNullable<WebhookDeliveriesQuery['node']>,
  { deliveries: unknown }
>['deliveries'];

/** The delivery log of the query's webhook, or null (not a webhook, or not visible). */
function deliveriesOf(data: WebhookDeliveriesQuery | undefined): Deliveries | null {
  const node = data?.node;
  return node && 'deliveries' in node ? node.deliveries : null;
}

/**
 * Appends a page fetched with `after` to the pages shown. The app's cache has no field policy
 * for Webhook.deliveries (and apollo.ts is not this feature's to change), so the pages are
 * merged here, the Relay way: edges in order, the newest page's pageInfo.
 */
export function appendPage(
  previous: WebhookDeliveriesQuery,
  next: WebhookDeliveriesQuery | undefined,
): WebhookDeliveriesQuery {
  const before = deliveriesOf(previous);
  const page = deliveriesOf(next);
  if (!before || !page || !previous.node) return previous;
  const seen = new Set(before.edges.map((edge) => edge.node.id));
  return {
    ...previous,
    node: {
      ...previous.node,
      deliveries: {
        ...page,
        edges: [...before.edges, ...page.edges.filter((edge) => !seen.has(edge.node.id))],
      },
    },
  } as WebhookDeliveriesQuery;
}

/** One webhook's delivery log, newest first: status, answer, attempts, time and error. */
export function DeliveryLog({
  webhookId,
  url,
  id,
}: {
  webhookId: string;
  url: string;
  id?: string;
}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(WebhookDeliveriesDocument, {
    variables: { id: webhookId, first: DELIVERIES_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const more = useCallback(
    ({ variables }: { variables: { after?: string | null } }) =>
      fetchMore({
        variables,
        updateQuery: (previous, { fetchMoreResult }) =>
          appendPage(previous as WebhookDeliveriesQuery, fetchMoreResult),
      }),
    [fetchMore],
  );
  const log = deliveriesOf(data);
  const refreshing = networkStatus === NetworkStatus.refetch;

  let body;
  if (log) {
    body = (
      <>
        <div className="actions">
          <p role="status" className="result-count" data-testid="delivery-count">
            {t('webhooks.log.count', { count: log.totalCount })}
          </p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={reload}
            disabled={refreshing}
          >
            {t('webhooks.log.refresh')}
          </button>
        </div>
        {log.edges.length === 0 ? (
          <p className="muted">{t('webhooks.log.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="table table--dense" data-testid="webhook-deliveries">
              <caption className="visually-hidden">{t('webhooks.log.caption', { url })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.log.time')}</th>
                  <th scope="col">{t('webhooks.log.event')}</th>
                  <th scope="col">{t('webhooks.log.status')}</th>
                  <th scope="col">{t('webhooks.log.response')}</th>
                  <th scope="col">{t('webhooks.log.attempts')}</th>
                  <th scope="col">{t('webhooks.log.error')}</th>
                </tr>
              </thead>
              <tbody>
                {log.edges.map(({ node: delivery }) => (
                  <tr
                    key={delivery.id}
                    data-testid="webhook-delivery"
                    data-status={delivery.status}
                    data-event={delivery.event}
                  >
                    <td>
                      <time dateTime={delivery.createdAt}>
                        {format.dateTime(delivery.createdAt)}
                      </time>
                    </td>
                    <td>
                      {t(`webhooks.event.${delivery.event}`)}
                      <span className="cell-sub">
                        <code>{WIRE_NAMES[delivery.event]}</code>
                      </span>
                      <details>
                        <summary>{t('webhooks.log.payload')}</summary>
                        <pre className="code-block">{delivery.payload}</pre>
                      </details>
                    </td>
                    <td>
                      <span className={`badge badge--status badge--delivery-${delivery.status}`}>
                        {t(`webhooks.deliveryStatus.${delivery.status}`)}
                      </span>
                      {delivery.deliveredAt && (
                        <span className="cell-sub">
                          {t('webhooks.log.deliveredAt', {
                            date: format.dateTime(delivery.deliveredAt),
                          })}
                        </span>
                      )}
                      {delivery.status === 'PENDING' && delivery.nextAttemptAt && (
                        <span className="cell-sub">
                          {t('webhooks.log.nextAttempt', {
                            date: format.dateTime(delivery.nextAttemptAt),
                          })}
                        </span>
                      )}
                    </td>
                    <td>
                      {delivery.responseStatus ??
                        (delivery.attempts > 0 ? t('webhooks.log.noResponse') : '—')}
                      {delivery.responseTimeMs !== null &&
                        delivery.responseTimeMs !== undefined && (
                          <span className="cell-sub">
                            {t('webhooks.log.responseTime', { ms: delivery.responseTimeMs })}
                          </span>
                        )}
                    </td>
                    <td>{delivery.attempts}</td>
                    <td>{delivery.error ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <LoadMoreButton
          pageInfo={log.pageInfo}
          fetchMore={more}
          busy={networkStatus === NetworkStatus.fetchMore}
        />
      </>
    );
  } else if (error) {
    body = <ErrorState message={t('webhooks.log.loadError')} onRetry={reload} />;
  } else if (data) {
    // No such webhook any more (deleted meanwhile): nothing to show.
    body = <p className="muted">{t('webhooks.log.none')}</p>;
  } else {
    body = <LoadingState />;
  }

  return (
    <div className="webhook-log" id={id} data-testid="webhook-log">
      {body}
    </div>
  );
}
