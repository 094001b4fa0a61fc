import { useQuery } from '@apollo/client/react';
import { ViewerDocument, type ViewerSummaryFragment } from '@alliance/graphql';

export type Viewer = ViewerSummaryFragment;

export interface UseViewer {
  /** The signed-in user; null when anonymous (or when the API could not be reached). */
  viewer: Viewer | null;
  /** True until the first answer: don't decide "signed out" before it. */
  loading: boolean;
}

/** Who is signed in, from the `viewer` query (shared through the cache by every component). */
export function useViewer(): UseViewer {
  const { data, loading } = useQuery(ViewerDocument);
  return { viewer: data?.viewer ?? null, loading: loading && !data };
}
