import { useTranslation } from 'react-i18next';
import { useQuery, useSubscription } from '@apollo/client/react';
import { Link } from 'react-router';
import { NotificationAddedDocument, UnreadNotificationCountDocument } from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';

/**
 * The header's bell for a signed-in user: the unread count, raised live as notifications arrive
 * (notificationAdded over the WebSocket), linking to the notifications page.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const { data, client } = useQuery(UnreadNotificationCountDocument, {
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(NotificationAddedDocument, {
    onData: () => {
      client.cache.updateQuery({ query: UnreadNotificationCountDocument }, (current) => ({
        unreadNotificationCount: (current?.unreadNotificationCount ?? 0) + 1,
      }));
    },
  });
  const count = data?.unreadNotificationCount ?? 0;

  return (
    <Link
      to="/notifications"
      className="notification-bell"
      data-testid="notification-bell"
      data-count={count}
      data-loaded={data ? 'true' : undefined}
      aria-label={t('nav.notificationsBell', { count })}
    >
      <span aria-hidden="true">🔔</span>
      {count > 0 && (
        <span className="badge badge--accent notification-bell__count" aria-hidden="true">
          {format.format(count)}
        </span>
      )}
    </Link>
  );
}
