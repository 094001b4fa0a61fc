import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import {
  ArchiveMisusePatternDocument,
  DeleteMisusePatternDocument,
  PublishMisusePatternDocument,
  UnpublishMisusePatternDocument,
  type MisusePatternDetailsFragment,
} from '@alliance/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { TextAreaField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';
import type { Viewer } from '../../auth/hooks/useViewer';
import { isModerator } from '../../practices/components/PracticeActions';
import { usePatternsChanged } from '../hooks/usePatternsChanged';

/** The shortest reason a moderator may give (the API's rule, as for practices). */
const MIN_REASON = 5;

interface PatternActionsProps {
  pattern: MisusePatternDetailsFragment;
  viewer: Viewer | null;
}

/**
 * What the pattern's editors can do in its current state (edit, publish, archive, delete a
 * never-published draft), and "Unpublish" with a reason for moderators.
 */
export function PatternActions({ pattern, viewer }: PatternActionsProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const patternsChanged = usePatternsChanged();
  const [publish] = useMutation(PublishMisusePatternDocument);
  const [archive] = useMutation(ArchiveMisusePatternDocument);
  const [remove] = useMutation(DeleteMisusePatternDocument);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [unpublishing, setUnpublishing] = useState(false);

  const canEdit = pattern.viewerCanEdit;
  const canModerate = isModerator(viewer) && pattern.state === 'PUBLISHED';
  if (!canEdit && !canModerate && !status && !error) return null;

  const variables = { id: pattern.id };

  async function run(action: () => Promise<unknown>, done: string) {
    setError(null);
    setStatus('');
    setBusy(true);
    const result = await attempt(action);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    patternsChanged();
    setStatus(done);
  }

  async function onDelete() {
    setError(null);
    const result = await attempt(() => remove({ variables }));
    if (!result.ok) return setError(result.error);
    await navigate('/misuse-patterns', { replace: true });
    client.cache.evict({
      id: client.cache.identify({ __typename: 'MisusePattern', id: pattern.id }),
    });
    patternsChanged();
  }

  return (
    <section className="practice-actions card" aria-label={t('misusePatterns.actions.label')}>
      <FormError error={error} />
      <p role="status" className="status-line" data-testid="action-status">
        {status}
      </p>
      {canEdit && (
        <div className="actions">
          <Link className="button" to={`/misuse-patterns/${pattern.slug}/edit`}>
            {t('misusePatterns.actions.edit')}
          </Link>
          {pattern.state === 'DRAFT' && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                run(() => publish({ variables }), t('misusePatterns.actions.published'))
              }
            >
              {t('misusePatterns.actions.publish')}
            </button>
          )}
          {pattern.state === 'PUBLISHED' && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() =>
                run(() => archive({ variables }), t('misusePatterns.actions.archived'))
              }
            >
              {t('misusePatterns.actions.archive')}
            </button>
          )}
          {pattern.state === 'DRAFT' && !pattern.publishedAt && (
            <ConfirmButton
              label={t('misusePatterns.actions.delete')}
              className="button button--secondary"
              question={t('misusePatterns.actions.deleteQuestion', { title: pattern.title })}
              confirmLabel={t('misusePatterns.actions.deleteConfirm')}
              disabled={busy}
              onConfirm={onDelete}
            />
          )}
        </div>
      )}
      {canModerate &&
        (unpublishing ? (
          <UnpublishForm
            patternId={pattern.id}
            onDone={() => {
              setUnpublishing(false);
              patternsChanged();
              setStatus(t('misusePatterns.actions.unpublished'));
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
              {t('misusePatterns.actions.unpublish')}
            </button>
          </p>
        ))}
    </section>
  );
}

interface UnpublishFormProps {
  patternId: string;
  onDone: () => void;
  onCancel: () => void;
}

/** Moderators: the reason the owners will read, then "Unpublish". */
function UnpublishForm({ patternId, onDone, onCancel }: UnpublishFormProps) {
  const { t } = useTranslation();
  const [unpublish, { loading }] = useMutation(UnpublishMisusePatternDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [reason, setReason] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      return invalid([
        {
          field: 'reason',
          message: t('misusePatterns.actions.reasonTooShort', { min: MIN_REASON }),
        },
      ]);
    }
    clear();
    const result = await attempt(() =>
      unpublish({ variables: { id: patternId, reason: reason.trim() } }),
    );
    if (!result.ok) return fail(result.error);
    onDone();
  }

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
      <FormError error={error} />
      <TextAreaField
        label={t('misusePatterns.actions.reason')}
        hint={t('misusePatterns.actions.reasonHint')}
        name="reason"
        rows={3}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fields.reason}
      />
      <div className="form__actions">
        <button type="submit" className="button button--danger" disabled={loading}>
          {t('misusePatterns.actions.unpublishConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
