import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';

/**
 * After signing in or out (or anything else that changes who the viewer is), everything cached
 * may be wrong: roles, members lists, the viewer itself. Reset the store, which refetches the
 * queries on screen.
 */
export function useSessionChanged(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    // A refetch that fails shows its own error state; don't let it reject here.
    await client.resetStore().catch(() => undefined);
  }, [client]);
}
