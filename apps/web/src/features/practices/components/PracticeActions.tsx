import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import {
  ArchivePracticeDocument,
  DeletePracticeDocument,
  PublishPracticeDocument,
  RevertPracticeToDraftDocument,
  UnpublishPracticeDocument,
  type PracticeDetailsFragment,
} from '@alliance/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { TextAreaField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';
import type { Viewer } from '../../auth/hooks/useViewer';
import { useLibraryChanged } from '../hooks/useLibraryChanged';

/** The shortest reason a moderator may give (the API's rule). */
const MIN_REASON = 5;

export const isModerator = (viewer: Viewer | null) =>
  viewer?.platformRole === 'MODERATOR' || viewer?.platformRole === 'ADMIN';

interface PracticeActionsProps {
  practice: PracticeDetailsFragment;
  viewer: Viewer | null;
}

/**
 * What the practice's editors can do in its current state (edit, publish, archive, back to
 * draft, delete a never-published draft), and "Unpublish" with a reason for moderators.
 */
export function PracticeActions({ practice, viewer }: PracticeActionsProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const libraryChanged = useLibraryChanged();
  const [publish] = useMutation(PublishPracticeDocument);
  const [archive] = useMutation(ArchivePracticeDocument);
  const [revert] = useMutation(RevertPracticeToDraftDocument);
  const [remove] = useMutation(DeletePracticeDocument);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [unpublishing, setUnpublishing] = useState(false);

  const canEdit = practice.viewerCanEdit;
  const canModerate = isModerator(viewer) && practice.state === 'PUBLISHED';
  // Kept while it has something to say (a moderator's practice just left the library).
  if (!canEdit && !canModerate && !status && !error) return null;

  const variables = { id: practice.id };
  const practiceRef = client.cache.identify({ __typename: 'Practice', id: practice.id });

  async function run(action: () => Promise<unknown>, done: string) {
    setError(null);
    setStatus('');
    setBusy(true);
    const result = await attempt(action);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    // Lists, counts and the history changed with the state.
    libraryChanged();
    client.cache.evict({ id: practiceRef, fieldName: 'revisions' });
    setStatus(done);
  }

  async function onDelete() {
    setError(null);
    const result = await attempt(() => remove({ variables }));
    if (!result.ok) return setError(result.error);
    await navigate('/my/practices', { replace: true, state: { flash: 'deleted' } });
    client.cache.evict({ id: practiceRef });
    libraryChanged();
  }

  return (
    <section className="practice-actions card" aria-label={t('practiceActions.label')}>
      <FormError error={error} />
      <p role="status" className="status-line" data-testid="action-status">
        {status}
      </p>
      {canEdit && (
        <div className="actions">
          <Link className="button" to={`/practices/${practice.slug}/edit`}>
            {t('practiceActions.edit')}
          </Link>
          {practice.state === 'DRAFT' && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => run(() => publish({ variables }), t('practiceActions.published'))}
            >
              {t('practiceActions.publish')}
            </button>
          )}
          {practice.state === 'PUBLISHED' && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => run(() => archive({ variables }), t('practiceActions.archived'))}
            >
              {t('practiceActions.archive')}
            </button>
          )}
          {practice.state !== 'DRAFT' && (
            <ConfirmButton
              label={t('practiceActions.revert')}
              className="button button--secondary"
              question={t('practiceActions.revertQuestion')}
              confirmLabel={t('practiceActions.revertConfirm')}
              disabled={busy}
              onConfirm={() => run(() => revert({ variables }), t('practiceActions.reverted'))}
            />
          )}
          {practice.state === 'DRAFT' && !practice.publishedAt && (
            <ConfirmButton
              label={t('practiceActions.delete')}
              className="button button--secondary"
              question={t('practiceActions.deleteQuestion', { title: practice.title })}
              confirmLabel={t('practiceActions.deleteConfirm')}
              disabled={busy}
              onConfirm={onDelete}
            />
          )}
        </div>
      )}
      {canModerate &&
        (unpublishing ? (
          <UnpublishForm
            practiceId={practice.id}
            onDone={() => {
              setUnpublishing(false);
              libraryChanged();
              setStatus(t('practiceActions.unpublished'));
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
              {t('practiceActions.unpublish')}
            </button>
          </p>
        ))}
    </section>
  );
}

interface UnpublishFormProps {
  practiceId: string;
  onDone: () => void;
  onCancel: () => void;
}

/** Moderators: the reason the owners will read, then "Unpublish". */
function UnpublishForm({ practiceId, onDone, onCancel }: UnpublishFormProps) {
  const { t } = useTranslation();
  const [unpublish, { loading }] = useMutation(UnpublishPracticeDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [reason, setReason] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      return invalid([
        { field: 'reason', message: t('practiceActions.reasonTooShort', { min: MIN_REASON }) },
      ]);
    }
    clear();
    const result = await attempt(() =>
      unpublish({ variables: { id: practiceId, reason: reason.trim() } }),
    );
    if (!result.ok) return fail(result.error);
    onDone();
  }

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
      <FormError error={error} />
      <TextAreaField
        label={t('practiceActions.reason')}
        hint={t('practiceActions.reasonHint')}
        name="reason"
        rows={3}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fields.reason}
      />
      <div className="form__actions">
        <button type="submit" className="button button--danger" disabled={loading}>
          {t('practiceActions.unpublishConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
