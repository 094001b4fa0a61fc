import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import type { EventInput } from '@alliance/domain';
import { CreateEventDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { isModerator, RequireSignIn } from '../../auth';
import { EventForm } from '../components/EventForm';
import { useForgetLists } from '../hooks/useForgetLists';

const EVENT_LISTS = ['events'] as const;

/** A moderator adds an event; sessions are added on its page. */
export function NewEventPage() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle page={t('events.newTitle')} />
      <h1>{t('events.newTitle')}</h1>
      <RequireSignIn>
        {(viewer) =>
          isModerator(viewer) ? (
            <NewEvent />
          ) : (
            <p className="notice" role="note">
              {t('events.moderatorsOnly')}
            </p>
          )
        }
      </RequireSignIn>
    </div>
  );
}

function NewEvent() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const forgetLists = useForgetLists(EVENT_LISTS);
  const [create, { loading }] = useMutation(CreateEventDocument);

  async function onSubmit(input: EventInput): Promise<ApiError | null> {
    const result = await attempt(() => create({ variables: { input } }));
    if (!result.ok) return result.error;
    forgetLists();
    const slug = result.value.data?.createEvent.slug;
    if (slug) await navigate(`/events/${slug}`);
    return null;
  }

  return (
    <EventForm suggestSlug submitLabel={t('events.create')} busy={loading} onSubmit={onSubmit}>
      <Link to="/events">{t('common.cancel')}</Link>
    </EventForm>
  );
}
