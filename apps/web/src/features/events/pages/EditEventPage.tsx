import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import type { EventInput } from '@alliance/domain';
import {
  DeleteEventDocument,
  EventPageDocument,
  UpdateEventDocument,
  type EventDetailsFragment,
} from '@alliance/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { FormError } from '../../../ui/FormError';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { NotFoundPage } from '../../errors';
import { EventForm, type EventFormValues } from '../components/EventForm';
import { useForgetLists } from '../hooks/useForgetLists';

const EVENT_LISTS = ['events'] as const;

function formValues(event: EventDetailsFragment): EventFormValues {
  return {
    name: event.name,
    slug: event.slug,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    location: event.location,
    url: event.url ?? '',
    description: event.description,
    themes: event.themes.map(({ title, description }) => ({ title, description })),
  };
}

/** A moderator changes an event's details and themes, or deletes it. */
export function EditEventPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, loading, refetch } = useQuery(EventPageDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const event = data?.event;

  if (!data) {
    if (loading) return <LoadingState />;
    return (
      <ErrorState
        message={t('events.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  if (!event) return <NotFoundPage />;

  return (
    <div className="narrow">
      <PageTitle page={t('events.editTitle', { name: event.name })} />
      <p className="eyebrow">{event.name}</p>
      <h1>{t('events.edit')}</h1>
      {event.viewerCanEdit ? (
        <EditEvent event={event} />
      ) : (
        <p className="notice" role="note">
          {t('events.moderatorsOnly')}
        </p>
      )}
    </div>
  );
}

function EditEvent({ event }: { event: EventDetailsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const forgetLists = useForgetLists(EVENT_LISTS);
  const [update, { loading }] = useMutation(UpdateEventDocument);
  const [remove] = useMutation(DeleteEventDocument);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);

  async function onSubmit(input: EventInput): Promise<ApiError | null> {
    const result = await attempt(() => update({ variables: { id: event.id, input } }));
    if (!result.ok) return result.error;
    forgetLists();
    await navigate(`/events/${result.value.data?.updateEvent.slug ?? event.slug}`);
    return null;
  }

  async function onDelete() {
    setDeleteError(null);
    const result = await attempt(() => remove({ variables: { id: event.id } }));
    if (!result.ok) return setDeleteError(result.error);
    forgetLists();
    await navigate('/events', { replace: true });
  }

  return (
    <>
      <EventForm
        initial={formValues(event)}
        submitLabel={t('events.save')}
        busy={loading}
        onSubmit={onSubmit}
      >
        <Link to={`/events/${event.slug}`}>{t('common.cancel')}</Link>
      </EventForm>
      <section className="form-section" aria-labelledby="delete-event-heading">
        <h2 id="delete-event-heading">{t('events.deleteHeading')}</h2>
        <p className="muted">{t('events.deleteHint')}</p>
        <FormError error={deleteError} />
        <ConfirmButton
          label={t('events.delete')}
          question={t('events.deleteQuestion', { name: event.name })}
          confirmLabel={t('events.deleteConfirm')}
          className="button button--danger"
          onConfirm={onDelete}
        />
      </section>
    </>
  );
}
