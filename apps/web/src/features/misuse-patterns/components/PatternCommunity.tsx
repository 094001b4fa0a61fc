import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  FollowMisusePatternDocument,
  MisusePatternCommunityDocument,
  UnfollowMisusePatternDocument,
  type FlagReason,
} from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';
import type { Viewer } from '../../auth';
import { AttachedDiscussion, FlagForm, ThreadList } from '../../discussions';

/** The reasons to flag a pattern: above all, a detail that could identify a victim. */
const PATTERN_FLAG_REASONS: readonly FlagReason[] = [
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
    <FlagForm
      targetId={patternId}
      heading={t('misusePatterns.flag.heading')}
      headingLevel={2}
      reasons={PATTERN_FLAG_REASONS}
      className="form flag-form card"
      onDone={() => setDone(true)}
      onCancel={() => setOpen(false)}
    />
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
  return (
    <AttachedDiscussion
      id="pattern-discussion"
      heading={t('misusePatterns.discussion.heading')}
      composerLabel={t('misusePatterns.discussion.composerLabel')}
      submitLabel={t('misusePatterns.discussion.submit')}
      answered={Boolean(community)}
      loading={loading}
      thread={community?.discussion}
      viewer={viewer}
      subject={{ misusePatternId: patternId }}
      reload={reload}
    />
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
