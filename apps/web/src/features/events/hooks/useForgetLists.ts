import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';

/**
 * After an event or collection is created, changed or deleted, cached lists of them (and the
 * choices of sessions) may be wrong: forget them, so they are fetched again when shown.
 */
export function useForgetLists(fieldNames: readonly ('events' | 'collections')[]): () => void {
  const client = useApolloClient();
  return useCallback(() => {
    for (const fieldName of fieldNames) client.cache.evict({ id: 'ROOT_QUERY', fieldName });
    client.cache.gc();
  }, [client, fieldNames]);
}
