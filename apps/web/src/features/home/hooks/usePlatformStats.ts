import { useCallback } from 'react';
import { useQuery } from '@apollo/client/react';
import { PlatformStatsDocument, type PlatformStatsQuery } from '@alliance/graphql';

export type PlatformStats = PlatformStatsQuery['platformStats'];

export interface UsePlatformStats {
  stats: PlatformStats | undefined;
  loading: boolean;
  error: boolean;
  /** Fetch the figures again (the "Try again" button). */
  retry: () => void;
}

/** The home page figures from `platformStats`, with loading and error flags. */
export function usePlatformStats(): UsePlatformStats {
  const { data, loading, error, refetch } = useQuery(PlatformStatsDocument, {
    notifyOnNetworkStatusChange: true,
  });
  const retry = useCallback(() => {
    // A failed refetch is reported through `error`; don't let its promise reject unhandled.
    refetch().catch(() => undefined);
  }, [refetch]);
  return { stats: data?.platformStats, loading, error: Boolean(error), retry };
}
