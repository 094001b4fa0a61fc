import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadingState } from '../../../ui/LoadingState';
import { useViewer, type Viewer } from '../hooks/useViewer';
import { withNext } from '../next';

/**
 * Renders `children` for a signed-in viewer; sends anyone else to the sign-in page, which
 * brings them back here afterwards.
 */
export function RequireSignIn({ children }: { children: (viewer: Viewer) => ReactNode }) {
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (loading) return <LoadingState />;
  if (!viewer) {
    return <Navigate to={withNext('/sign-in', location.pathname + location.search)} replace />;
  }
  return <>{children(viewer)}</>;
}
