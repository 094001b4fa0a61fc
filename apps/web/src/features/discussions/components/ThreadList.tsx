import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ThreadSummaryFragment } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';

/** Threads with their counts and last activity, linking to their pages. */
export function ThreadList({ threads }: { threads: ThreadSummaryFragment[] }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  if (threads.length === 0) return <p className="muted">{t('discussions.noThreads')}</p>;
  return (
    <ul className="item-list" data-testid="thread-list">
      {threads.map((thread) => (
        <li key={thread.id} className="item item--stacked" data-testid="thread-item">
          <p className="item__title">
            {thread.pinned && <span className="badge">{t('discussions.pinned')}</span>}{' '}
            {thread.locked && <span className="badge">{t('discussions.lockedBadge')}</span>}{' '}
            {thread.kind === 'QUESTION' && (
              <span className="badge">{t('discussions.question')}</span>
            )}{' '}
            <Link to={`/discussions/${thread.id}`}>{thread.title}</Link>
            {thread.unreadCount > 0 && (
              <span className="badge badge--accent" data-testid="unread-count">
                {' '}
                {t('discussions.unread', { count: thread.unreadCount })}
              </span>
            )}
          </p>
          <p className="item__meta">
            {thread.category?.name ?? thread.practice?.title}
            {' · '}
            {t('discussions.replies', { count: thread.replyCount })}
            {' · '}
            {t('discussions.lastActivity', { date: dates.dateTime(thread.lastActivityAt) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
