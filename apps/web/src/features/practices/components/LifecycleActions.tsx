import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import type { PracticeState } from '@alliance/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { TextAreaField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';
import { isModerator, type Viewer } from '../../auth';

/** Where an actions bar's words are: the practice's, or the pattern's (the same keys). */
export type ActionMessages = 'practiceActions' | 'misusePatterns.actions';

/** An unpublish mutation: the content's id, and the reason its owners will read. */
type UnpublishMutation = TypedDocumentNode<unknown, { id: string; reason: string }>;

/** Runs one action of the bar, with what it says once done. */
type Run = (action: () => Promise<unknown>, done: string) => Promise<void>;

/** The shortest reason a moderator may give (the API's rule). */
const MIN_REASON = 5;

interface LifecycleActionsProps {
  messages: ActionMessages;
  /** A practice or a misuse pattern: both go through the same life cycle. */
  item: {
    id: string;
    title: string;
    state: PracticeState;
    publishedAt?: string | null;
    viewerCanEdit: boolean;
  };
  viewer: Viewer | null;
  /** Its editor's address. */
  editTo: string;
  publish: () => Promise<unknown>;
  archive: () => Promise<unknown>;
  /** Deletes the draft (one never published). */
  remove: () => Promise<unknown>;
  /** After the draft was deleted: leave its page. */
  onRemoved: () => Promise<void>;
  unpublish: UnpublishMutation;
  /** After an action of its editors changed its state. */
  onChanged: () => void;
  /** After a moderator unpublished it. */
  onUnpublished: () => void;
  /** More of its editors' actions, after "Archive". */
  moreActions?: (actions: { run: Run; busy: boolean }) => ReactNode;
}

/**
 * What the content's editors can do in its current state (edit, publish, archive, delete a
 * never-published draft), and "Unpublish" with a reason for moderators.
 */
export function LifecycleActions({
  messages,
  item,
  viewer,
  editTo,
  publish,
  archive,
  remove,
  onRemoved,
  unpublish,
  onChanged,
  onUnpublished,
  moreActions,
}: LifecycleActionsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [unpublishing, setUnpublishing] = useState(false);

  const canEdit = item.viewerCanEdit;
  const canModerate = isModerator(viewer) && item.state === 'PUBLISHED';
  // Kept while it has something to say (a moderator's content just left the library).
  if (!canEdit && !canModerate && !status && !error) return null;

  const run: Run = async (action, done) => {
    setError(null);
    setStatus('');
    setBusy(true);
    const result = await attempt(action);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onChanged();
    setStatus(done);
  };

  async function onDelete() {
    setError(null);
    const result = await attempt(remove);
    if (!result.ok) return setError(result.error);
    await onRemoved();
  }

  return (
    <section className="practice-actions card" aria-label={t(`${messages}.label`)}>
      <FormError error={error} />
      <p role="status" className="status-line" data-testid="action-status">
        {status}
      </p>
      {canEdit && (
        <div className="actions">
          <Link className="button" to={editTo}>
            {t(`${messages}.edit`)}
          </Link>
          {item.state === 'DRAFT' && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => run(publish, t(`${messages}.published`))}
            >
              {t(`${messages}.publish`)}
            </button>
          )}
          {item.state === 'PUBLISHED' && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => run(archive, t(`${messages}.archived`))}
            >
              {t(`${messages}.archive`)}
            </button>
          )}
          {moreActions?.({ run, busy })}
          {item.state === 'DRAFT' && !item.publishedAt && (
            <ConfirmButton
              label={t(`${messages}.delete`)}
              className="button button--secondary"
              question={t(`${messages}.deleteQuestion`, { title: item.title })}
              confirmLabel={t(`${messages}.deleteConfirm`)}
              disabled={busy}
              onConfirm={onDelete}
            />
          )}
        </div>
      )}
      {canModerate &&
        (unpublishing ? (
          <UnpublishForm
            messages={messages}
            mutation={unpublish}
            id={item.id}
            onDone={() => {
              setUnpublishing(false);
              onUnpublished();
              setStatus(t(`${messages}.unpublished`));
            }}
            onCancel={() => setUnpublishing(false)}
          />
        ) : (
          <p className="actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                setStatus('');
                setUnpublishing(true);
              }}
            >
              {t(`${messages}.unpublish`)}
            </button>
          </p>
        ))}
    </section>
  );
}

interface UnpublishFormProps {
  messages: ActionMessages;
  mutation: UnpublishMutation;
  id: string;
  onDone: () => void;
  onCancel: () => void;
}

/** Moderators: the reason the owners will read, then "Unpublish". */
function UnpublishForm({ messages, mutation, id, onDone, onCancel }: UnpublishFormProps) {
  const { t } = useTranslation();
  const [unpublish, { loading }] = useMutation(mutation);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [reason, setReason] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      return invalid([
        { field: 'reason', message: t(`${messages}.reasonTooShort`, { min: MIN_REASON }) },
      ]);
    }
    clear();
    const result = await attempt(() => unpublish({ variables: { id, reason: reason.trim() } }));
    if (!result.ok) return fail(result.error);
    onDone();
  }

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
      <FormError error={error} />
      <TextAreaField
        label={t(`${messages}.reason`)}
        hint={t(`${messages}.reasonHint`)}
        name="reason"
        rows={3}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fields.reason}
      />
      <FormActions
        submitLabel={t(`${messages}.unpublishConfirm`)}
        submitClassName="button button--danger"
        busy={loading}
        onCancel={onCancel}
      />
    </form>
  );
}
