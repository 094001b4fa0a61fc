import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { StartThreadDocument, ThreadsDocument } from '@alliance/graphql';
import { attempt } from '../../../ui/errors';
import { LoadingState } from '../../../ui/LoadingState';
import type { Viewer } from '../../auth/hooks/useViewer';
import { withNext } from '../../auth/next';
import { Composer } from './Composer';
import { ThreadDiscussion } from './ThreadDiscussion';

/**
 * A practice's one discussion, below the practice: its posts (live) and a composer. Until the
 * first post, the composer starts the discussion (startThread with the practice).
 */
export function PracticeDiscussion({
  practiceId,
  viewer,
}: {
  practiceId: string;
  viewer: Viewer | null;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, loading, refetch } = useQuery(ThreadsDocument, {
    variables: { practiceId, first: 1 },
    fetchPolicy: 'cache-and-network',
  });
  const [startThread] = useMutation(StartThreadDocument);
  const thread = data?.threads.edges[0]?.node;

  let content;
  if (!data) {
    content = loading ? <LoadingState /> : null;
  } else if (thread) {
    content = <ThreadDiscussion thread={thread} viewer={viewer} />;
  } else if (viewer) {
    content = (
      <>
        <p className="muted">{t('discussions.thread.noPosts')}</p>
        <Composer
          label={t('discussions.practice.composerLabel')}
          submitLabel={t('discussions.practice.submit')}
          onSubmit={async (body) => {
            const result = await attempt(() =>
              startThread({ variables: { input: { practiceId, body } } }),
            );
            if (!result.ok) return result.error;
            await refetch().catch(() => undefined);
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
      aria-labelledby="practice-discussion-heading"
      data-testid="practice-discussion"
    >
      <h2 id="practice-discussion-heading">
        {t('discussions.practice.heading')}
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
