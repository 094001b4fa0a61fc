import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { SignOutDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { useSessionChanged } from './useSessionChanged';

/**
 * Signs out of this browser, goes to `to` (home by default) and forgets everything cached for
 * the old session.
 */
export function useSignOut(to = '/'): () => Promise<ApiError | null> {
  const [signOut] = useMutation(SignOutDocument);
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  return useCallback(async () => {
    const result = await attempt(() => signOut());
    if (!result.ok) return result.error;
    await navigate(to);
    await sessionChanged();
    return null;
  }, [signOut, navigate, sessionChanged, to]);
}
