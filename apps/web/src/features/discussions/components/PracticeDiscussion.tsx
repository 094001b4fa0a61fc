import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { ThreadsDocument } from '@alliance/graphql';
import type { Viewer } from '../../auth';
import { AttachedDiscussion } from './AttachedDiscussion';

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
  const { data, loading, refetch } = useQuery(ThreadsDocument, {
    variables: { practiceId, first: 1 },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <AttachedDiscussion
      id="practice-discussion"
      heading={t('discussions.practice.heading')}
      composerLabel={t('discussions.practice.composerLabel')}
      submitLabel={t('discussions.practice.submit')}
      answered={Boolean(data)}
      loading={loading}
      thread={data?.threads.edges[0]?.node}
      viewer={viewer}
      subject={{ practiceId }}
      reload={refetch}
    />
  );
}
