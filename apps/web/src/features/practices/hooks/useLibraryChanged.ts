import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';

/**
 * After a practice is created, published, archived, sent back to draft, unpublished or
 * deleted, every cached list and count of practices may be wrong: forget them, so the lists
 * on screen (and those visited next) are fetched again.
 */
export function useLibraryChanged(): () => void {
  const client = useApolloClient();
  return useCallback(() => {
    const { cache } = client;
    for (const fieldName of ['practices', 'practiceStats', 'similarPractices']) {
      cache.evict({ id: 'ROOT_QUERY', fieldName });
    }
    cache.gc();
  }, [client]);
}
