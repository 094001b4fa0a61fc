import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  AcceptAnswerDocument,
  MarkThreadReadDocument,
  PostAddedDocument,
  PostsDocument,
  ReplyDocument,
  type PostItemFragment,
} from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { FormError } from '../../../ui/FormError';
import { LoadingState } from '../../../ui/LoadingState';
import { canAcceptAnswer, type Viewer } from '../../auth';
import type { MentionCandidate } from '../mentions';
import { Composer } from './Composer';
import { PostItem } from './PostItem';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';

export const POSTS_PAGE_SIZE = 20;

export interface DiscussionThread {
  id: string;
  kind: string;
  locked: boolean;
  author?: { id: string } | null;
  acceptedAnswer?: { id: string } | null;
}

interface ThreadDiscussionProps {
  thread: DiscussionThread;
  viewer: Viewer | null;
  /** Marks the thread read when shown to a signed-in viewer. */
  markRead?: boolean;
}

/**
 * A thread's posts, oldest first ("Load more"), with new ones appended live as they are posted
 * (postAdded over the WebSocket), and the reply composer at the bottom.
 */
export function ThreadDiscussion({ thread, viewer, markRead = true }: ThreadDiscussionProps) {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore, refetch } = useQuery(PostsDocument, {
    variables: { threadId: thread.id, first: POSTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [live, setLive] = useState<PostItemFragment[]>([]);
  const [replyTo, setReplyTo] = useState<PostItemFragment | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [reply] = useMutation(ReplyDocument);
  const [accept] = useMutation(AcceptAnswerDocument);
  const [markThreadRead] = useMutation(MarkThreadReadDocument);

  const addLive = useCallback((post: PostItemFragment) => {
    setLive((current) => (current.some((p) => p.id === post.id) ? current : [...current, post]));
  }, []);

  useSubscription(PostAddedDocument, {
    variables: { threadId: thread.id },
    onData: ({ data: result }) => {
      const post = result.data?.postAdded;
      if (post) addLive(post);
    },
  });

  useEffect(() => {
    if (!viewer || !markRead) return;
    void attempt(() => markThreadRead({ variables: { threadId: thread.id } }));
  }, [viewer, markRead, thread.id, markThreadRead, live.length]);

  const edges = data?.posts.edges;
  const posts = useMemo(() => {
    const loaded = edges?.map((e) => e.node) ?? [];
    const seen = new Set(loaded.map((p) => p.id));
    return [...loaded, ...live.filter((p) => !seen.has(p.id))];
  }, [edges, live]);
  // A link to one post (#post-<id>, e.g. from search or a notification): load pages until it
  // is there, then bring it into view — once per link.
  const { hash } = useLocation();
  const target = hash.startsWith('#post-') ? decodeURIComponent(hash.slice('#post-'.length)) : null;
  const reached = useRef<string | null>(null);
  useEffect(() => {
    const pageInfo = data?.posts.pageInfo;
    if (!target || reached.current === target || !pageInfo || loading) return;
    if (posts.some((p) => p.id === target)) {
      document.getElementById(`post-${target}`)?.scrollIntoView?.({ block: 'center' });
      reached.current = target;
    } else if (pageInfo.hasNextPage) {
      void fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => {
        reached.current = target;
      });
    } else {
      reached.current = target;
    }
  }, [target, posts, data, loading, fetchMore]);

  const candidates: MentionCandidate[] = useMemo(() => {
    const people = new Map<string, MentionCandidate>();
    for (const post of posts) {
      if (post.author && post.author.id !== viewer?.id) people.set(post.author.id, post.author);
    }
    return [...people.values()];
  }, [posts, viewer?.id]);

  if (!data) {
    if (loading) return <LoadingState />;
    if (error)
      return (
        <ErrorState message={t('discussions.thread.postsError')} onRetry={() => void refetch()} />
      );
  }
  const pageInfo = data?.posts.pageInfo;

  const canAccept = thread.kind === 'QUESTION' && canAcceptAnswer(viewer, thread.author?.id);

  async function onAccept(post: PostItemFragment) {
    setActionError(null);
    const accepted = thread.acceptedAnswer?.id === post.id;
    const result = await attempt(() =>
      accept({ variables: { threadId: thread.id, postId: accepted ? null : post.id } }),
    );
    if (!result.ok) setActionError(result.error);
  }

  return (
    <section className="thread-posts" aria-label={t('discussions.thread.posts')}>
      <FormError error={actionError} />
      {posts.length === 0 ? (
        <p className="muted" data-testid="no-posts">
          {t('discussions.thread.noPosts')}
        </p>
      ) : (
        <ol className="post-list plain-list" data-testid="post-list">
          {posts.map((post, index) => (
            <PostItem
              key={post.id}
              post={post}
              viewer={viewer}
              mentionCandidates={candidates}
              accepted={thread.acceptedAnswer?.id === post.id}
              onAccept={canAccept && index > 0 ? onAccept : undefined}
              onReply={thread.locked ? undefined : setReplyTo}
            />
          ))}
        </ol>
      )}
      <LoadMoreButton pageInfo={pageInfo} fetchMore={fetchMore} busy={loading} />
      {thread.locked && (
        <p className="notice" data-testid="thread-locked">
          {t('discussions.thread.locked')}
        </p>
      )}
      {viewer ? (
        !thread.locked && (
          <Composer
            label={t('discussions.composer.replyLabel')}
            submitLabel={t('discussions.composer.replySubmit')}
            mentionCandidates={candidates}
            context={
              replyTo && (
                <p className="notice" data-testid="replying-to">
                  {t('discussions.composer.replyingTo', {
                    name: replyTo.author?.displayName ?? t('discussions.post.unknownAuthor'),
                  })}{' '}
                  <button type="button" className="link-button" onClick={() => setReplyTo(null)}>
                    {t('common.cancel')}
                  </button>
                </p>
              )
            }
            onSubmit={async (body) => {
              const result = await attempt(() =>
                reply({ variables: { threadId: thread.id, body, parentId: replyTo?.id ?? null } }),
              );
              if (!result.ok) return result.error;
              addLive(result.value.data!.reply);
              setReplyTo(null);
              return null;
            }}
          />
        )
      ) : (
        <p className="muted">{t('discussions.thread.signInToReply')}</p>
      )}
    </section>
  );
}
