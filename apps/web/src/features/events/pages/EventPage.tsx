import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { EventPageDocument } from '@alliance/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Markdown } from '../../../ui/Markdown';
import { PageTitle } from '../../../ui/PageTitle';
import { NotFoundPage } from '../../errors';
import { EventProgramme } from '../components/EventProgramme';
import { useEventDates } from '../eventDates';

/**
 * One event: when and where, its description (sanitised markdown), and its programme — the
 * sessions under each theme with the practices and patterns presented there (only those the
 * viewer may see). Moderators edit it and its sessions here.
 */
export function EventPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const eventDates = useEventDates();
  const { data, loading, refetch } = useQuery(EventPageDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const event = data?.event;

  if (!data) {
    if (loading) return <LoadingState />;
    return <ErrorState message={t('events.loadError')} onRetry={reload} />;
  }
  if (!event) return <NotFoundPage />;

  return (
    <article className="event" data-testid="event-page">
      <PageTitle page={event.name} />
      <header className="page-header">
        <div>
          <p className="eyebrow">
            <Link to="/events">{t('events.title')}</Link>
          </p>
          <h1>{event.name}</h1>
          <p className="meta" data-testid="event-when">
            {eventDates(event.startsOn, event.endsOn)}
            {event.location && ` · ${event.location}`}
          </p>
          {event.url && /^https?:\/\//i.test(event.url) && (
            <p>
              <a href={event.url} target="_blank" rel="nofollow noopener noreferrer">
                {t('events.website')}
                <span className="visually-hidden"> {t('markdown.newTab')}</span>
              </a>
            </p>
          )}
        </div>
        {event.viewerCanEdit && (
          <Link className="button button--secondary" to={`/events/${event.slug}/edit`}>
            {t('events.edit')}
          </Link>
        )}
      </header>
      {event.description.trim() && (
        <Markdown className="markdown prose">{event.description}</Markdown>
      )}
      <p className="muted" data-testid="presentation-count" data-value={event.presentationCount}>
        {t('events.presentationCount', { count: event.presentationCount })}
      </p>
      <EventProgramme event={event} onChanged={reload} />
    </article>
  );
}
