import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import {
  ArchiveMisusePatternDocument,
  DeleteMisusePatternDocument,
  PublishMisusePatternDocument,
  UnpublishMisusePatternDocument,
  type MisusePatternDetailsFragment,
} from '@alliance/graphql';
import type { Viewer } from '../../auth';
import { LifecycleActions } from '../../practices';
import { usePatternsChanged } from '../hooks/usePatternsChanged';

interface PatternActionsProps {
  pattern: MisusePatternDetailsFragment;
  viewer: Viewer | null;
}

/**
 * What the pattern's editors can do in its current state (edit, publish, archive, delete a
 * never-published draft), and "Unpublish" with a reason for moderators: the practice life cycle.
 */
export function PatternActions({ pattern, viewer }: PatternActionsProps) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const patternsChanged = usePatternsChanged();
  const [publish] = useMutation(PublishMisusePatternDocument);
  const [archive] = useMutation(ArchiveMisusePatternDocument);
  const [remove] = useMutation(DeleteMisusePatternDocument);
  const variables = { id: pattern.id };

  return (
    <LifecycleActions
      messages="misusePatterns.actions"
      item={pattern}
      viewer={viewer}
      editTo={`/misuse-patterns/${pattern.slug}/edit`}
      publish={() => publish({ variables })}
      archive={() => archive({ variables })}
      remove={() => remove({ variables })}
      onRemoved={async () => {
        // Back to the organization's patterns (where the other drafts are), saying it is gone.
        await navigate('/my/misuse-patterns', { replace: true, state: { flash: 'deleted' } });
        client.cache.evict({
          id: client.cache.identify({ __typename: 'MisusePattern', id: pattern.id }),
        });
        patternsChanged();
      }}
      unpublish={UnpublishMisusePatternDocument}
      onChanged={patternsChanged}
      onUnpublished={patternsChanged}
    />
  );
}
