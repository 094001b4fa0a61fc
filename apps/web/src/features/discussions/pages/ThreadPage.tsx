import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ThreadDocument, WatchDocument, type WatchLevel } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { SelectField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { isModerator, useViewer } from '../../auth';
import { NotFoundPage } from '../../errors';
import { ModeratorTools } from '../components/ModeratorTools';
import { ThreadDiscussion } from '../components/ThreadDiscussion';

const WATCH_LEVELS: readonly WatchLevel[] = ['NORMAL', 'WATCHING', 'MUTED'];

/** One thread: its posts (live), the reply composer, and how closely to follow it. */
export function ThreadPage() {
  const { t } = useTranslation();
  const { threadId = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, refetch } = useQuery(ThreadDocument, {
    variables: { id: threadId },
    fetchPolicy: 'cache-and-network',
  });
  const thread = data?.thread;

  if (!data) {
    if (loading) return <LoadingState />;
    return (
      <ErrorState
        message={t('discussions.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  if (!thread) return <NotFoundPage />;

  return (
    <article className="thread" data-testid="thread-page" data-thread-id={thread.id}>
      <PageTitle page={thread.title} />
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/discussions">{t('discussions.title')}</Link>
          {thread.category && (
            <>
              {' · '}
              <Link to={`/discussions/c/${thread.category.slug}`}>{thread.category.name}</Link>
            </>
          )}
          {thread.practice && (
            <>
              {' · '}
              <Link to={`/practices/${thread.practice.slug}`}>{thread.practice.title}</Link>
            </>
          )}
          {thread.misusePattern && (
            <>
              {' · '}
              {t('discussions.aboutPattern')}{' '}
              <Link to={`/misuse-patterns/${thread.misusePattern.slug}`}>
                {thread.misusePattern.title}
              </Link>
            </>
          )}
        </p>
        <h1>{thread.title}</h1>
        <p className="org-status">
          {thread.kind === 'QUESTION' && <span className="badge">{t('discussions.question')}</span>}{' '}
          {thread.pinned && <span className="badge">{t('discussions.pinned')}</span>}{' '}
          {thread.locked && <span className="badge">{t('discussions.lockedBadge')}</span>}{' '}
          {thread.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </p>
        {viewer && <WatchSelect targetId={thread.id} />}
      </header>
      {isModerator(viewer) && <ModeratorTools thread={thread} />}
      <ThreadDiscussion thread={thread} viewer={viewer} />
    </article>
  );
}

/** How closely the viewer follows the thread (the API does not say the current level). */
function WatchSelect({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const [watch] = useMutation(WatchDocument);
  const [level, setLevel] = useState<WatchLevel>('NORMAL');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');

  async function change(next: WatchLevel) {
    setLevel(next);
    setError(null);
    setStatus('');
    const result = await attempt(() => watch({ variables: { targetId, level: next } }));
    if (!result.ok) return setError(result.error);
    setStatus(t('discussions.watch.saved'));
  }

  return (
    <div className="watch-select">
      <SelectField
        label={t('discussions.watch.label')}
        value={level}
        onChange={(e) => void change(e.target.value as WatchLevel)}
      >
        {WATCH_LEVELS.map((value) => (
          <option key={value} value={value}>
            {t(`discussions.watch.levels.${value}`)}
          </option>
        ))}
      </SelectField>
      <FormError error={error} />
      <p role="status" className="status-line">
        {status}
      </p>
    </div>
  );
}
