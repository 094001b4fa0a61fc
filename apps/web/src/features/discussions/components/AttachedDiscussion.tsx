import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { StartThreadDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { LoadingState } from '../../../ui/LoadingState';
import { type Viewer, withNext } from '../../auth';
import { Composer } from './Composer';
import { ThreadDiscussion, type DiscussionThread } from './ThreadDiscussion';

interface AttachedDiscussionProps {
  /** The section's test id, and its heading's id with "-heading" ("practice-discussion"). */
  id: string;
  heading: string;
  composerLabel: string;
  submitLabel: string;
  /** Whether the query for the discussion has answered yet. */
  answered: boolean;
  loading: boolean;
  /** The discussion, once it has a first post. */
  thread: DiscussionThread | null | undefined;
  viewer: Viewer | null;
  /** What the discussion is about, for the first post to start it (startThread's input). */
  subject: { practiceId: string } | { misusePatternId: string };
  /** Fetches the discussion again once it has started. */
  reload: () => Promise<unknown>;
}

/**
 * The one discussion of a practice or a misuse pattern, below it: its posts (live) and a
 * composer. Until the first post, the composer starts the discussion.
 */
export function AttachedDiscussion({
  id,
  heading,
  composerLabel,
  submitLabel,
  answered,
  loading,
  thread,
  viewer,
  subject,
  reload,
}: AttachedDiscussionProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const [startThread] = useMutation(StartThreadDocument);

  async function start(body: string): Promise<ApiError | null> {
    const result = await attempt(() => startThread({ variables: { input: { ...subject, body } } }));
    if (!result.ok) return result.error;
    await reload().catch(() => undefined);
    return null;
  }

  let content;
  if (!answered) {
    content = loading ? <LoadingState /> : null;
  } else if (thread) {
    content = <ThreadDiscussion thread={thread} viewer={viewer} />;
  } else if (viewer) {
    content = (
      <>
        <p className="muted">{t('discussions.thread.noPosts')}</p>
        <Composer label={composerLabel} submitLabel={submitLabel} onSubmit={start} />
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
    <section className="practice-discussion" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`}>
        {heading}
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
