import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import {
  AddEventSessionDocument,
  RemoveEventSessionDocument,
  UnmarkPresentedDocument,
  UpdateEventSessionDocument,
  type EventDetailsFragment,
  type EventSessionDetailsFragment,
  type EventSessionInput,
} from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';
import { Markdown } from '../../../ui/Markdown';
import { groupSessionsByTheme } from '../sessions';
import { LibraryItemCard } from './LibraryItemCard';
import { SessionForm, sessionFormValues } from './SessionForm';

interface EventProgrammeProps {
  event: EventDetailsFragment;
  /** Something changed that the cache cannot work out by itself (a removal): load the event again. */
  onChanged: () => void;
}

/**
 * An event's sessions grouped under its themes, each with the practices and patterns presented
 * at it; for moderators, adding, editing and removing sessions and removing presentations.
 */
export function EventProgramme({ event, onChanged }: EventProgrammeProps) {
  const { t } = useTranslation();
  const [addSession, { loading: adding }] = useMutation(AddEventSessionDocument);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [showAdd, setShowAdd] = useState(false);
  const groups = groupSessionsByTheme(event.themes, event.sessions);
  const themeTitles = event.themes.map((theme) => theme.title);

  const report = (message: string) => {
    setError(null);
    setStatus(message);
  };

  async function onAdd(input: EventSessionInput): Promise<ApiError | null> {
    setStatus('');
    const result = await attempt(() => addSession({ variables: { eventId: event.id, input } }));
    if (!result.ok) return result.error;
    setShowAdd(false);
    report(t('events.session.added', { title: input.title }));
    return null;
  }

  return (
    <div className="sections" data-testid="event-programme">
      <FormError error={error} />
      <p role="status" className="status-line" data-testid="programme-status">
        {status}
      </p>
      {event.sessions.length === 0 && <p className="muted">{t('events.noSessions')}</p>}
      {groups.map((group, index) => {
        const headingId = `theme-${index}-heading`;
        return (
          <section
            key={group.theme?.title ?? '(other)'}
            className="card"
            aria-labelledby={headingId}
            data-testid="event-theme"
          >
            <h2 id={headingId}>
              {group.theme ? (
                <>
                  <span className="eyebrow">{t('events.theme', { number: index + 1 })}</span>{' '}
                  {group.theme.title}
                </>
              ) : (
                t('events.otherSessions')
              )}
            </h2>
            {group.theme?.description.trim() && (
              <Markdown className="markdown prose">{group.theme.description}</Markdown>
            )}
            {group.sessions.length === 0 ? (
              <p className="muted">{t('events.noSessionsInTheme')}</p>
            ) : (
              <ul className="plain-list stack">
                {group.sessions.map((session) => (
                  <li key={session.id}>
                    <SessionItem
                      session={session}
                      themes={themeTitles}
                      canEdit={event.viewerCanEdit}
                      onDone={report}
                      onFailed={setError}
                      onChanged={onChanged}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {event.viewerCanEdit &&
        (showAdd ? (
          <section className="card" aria-labelledby="add-session-heading">
            <h2 id="add-session-heading">{t('events.session.addHeading')}</h2>
            <SessionForm
              themes={themeTitles}
              label={t('events.session.addHeading')}
              submitLabel={t('events.session.add')}
              busy={adding}
              onSubmit={onAdd}
              onCancel={() => setShowAdd(false)}
            />
          </section>
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setShowAdd(true)}>
              {t('events.session.addHeading')}
            </button>
          </p>
        ))}
    </div>
  );
}

interface SessionItemProps {
  session: EventSessionDetailsFragment;
  themes: readonly string[];
  canEdit: boolean;
  onDone: (status: string) => void;
  onFailed: (error: ApiError) => void;
  onChanged: () => void;
}

/** One session: when, what it was about, what was presented; a moderator's tools. */
function SessionItem({ session, themes, canEdit, onDone, onFailed, onChanged }: SessionItemProps) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const [update, { loading: saving }] = useMutation(UpdateEventSessionDocument);
  const [removeSession] = useMutation(RemoveEventSessionDocument);
  const [unmark] = useMutation(UnmarkPresentedDocument);
  const [editing, setEditing] = useState(false);
  const headingId = `session-${session.id}-heading`;

  async function onSave(input: EventSessionInput): Promise<ApiError | null> {
    const result = await attempt(() => update({ variables: { id: session.id, input } }));
    if (!result.ok) return result.error;
    setEditing(false);
    onDone(t('events.session.saved', { title: input.title }));
    return null;
  }

  async function onRemove() {
    const result = await attempt(() => removeSession({ variables: { id: session.id } }));
    if (!result.ok) return onFailed(result.error);
    onDone(t('events.session.removed', { title: session.title }));
    onChanged();
  }

  async function onUnmark(id: string, title: string) {
    const result = await attempt(() => unmark({ variables: { id } }));
    if (!result.ok) return onFailed(result.error);
    onDone(t('events.presentation.removed', { title }));
    onChanged();
  }

  const tools = canEdit && !editing && (
    <p className="item__actions">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={t('events.session.editLabel', { title: session.title })}
        onClick={() => setEditing(true)}
      >
        {t('events.session.edit')}
      </button>
      <ConfirmButton
        label={t('events.session.remove')}
        ariaLabel={t('events.session.removeLabel', { title: session.title })}
        question={t('events.session.removeQuestion', { title: session.title })}
        confirmLabel={t('events.session.removeConfirm')}
        onConfirm={onRemove}
      />
    </p>
  );

  return (
    <article
      className="item item--stacked"
      aria-labelledby={headingId}
      data-testid="event-session"
      data-session-id={session.id}
    >
      <div className="item__main">
        <h3 id={headingId} className="item__title">
          {session.title}
        </h3>
        {session.startsAt && (
          <p className="item__meta">
            <time dateTime={session.startsAt}>{dates.dateTime(session.startsAt)}</time>
          </p>
        )}
      </div>
      {tools}
      {/* Below the title row, across the whole session. */}
      <div className="stack" style={{ flexBasis: '100%', minWidth: 0 }}>
        {session.description.trim() && (
          <Markdown className="markdown prose">{session.description}</Markdown>
        )}
        {session.presentations.length > 0 ? (
          <ul
            className="card-grid"
            aria-label={t('events.presentedInSession', { title: session.title })}
          >
            {session.presentations.map((presentation) => (
              <li key={presentation.id}>
                <LibraryItemCard item={presentation.item} level={4}>
                  {presentation.viewerCanRemove && (
                    <div className="practice-card__actions">
                      <ConfirmButton
                        label={t('events.presentation.remove')}
                        ariaLabel={t('events.presentation.removeLabel', {
                          title: presentation.item.title,
                        })}
                        question={t('events.presentation.removeQuestion', {
                          title: presentation.item.title,
                        })}
                        confirmLabel={t('events.presentation.removeConfirm')}
                        onConfirm={() => onUnmark(presentation.id, presentation.item.title)}
                      />
                    </div>
                  )}
                </LibraryItemCard>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('events.nothingPresented')}</p>
        )}
        {editing && (
          <SessionForm
            themes={themes}
            initial={sessionFormValues(session)}
            label={t('events.session.editLabel', { title: session.title })}
            submitLabel={t('events.session.save')}
            busy={saving}
            onSubmit={onSave}
            onCancel={() => setEditing(false)}
          />
        )}
      </div>
    </article>
  );
}
