import { useTranslation } from 'react-i18next';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import {
  ArchivePracticeDocument,
  DeletePracticeDocument,
  PublishPracticeDocument,
  RevertPracticeToDraftDocument,
  UnpublishPracticeDocument,
  type PracticeDetailsFragment,
} from '@alliance/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import type { Viewer } from '../../auth';
import { useLibraryChanged } from '../hooks/useLibraryChanged';
import { LifecycleActions } from './LifecycleActions';

interface PracticeActionsProps {
  practice: PracticeDetailsFragment;
  viewer: Viewer | null;
}

/**
 * What the practice's editors can do in its current state (edit, publish, archive, back to
 * draft, delete a never-published draft), and "Unpublish" with a reason for moderators.
 */
export function PracticeActions({ practice, viewer }: PracticeActionsProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const libraryChanged = useLibraryChanged();
  const [publish] = useMutation(PublishPracticeDocument);
  const [archive] = useMutation(ArchivePracticeDocument);
  const [revert] = useMutation(RevertPracticeToDraftDocument);
  const [remove] = useMutation(DeletePracticeDocument);
  const variables = { id: practice.id };
  const practiceRef = client.cache.identify({ __typename: 'Practice', id: practice.id });

  return (
    <LifecycleActions
      messages="practiceActions"
      item={practice}
      viewer={viewer}
      editTo={`/practices/${practice.slug}/edit`}
      publish={() => publish({ variables })}
      archive={() => archive({ variables })}
      remove={() => remove({ variables })}
      onRemoved={async () => {
        await navigate('/my/practices', { replace: true, state: { flash: 'deleted' } });
        client.cache.evict({ id: practiceRef });
        libraryChanged();
      }}
      unpublish={UnpublishPracticeDocument}
      onChanged={() => {
        // Lists, counts and the history changed with the state.
        libraryChanged();
        client.cache.evict({ id: practiceRef, fieldName: 'revisions' });
      }}
      onUnpublished={libraryChanged}
      moreActions={({ run, busy }) =>
        practice.state !== 'DRAFT' && (
          <ConfirmButton
            label={t('practiceActions.revert')}
            className="button button--secondary"
            question={t('practiceActions.revertQuestion')}
            confirmLabel={t('practiceActions.revertConfirm')}
            disabled={busy}
            onConfirm={() => run(() => revert({ variables }), t('practiceActions.reverted'))}
          />
        )
      }
    />
  );
}
