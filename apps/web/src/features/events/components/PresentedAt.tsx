import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import {
  EventSessionChoicesDocument,
  MarkPresentedDocument,
  PresentedAtDocument,
  UnmarkPresentedDocument,
  type PresentationPlaceFragment,
} from '@alliance/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { SelectField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';
import { isModerator, useViewer } from '../../auth';
import { useEventDates } from '../eventDates';

interface PresentedAtProps {
  /** The global id of a Practice or a MisusePattern. */
  itemId: string;
}

/**
 * Where a practice or pattern was presented ("<event> — <session>", linking to the event), and
 * for the item's editors and moderators: mark it as presented at a session (event, then
 * session) or remove such a mark. Shows nothing to others while it was presented nowhere.
 */
export function PresentedAt({ itemId }: PresentedAtProps) {
  const { t } = useTranslation();
  const eventDates = useEventDates();
  const { viewer } = useViewer();
  const { data, refetch } = useQuery(PresentedAtDocument, {
    variables: { id: itemId },
    fetchPolicy: 'cache-and-network',
  });
  const [unmark] = useMutation(UnmarkPresentedDocument);
  const [marking, setMarking] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const headingId = useId();

  const node = data?.node;
  const item =
    node && (node.__typename === 'Practice' || node.__typename === 'MisusePattern') ? node : null;
  if (!item) return null;
  const canMark = item.viewerCanEdit || isModerator(viewer);
  if (item.presentations.length === 0 && !canMark) return null;

  const reload = () => refetch().catch(() => undefined);

  async function onUnmark(presentation: PresentationPlaceFragment) {
    setError(null);
    setStatus('');
    const result = await attempt(() => unmark({ variables: { id: presentation.id } }));
    if (!result.ok) return setError(result.error);
    await reload();
    setStatus(
      t('events.presentedAt.unmarked', {
        event: presentation.session.event.name,
        session: presentation.session.title,
      }),
    );
  }

  return (
    <section className="card" aria-labelledby={headingId} data-testid="presented-at">
      <h2 id={headingId}>{t('events.presentedAt.heading')}</h2>
      {item.presentations.length === 0 ? (
        <p className="muted">{t('events.presentedAt.none')}</p>
      ) : (
        <ul className="item-list">
          {item.presentations.map((presentation) => {
            const { session } = presentation;
            return (
              <li key={presentation.id} className="item" data-testid="presentation">
                <div className="item__main">
                  <p className="item__title">
                    <Link to={`/events/${session.event.slug}`}>{session.event.name}</Link>
                    {' — '}
                    {session.title}
                  </p>
                  <p className="item__meta">{eventDates(session.event.startsOn)}</p>
                </div>
                {presentation.viewerCanRemove && (
                  <div className="item__actions">
                    <ConfirmButton
                      label={t('events.presentedAt.unmark')}
                      ariaLabel={t('events.presentedAt.unmarkLabel', {
                        event: session.event.name,
                        session: session.title,
                      })}
                      question={t('events.presentedAt.unmarkQuestion', {
                        event: session.event.name,
                        session: session.title,
                      })}
                      confirmLabel={t('events.presentedAt.unmarkConfirm')}
                      onConfirm={() => onUnmark(presentation)}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <FormError error={error} />
      <p role="status" className="status-line" data-testid="presented-at-status">
        {status}
      </p>
      {canMark &&
        (marking ? (
          <MarkPresentedForm
            itemId={itemId}
            presentedIn={new Set(item.presentations.map((p) => p.session.id))}
            onCancel={() => setMarking(false)}
            onMarked={async (message) => {
              await reload();
              setMarking(false);
              setError(null);
              setStatus(message);
            }}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setStatus('');
                setMarking(true);
              }}
            >
              {t('events.presentedAt.mark')}
            </button>
          </p>
        ))}
    </section>
  );
}

interface MarkPresentedFormProps {
  itemId: string;
  /** Sessions the item is already marked as presented at (not offered again). */
  presentedIn: ReadonlySet<string>;
  onMarked: (status: string) => Promise<void>;
  onCancel: () => void;
}

/** Choose an event, then one of its sessions, and mark the item as presented there. */
function MarkPresentedForm({ itemId, presentedIn, onMarked, onCancel }: MarkPresentedFormProps) {
  const { t } = useTranslation();
  const eventDates = useEventDates();
  const { data, loading } = useQuery(EventSessionChoicesDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [mark, { loading: saving }] = useMutation(MarkPresentedDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [eventId, setEventId] = useState('');
  const [sessionId, setSessionId] = useState('');

  const events = data?.events.edges.map((edge) => edge.node) ?? [];
  const event = events.find((e) => e.id === eventId);
  const sessions = (event?.sessions ?? []).filter((s) => !presentedIn.has(s.id));

  async function onSubmit(submitEvent: FormEvent) {
    submitEvent.preventDefault();
    if (!event)
      return invalid([{ field: 'eventId', message: t('events.presentedAt.chooseEvent') }]);
    const session = sessions.find((s) => s.id === sessionId);
    if (!session) {
      return invalid([{ field: 'sessionId', message: t('events.presentedAt.chooseSession') }]);
    }
    clear();
    const result = await attempt(() => mark({ variables: { sessionId, itemId } }));
    if (!result.ok) return fail(result.error);
    await onMarked(t('events.presentedAt.marked', { event: event.name, session: session.title }));
  }

  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={onSubmit}
      noValidate
      aria-busy={loading || saving}
      aria-label={t('events.presentedAt.formLabel')}
      data-testid="mark-presented-form"
    >
      <FormError error={error} />
      <SelectField
        label={t('events.presentedAt.event')}
        name="eventId"
        value={eventId}
        onChange={(e) => {
          setEventId(e.target.value);
          setSessionId('');
        }}
        error={fields.eventId}
      >
        <option value="">
          {loading && events.length === 0 ? t('common.loading') : t('events.presentedAt.pickEvent')}
        </option>
        {events.map((e) => (
          <option key={e.id} value={e.id}>
            {`${e.name} (${eventDates(e.startsOn)})`}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('events.presentedAt.session')}
        name="sessionId"
        value={sessionId}
        disabled={!event}
        onChange={(e) => setSessionId(e.target.value)}
        error={fields.sessionId}
        hint={event && sessions.length === 0 ? t('events.presentedAt.noSessions') : undefined}
      >
        <option value="">{t('events.presentedAt.pickSession')}</option>
        {sessions.map((s) => (
          <option key={s.id} value={s.id}>
            {s.theme ? `${s.title} (${s.theme})` : s.title}
          </option>
        ))}
      </SelectField>
      <FormActions submitLabel={t('events.presentedAt.submit')} busy={saving} onCancel={onCancel} />
    </form>
  );
}
