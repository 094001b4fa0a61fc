import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { EventsDocument } from '@alliance/graphql';
import { CuratedListPage } from '../components/CuratedListPage';
import { useEventDates } from '../eventDates';

export const EVENTS_PAGE_SIZE = 20;

/** Conferences and meetings, newest first, with how much was presented at each. */
export function EventsPage() {
  const { t } = useTranslation();
  const eventDates = useEventDates();
  const query = useQuery(EventsDocument, {
    variables: { first: EVENTS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });

  return (
    <CuratedListPage
      title={t('events.title')}
      intro={t('events.intro')}
      newPath="/events/new"
      newLabel={t('events.new')}
      query={query}
      connection={query.data?.events}
      emptyText={t('events.empty')}
      loadError={t('events.loadError')}
    >
      {(events) => (
        <ul className="item-list" aria-label={t('events.listLabel')}>
          {events.map((event) => (
            <li key={event.id} className="item item--stacked" data-testid="event-item">
              <h2 className="item__title">
                <Link to={`/events/${event.slug}`}>{event.name}</Link>
              </h2>
              <p className="item__meta">
                {eventDates(event.startsOn, event.endsOn)}
                {event.location && ` · ${event.location}`}
                {' · '}
                {t('events.presentationCount', { count: event.presentationCount })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </CuratedListPage>
  );
}
