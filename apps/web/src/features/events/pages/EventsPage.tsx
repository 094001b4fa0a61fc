import { useTranslation } from 'react-i18next';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { EventsDocument } from '@alliance/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageTitle } from '../../../ui/PageTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { isModerator } from '../../practices/components/PracticeActions';
import { useEventDates } from '../eventDates';

export const EVENTS_PAGE_SIZE = 20;

/** Conferences and meetings, newest first, with how much was presented at each. */
export function EventsPage() {
  const { t } = useTranslation();
  const eventDates = useEventDates();
  const { viewer } = useViewer();
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(EventsDocument, {
    variables: { first: EVENTS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.events;

  let body;
  if (connection) {
    body =
      connection.edges.length === 0 ? (
        <p className="muted">{t('events.empty')}</p>
      ) : (
        <>
          <ul className="item-list" aria-label={t('events.listLabel')}>
            {connection.edges.map(({ node }) => (
              <li key={node.id} className="item item--stacked" data-testid="event-item">
                <h2 className="item__title">
                  <Link to={`/events/${node.slug}`}>{node.name}</Link>
                </h2>
                <p className="item__meta">
                  {eventDates(node.startsOn, node.endsOn)}
                  {node.location && ` · ${node.location}`}
                  {' · '}
                  {t('events.presentationCount', { count: node.presentationCount })}
                </p>
              </li>
            ))}
          </ul>
          <LoadMoreButton
            pageInfo={connection.pageInfo}
            fetchMore={fetchMore}
            busy={networkStatus === NetworkStatus.fetchMore}
          />
        </>
      );
  } else if (loading) {
    body = <LoadingState />;
  } else if (error) {
    body = (
      <ErrorState
        message={t('events.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  return (
    <>
      <PageTitle page={t('events.title')} />
      <div className="page-header">
        <div>
          <h1>{t('events.title')}</h1>
          <p className="lead">{t('events.intro')}</p>
        </div>
        {isModerator(viewer) && (
          <Link className="button" to="/events/new">
            {t('events.new')}
          </Link>
        )}
      </div>
      <div aria-busy={loading}>{body}</div>
    </>
  );
}
