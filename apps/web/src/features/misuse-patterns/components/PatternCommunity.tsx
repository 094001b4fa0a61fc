import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import {
  FlagDocument,
  FollowMisusePatternDocument,
  MisusePatternCommunityDocument,
  StartThreadDocument,
  UnfollowMisusePatternDocument,
  type FlagReason,
} from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { attempt, type ApiError } from '../../../ui/errors';
import { SelectField, TextAreaField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { LoadingState } from '../../../ui/LoadingState';
import type { Viewer } from '../../auth/hooks/useViewer';
import { withNext } from '../../auth/next';
import { Composer } from '../../discussions/components/Composer';
import { ThreadDiscussion } from '../../discussions/components/ThreadDiscussion';
import { ThreadList } from '../../discussions/components/ThreadList';

const FLAG_REASONS: readonly FlagReason[] = [
  'IDENTIFIES_VICTIM',
  'ABUSIVE',
  'SPAM',
  'OFF_TOPIC',
  'OTHER',
];

/** The pattern's community data: its discussion, threads about it, and following. */
export function usePatternCommunity(slug: string) {
  return useQuery(MisusePatternCommunityDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
}

type Community = NonNullable<
  NonNullable<ReturnType<typeof usePatternCommunity>['data']>['misusePattern']
>;

/** "Follow" / "Following" with the number of followers (signed-in viewers). */
export function FollowButton({ community }: { community: Community }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const [follow, { loading: following }] = useMutation(FollowMisusePatternDocument);
  const [unfollow, { loading: unfollowing }] = useMutation(UnfollowMisusePatternDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const variables = { id: community.id };

  async function toggle() {
    setError(null);
    const result = await attempt<unknown>(() =>
      community.viewerIsFollowing ? unfollow({ variables }) : follow({ variables }),
    );
    if (!result.ok) setError(result.error);
  }

  return (
    <div className="follow">
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={community.viewerIsFollowing}
        disabled={following || unfollowing}
        onClick={() => void toggle()}
        data-testid="follow-button"
      >
        {community.viewerIsFollowing
          ? t('misusePatterns.follow.following')
          : t('misusePatterns.follow.follow')}
      </button>{' '}
      <span className="muted" data-testid="follower-count" data-value={community.followerCount}>
        {t('misusePatterns.follow.followers', {
          count: community.followerCount,
          formatted: format.format(community.followerCount),
        })}
      </span>
      <FormError error={error} />
    </div>
  );
}

/** "Flag" for moderators' review (e.g. a detail that could identify a victim). */
export function FlagPattern({ patternId }: { patternId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  if (done) {
    return (
      <p role="status" className="status-line" data-testid="flag-done">
        {t('misusePatterns.flag.done')}
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('misusePatterns.flag.open')}
      </button>
    );
  }
  return (
    <FlagForm patternId={patternId} onDone={() => setDone(true)} onCancel={() => setOpen(false)} />
  );
}

function FlagForm({
  patternId,
  onDone,
  onCancel,
}: {
  patternId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [flag, { loading }] = useMutation(FlagDocument);
  const [reason, setReason] = useState<FlagReason>('IDENTIFIES_VICTIM');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const headingId = useId();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await attempt(() =>
      flag({ variables: { targetId: patternId, reason, note: note.trim() || null } }),
    );
    if (!result.ok) return setError(result.error);
    onDone();
  }

  return (
    <form
      className="form flag-form card"
      onSubmit={onSubmit}
      aria-labelledby={headingId}
      noValidate
    >
      <h2 id={headingId}>{t('misusePatterns.flag.heading')}</h2>
      <FormError error={error} />
      <SelectField
        label={t('discussions.flag.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value as FlagReason)}
      >
        {FLAG_REASONS.map((value) => (
          <option key={value} value={value}>
            {t(`discussions.flag.reasons.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('discussions.flag.note')}
        optional
        optionalLabel={t('common.optional')}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={loading}>
          {t('discussions.flag.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

interface PatternDiscussionProps {
  patternId: string;
  community: Community | undefined;
  loading: boolean;
  viewer: Viewer | null;
  reload: () => Promise<unknown>;
}

/**
 * The pattern's own discussion: its posts (live) and a composer. Until the first post, the
 * composer starts it (startThread with the pattern and no category).
 */
export function PatternDiscussion({
  patternId,
  community,
  loading,
  viewer,
  reload,
}: PatternDiscussionProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const [startThread] = useMutation(StartThreadDocument);
  const thread = community?.discussion;

  let content;
  if (!community) {
    content = loading ? <LoadingState /> : null;
  } else if (thread) {
    content = <ThreadDiscussion thread={thread} viewer={viewer} />;
  } else if (viewer) {
    content = (
      <>
        <p className="muted">{t('discussions.thread.noPosts')}</p>
        <Composer
          label={t('misusePatterns.discussion.composerLabel')}
          submitLabel={t('misusePatterns.discussion.submit')}
          onSubmit={async (body) => {
            const result = await attempt(() =>
              startThread({ variables: { input: { misusePatternId: patternId, body } } }),
            );
            if (!result.ok) return result.error;
            await reload().catch(() => undefined);
            return null;
          }}
        />
      </>
    );
  } else {
    content = (
      <p>
        <Link to={withNext('/sign-in', location.pathname)}>
          {t('discussions.thread.signInToReply')}
        </Link>
      </p>
    );
  }

  return (
    <section
      className="practice-discussion"
      aria-labelledby="pattern-discussion-heading"
      data-testid="pattern-discussion"
    >
      <h2 id="pattern-discussion-heading">
        {t('misusePatterns.discussion.heading')}
        {thread && (
          <>
            {' '}
            <Link className="muted" to={`/discussions/${thread.id}`}>
              {t('discussions.practice.open')}
            </Link>
          </>
        )}
      </h2>
      {content}
    </section>
  );
}

/** Threads about the pattern in the forums: calls for partners and the like. */
export function RelatedThreads({ community }: { community: Community | undefined }) {
  const { t } = useTranslation();
  if (!community) return null;
  const threads = community.relatedThreads.edges.map((edge) => edge.node);
  return (
    <section
      className="card"
      aria-labelledby="related-threads-heading"
      data-testid="related-threads"
    >
      <h2 id="related-threads-heading">{t('misusePatterns.relatedThreads.heading')}</h2>
      {threads.length === 0 ? (
        <p className="muted">{t('misusePatterns.relatedThreads.none')}</p>
      ) : (
        <ThreadList threads={threads} />
      )}
    </section>
  );
}
