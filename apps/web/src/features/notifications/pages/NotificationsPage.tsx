import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { MarkNotificationsReadDocument, NotificationsDocument } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { attempt, type ApiError } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { FormError } from '../../../ui/FormError';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { RequireSignIn } from '../../auth';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { NotificationSummary } from '../components/NotificationSummary';

const PAGE_SIZE = 20;

/** The signed-in user's notifications, newest first, with "Mark read" and "Mark all read". */
export function NotificationsPage() {
  return <RequireSignIn>{() => <Notifications />}</RequireSignIn>;
}

function Notifications() {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const { data, loading, refetch, fetchMore } = useQuery(NotificationsDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadDocument);
  const [error, setError] = useState<ApiError | null>(null);

  async function mark(ids: string[] | null) {
    setError(null);
    const result = await attempt(() =>
      markRead({
        variables: { ids },
        refetchQueries: ['Notifications', 'UnreadNotificationCount'],
        awaitRefetchQueries: true,
      }),
    );
    if (!result.ok) setError(result.error);
  }

  if (!data) {
    if (loading) return <LoadingState />;
    return (
      <ErrorState
        message={t('notifications.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  const items = data.notifications.edges.map((e) => e.node);
  const pageInfo = data.notifications.pageInfo;

  return (
    <div className="notifications" data-testid="notifications-page">
      <PageTitle page={t('notifications.title')} />
      <header className="page-header">
        <h1>{t('notifications.title')}</h1>
        {items.some((n) => !n.read) && (
          <button
            type="button"
            className="button button--secondary"
            disabled={marking}
            onClick={() => void mark(null)}
          >
            {t('notifications.markAllRead')}
          </button>
        )}
      </header>
      <FormError error={error} />
      {items.length === 0 ? (
        <p className="muted">{t('notifications.none')}</p>
      ) : (
        <ul className="item-list" data-testid="notification-list">
          {items.map((n) => (
            <li
              key={n.id}
              className={`item item--stacked${n.read ? '' : ' item--unread'}`}
              data-testid="notification"
              data-read={n.read}
            >
              <p className="item__title">
                {!n.read && <span className="badge">{t('notifications.unread')}</span>}{' '}
                <NotificationSummary notification={n} />
              </p>
              <p className="item__meta">
                {dates.dateTime(n.createdAt)}{' '}
                {!n.read && (
                  <button
                    type="button"
                    className="link-button"
                    disabled={marking}
                    onClick={() => void mark([n.id])}
                  >
                    {t('notifications.markRead')}
                  </button>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      <LoadMoreButton pageInfo={pageInfo} fetchMore={fetchMore} />
    </div>
  );
}
