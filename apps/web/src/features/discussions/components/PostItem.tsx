import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment, useMutation } from '@apollo/client/react';
import {
  DeletePostDocument,
  EditPostDocument,
  ReactDocument,
  UnreactDocument,
  PostItemFragmentDoc,
  type PostItemFragment,
  type Reaction,
} from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';
import type { Viewer } from '../../auth';
import type { MentionCandidate } from '../mentions';
import { Composer } from './Composer';
import { FlagForm, POST_FLAG_REASONS } from './FlagForm';
import { PostBody } from './PostBody';

export const REACTIONS: readonly Reaction[] = ['USEFUL', 'INSIGHTFUL', 'THANKS'];

interface PostItemProps {
  post: PostItemFragment;
  viewer: Viewer | null;
  onReply?: (post: PostItemFragment) => void;
  /** Shown for a question's author: "Accept answer" / "Accepted answer". */
  accepted?: boolean;
  onAccept?: (post: PostItemFragment) => void;
  mentionCandidates?: MentionCandidate[];
}

/** One post: author, time, state, quoted parent, reactions and the viewer's actions. */
export function PostItem({
  post: given,
  viewer,
  onReply,
  accepted,
  onAccept,
  mentionCandidates,
}: PostItemProps) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  // The cache's current version (edits, reactions, removal, posts that arrived live).
  const cached = useFragment({
    fragment: PostItemFragmentDoc,
    fragmentName: 'PostItem',
    from: given,
  });
  const post = cached.complete ? cached.data : given;
  const [editing, setEditing] = useState(false);
  const [flagging, setFlagging] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [react] = useMutation(ReactDocument);
  const [unreact] = useMutation(UnreactDocument);
  const [editPost] = useMutation(EditPostDocument);
  const [deletePost] = useMutation(DeletePostDocument);
  const own = Boolean(viewer && post.author?.id === viewer.id);
  const author = post.author?.displayName ?? t('discussions.post.unknownAuthor');

  async function toggle(reaction: Reaction, reacted: boolean) {
    setError(null);
    const variables = { postId: post.id, reaction };
    const result = await attempt<unknown>(() =>
      reacted ? unreact({ variables }) : react({ variables }),
    );
    if (!result.ok) setError(result.error);
  }

  async function remove() {
    setError(null);
    const result = await attempt(() => deletePost({ variables: { id: post.id } }));
    if (!result.ok) setError(result.error);
  }

  return (
    <li
      className={`post card${accepted ? ' post--accepted' : ''}`}
      data-testid="post"
      data-post-id={post.id}
      id={`post-${post.id}`}
    >
      <header className="post__header">
        <strong data-testid="post-author">{author}</strong>{' '}
        <time className="muted" dateTime={post.createdAt}>
          {dates.dateTime(post.createdAt)}
        </time>
        {post.edited && <span className="muted"> · {t('discussions.post.edited')}</span>}
        {accepted && <span className="badge"> {t('discussions.post.accepted')}</span>}
      </header>
      {post.parent && (
        <blockquote className="quote post__quote" data-testid="post-quote">
          <p className="muted">
            {t('discussions.post.inReplyTo', {
              name: post.parent.author?.displayName ?? t('discussions.post.unknownAuthor'),
            })}
          </p>
          {post.parent.removed || !post.parent.body ? (
            <p className="muted">{t('discussions.post.removed')}</p>
          ) : (
            <PostBody body={post.parent.body.slice(0, 300)} />
          )}
        </blockquote>
      )}
      {post.hidden && (
        <p className="notice" data-testid="post-hidden">
          {t('discussions.post.hidden')}
          {post.hiddenReason
            ? ` ${t('discussions.post.hiddenReason', { reason: post.hiddenReason })}`
            : ''}
        </p>
      )}
      {post.removed || post.body === null || post.body === undefined ? (
        <p className="muted" data-testid="post-removed">
          {t('discussions.post.removed')}
        </p>
      ) : editing ? (
        <Composer
          label={t('discussions.post.editLabel')}
          submitLabel={t('discussions.post.save')}
          initialBody={post.body}
          mentionCandidates={mentionCandidates}
          testId="edit-composer"
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            const result = await attempt(() => editPost({ variables: { id: post.id, body } }));
            if (!result.ok) return result.error;
            setEditing(false);
            return null;
          }}
        />
      ) : (
        <PostBody body={post.body} />
      )}
      {!post.removed && (
        <div className="post__reactions" role="group" aria-label={t('discussions.post.reactions')}>
          {REACTIONS.map((reaction) => {
            const count = post.reactions.find((r) => r.reaction === reaction);
            const reacted = Boolean(count?.viewerReacted);
            return (
              <button
                key={reaction}
                type="button"
                className="button button--small button--secondary"
                aria-pressed={reacted}
                disabled={!viewer}
                data-testid={`reaction-${reaction}`}
                onClick={() => toggle(reaction, reacted)}
              >
                {t(`discussions.reactions.${reaction}`)} {count?.count ?? 0}
              </button>
            );
          })}
        </div>
      )}
      {viewer && !post.removed && !editing && (
        <div className="post__actions">
          {onReply && (
            <button type="button" className="link-button" onClick={() => onReply(post)}>
              {t('discussions.post.reply')}
            </button>
          )}
          {onAccept && (
            <button type="button" className="link-button" onClick={() => onAccept(post)}>
              {accepted ? t('discussions.post.unaccept') : t('discussions.post.accept')}
            </button>
          )}
          {own && (
            <>
              <button type="button" className="link-button" onClick={() => setEditing(true)}>
                {t('discussions.post.edit')}
              </button>
              <ConfirmButton
                label={t('discussions.post.remove')}
                question={t('discussions.post.removeQuestion')}
                confirmLabel={t('discussions.post.removeConfirm')}
                onConfirm={remove}
              />
            </>
          )}
          {!own && (
            <button type="button" className="link-button" onClick={() => setFlagging((f) => !f)}>
              {t('discussions.flag.open')}
            </button>
          )}
        </div>
      )}
      {flagging && (
        <FlagForm
          targetId={post.id}
          heading={t('discussions.flag.heading')}
          headingLevel={3}
          reasons={POST_FLAG_REASONS}
          onDone={() => {
            setFlagging(false);
            setStatus(t('discussions.flag.done'));
          }}
          onCancel={() => setFlagging(false)}
        />
      )}
      <FormError error={error} />
      <p role="status" className="status-line">
        {status}
      </p>
    </li>
  );
}
