import { useQuery } from '@apollo/client/react';
import { ViewerMembershipsDocument, type ViewerMembershipsQuery } from '@alliance/graphql';

export type ViewerMembership = NonNullable<ViewerMembershipsQuery['viewer']>['memberships'][number];

export interface UseViewerMemberships {
  /** The viewer's organizations with roles (empty when anonymous). */
  memberships: ViewerMembership[];
  loading: boolean;
  error: boolean;
  retry: () => void;
}

/** The signed-in viewer's organizations and roles. */
export function useViewerMemberships({ skip = false } = {}): UseViewerMemberships {
  const { data, loading, error, refetch } = useQuery(ViewerMembershipsDocument, { skip });
  return {
    memberships: data?.viewer?.memberships ?? [],
    loading: loading && !data,
    error: Boolean(error) && !data,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** Roles that may write an organization's practices. */
