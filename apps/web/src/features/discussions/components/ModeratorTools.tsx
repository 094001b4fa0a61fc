import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CategoriesDocument,
  MoveThreadDocument,
  SetThreadLockedDocument,
  SetThreadPinnedDocument,
  SuspendUserDocument,
  type ThreadSummaryFragment,
} from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { SelectField, TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';

/** Lock, pin, move a thread and suspend its author: shown to moderators on the thread page. */
export function ModeratorTools({ thread }: { thread: ThreadSummaryFragment }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [setLocked] = useMutation(SetThreadLockedDocument);
  const [setPinned] = useMutation(SetThreadPinnedDocument);
  const [moveThread] = useMutation(MoveThreadDocument);
  const [suspendUser] = useMutation(SuspendUserDocument);
  const { data } = useQuery(CategoriesDocument, { skip: !thread.category });
  const [categoryId, setCategoryId] = useState(thread.category?.id ?? '');
  const [days, setDays] = useState('7');
  const [reason, setReason] = useState('');

  async function run(action: () => Promise<unknown>, done: string) {
    setError(null);
    setStatus('');
    const result = await attempt(action);
    if (!result.ok) return setError(result.error);
    setStatus(done);
  }

  function suspend(e: FormEvent) {
    e.preventDefault();
    if (!thread.author) return;
    const until = new Date(Date.now() + Number(days) * 86_400_000).toISOString();
    void run(
      () => suspendUser({ variables: { userId: thread.author!.id, until, reason } }),
      t('discussions.moderatorTools.suspended'),
    );
  }

  return (
    <section className="moderator-tools" aria-labelledby="moderator-tools-title">
      <h2 id="moderator-tools-title">{t('discussions.moderatorTools.title')}</h2>
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            void run(
              () => setLocked({ variables: { id: thread.id, locked: !thread.locked } }),
              t('discussions.moderatorTools.saved'),
            )
          }
        >
          {thread.locked
            ? t('discussions.moderatorTools.unlock')
            : t('discussions.moderatorTools.lock')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            void run(
              () => setPinned({ variables: { id: thread.id, pinned: !thread.pinned } }),
              t('discussions.moderatorTools.saved'),
            )
          }
        >
          {thread.pinned
            ? t('discussions.moderatorTools.unpin')
            : t('discussions.moderatorTools.pin')}
        </button>
      </div>
      {thread.category && data && (
        <div className="inline-form">
          <SelectField
            label={t('discussions.moderatorTools.moveTo')}
            value={categoryId}
            onChange={(e) => setCategoryId(e.target.value)}
          >
            {data.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className="button secondary"
            disabled={categoryId === thread.category.id}
            onClick={() =>
              void run(
                () => moveThread({ variables: { id: thread.id, categoryId } }),
                t('discussions.moderatorTools.saved'),
              )
            }
          >
            {t('discussions.moderatorTools.move')}
          </button>
        </div>
      )}
      {thread.author && (
        <form className="inline-form" onSubmit={suspend}>
          <TextField
            label={t('discussions.moderatorTools.suspendDays', { name: thread.author.displayName })}
            type="number"
            min={1}
            max={365}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
          <TextField
            label={t('discussions.moderatorTools.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" className="button secondary">
            {t('discussions.moderatorTools.suspend')}
          </button>
        </form>
      )}
      <FormError error={error} />
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
