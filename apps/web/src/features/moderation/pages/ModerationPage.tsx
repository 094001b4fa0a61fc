import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import {
  DismissFlagsDocument,
  HidePostDocument,
  ModerationQueueDocument,
  RestorePostDocument,
  UnpublishFlaggedPatternDocument,
  type ModerationQueueQuery,
} from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { attempt, fieldErrorMap, type ApiError } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { isModerator, RequireSignIn } from '../../auth';
import { plainExcerpt } from '../plainExcerpt';

type Item = ModerationQueueQuery['moderationQueue'][number];

const TARGET_TYPES = ['POST', 'THREAD', 'PRACTICE', 'PATTERN'] as const;

/** The moderators' queue: everything with open flags, most flagged first. */
export function ModerationPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle page={t('moderation.title')} />
      <h1>{t('moderation.title')}</h1>
      <RequireSignIn>
        {(viewer) =>
          isModerator(viewer) ? <Queue /> : <p className="notice">{t('moderation.forbidden')}</p>
        }
      </RequireSignIn>
    </>
  );
}

function Queue() {
  const { t } = useTranslation();
  const { data, loading, refetch } = useQuery(ModerationQueueDocument, {
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    if (loading) return <LoadingState />;
    return (
      <ErrorState
        message={t('moderation.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  if (data.moderationQueue.length === 0) return <p className="muted">{t('moderation.empty')}</p>;
  return (
    <ul className="item-list" data-testid="moderation-queue">
      {data.moderationQueue.map((item) => (
        <QueueItem key={item.targetId} item={item} />
      ))}
    </ul>
  );
}

function QueueItem({ item }: { item: Item }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const refetchQueries = ['ModerationQueue', 'OpenFlagCount'];
  const [hide, hiding] = useMutation(HidePostDocument);
  const [restore, restoring] = useMutation(RestorePostDocument);
  const [dismiss, dismissing] = useMutation(DismissFlagsDocument);
  const [unpublish, unpublishing] = useMutation(UnpublishFlaggedPatternDocument);
  const busy = hiding.loading || restoring.loading || dismissing.loading || unpublishing.loading;

  async function run(action: () => Promise<unknown>, needsReason: boolean) {
    setError(null);
    setStatus('');
    if (needsReason && !reason.trim()) {
      return setError({
        code: 'BAD_USER_INPUT',
        message: t('moderation.reasonRequired'),
        fieldErrors: [],
        retryAfterSeconds: null,
      });
    }
    const result = await attempt(action);
    if (!result.ok) return setError(result.error);
    setStatus(t('moderation.done'));
  }

  const id = item.targetId;
  const type = (TARGET_TYPES as readonly string[]).includes(item.targetType)
    ? t(`moderation.targetTypes.${item.targetType as (typeof TARGET_TYPES)[number]}`)
    : item.targetType;
  const isPattern = item.targetType === 'PATTERN';
  const pattern = item.misusePattern;
  // Only a published pattern can be unpublished; once it is, the flags remain to be closed.
  const canUnpublish = isPattern && pattern?.state === 'PUBLISHED';
  return (
    <li className="item item--stacked card" data-testid="moderation-item" data-target-id={id}>
      <p className="item__title">
        <span className="badge">{type}</span>{' '}
        {isPattern &&
          (pattern ? (
            <>
              <Link to={`/misuse-patterns/${encodeURIComponent(pattern.slug)}`}>
                {pattern.title}
              </Link>{' '}
            </>
          ) : (
            <>
              <span className="muted">{t('moderation.pattern.gone')}</span>{' '}
            </>
          ))}
        <FlaggedTarget item={item} />
        {t('moderation.flags', { count: item.flagCount })}
      </p>
      {item.targetType === 'POST' && item.post && <PostExcerpt post={item.post} />}
      {pattern && (
        <p className="item__meta" data-testid="moderation-pattern-state">
          {t('moderation.pattern.state', { state: t(`practiceState.${pattern.state}`) })}
        </p>
      )}
      <p className="item__meta">
        {t('moderation.since', { date: dates.dateTime(item.firstFlaggedAt) })}
      </p>
      <p>
        <strong>{t('moderation.reasons')}:</strong>{' '}
        {item.reasons.map((r) => t(`discussions.flag.reasons.${r}`)).join(', ')}
      </p>
      {item.notes.length > 0 && (
        <>
          <p>
            <strong>{t('moderation.notes')}:</strong>
          </p>
          <ul>
            {item.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </>
      )}
      {item.targetType === 'POST' && (
        <TextField
          label={t('moderation.reason')}
          value={reason}
          error={fieldErrorMap(error).reason}
          onChange={(e) => setReason(e.target.value)}
        />
      )}
      {canUnpublish && (
        <TextField
          label={t('moderation.pattern.reason')}
          value={reason}
          error={fieldErrorMap(error).reason}
          onChange={(e) => setReason(e.target.value)}
        />
      )}
      <div className="form__actions">
        {item.targetType === 'POST' && (
          <>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void run(
                  () => hide({ variables: { id, reason: reason.trim() }, refetchQueries }),
                  true,
                )
              }
            >
              {t('moderation.hide')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() =>
                void run(
                  () => restore({ variables: { id, reason: reason.trim() }, refetchQueries }),
                  true,
                )
              }
            >
              {t('moderation.restore')}
            </button>
          </>
        )}
        {canUnpublish && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(
                () => unpublish({ variables: { id, reason: reason.trim() }, refetchQueries }),
                true,
              )
            }
          >
            {t('moderation.pattern.unpublish')}
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() =>
            void run(() => dismiss({ variables: { targetId: id }, refetchQueries }), false)
          }
        >
          {t('moderation.dismiss')}
        </button>
      </div>
      <FormError error={error} />
      <p role="status" className="status-line">
        {status}
      </p>
    </li>
  );
}

/** A link to the flagged practice, thread or post (its thread's title), or that it is gone. */
function FlaggedTarget({ item }: { item: Item }) {
  const { t } = useTranslation();
  const { practice, thread, post } = item;
  let target: ReactNode = null;
  if (item.targetType === 'PRACTICE') {
    target = practice ? (
      <Link to={`/practices/${encodeURIComponent(practice.slug)}`}>{practice.title}</Link>
    ) : (
      <span className="muted">{t('moderation.practice.gone')}</span>
    );
  } else if (item.targetType === 'THREAD') {
    target = thread ? (
      <Link to={`/discussions/${thread.id}`}>{thread.title}</Link>
    ) : (
      <span className="muted">{t('moderation.thread.gone')}</span>
    );
  } else if (item.targetType === 'POST') {
    // The thread page gives each post the id post-<id>.
    target =
      post && thread ? (
        <>
          {t('moderation.post.inThread')}{' '}
          <Link to={`/discussions/${thread.id}#post-${post.id}`}>{thread.title}</Link>
        </>
      ) : (
        <span className="muted">{t('moderation.post.gone')}</span>
      );
  }
  return target && <>{target} </>;
}

/** The start of a flagged post as plain text: markdown is never rendered here. */
function PostExcerpt({ post }: { post: NonNullable<Item['post']> }) {
  const { t } = useTranslation();
  if (post.removed || post.body === null) {
    return (
      <p className="item__meta muted" data-testid="moderation-post-excerpt">
        {t('moderation.post.removed')}
      </p>
    );
  }
  return (
    <>
      {post.hidden && <p className="item__meta">{t('moderation.post.hidden')}</p>}
      <blockquote data-testid="moderation-post-excerpt">
        <p>{plainExcerpt(post.body)}</p>
      </blockquote>
    </>
  );
}
