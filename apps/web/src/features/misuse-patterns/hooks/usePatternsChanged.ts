import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';

/** The lists and counts of patterns that a new, changed or removed pattern or link affects. */
const PATTERN_LISTS = ['misusePatterns', 'misusePatternStats', 'gapMatrix'];

/**
 * After a pattern is created, published, archived, unpublished or deleted, every cached list
 * and count of patterns may be wrong: forget them, so those on screen (and those visited next)
 * are fetched again.
 */
export function usePatternsChanged(): () => void {
  const client = useApolloClient();
  return useCallback(() => {
    for (const fieldName of PATTERN_LISTS) client.cache.evict({ id: 'ROOT_QUERY', fieldName });
    client.cache.gc();
  }, [client]);
}

/**
 * After a countermeasure is linked, changed or removed: both ends' lists of countermeasures,
 * the pattern's count, and the gap matrix and pattern lists (their counts) are out of date.
 * Evicting them makes the queries on screen fetch them again, so the practice page, the
 * pattern page and the gap view all show the link without a reload.
 */
export function useCountermeasuresChanged(): (ends: {
  practiceId: string;
  patternId: string;
}) => void {
  const client = useApolloClient();
  return useCallback(
    ({ practiceId, patternId }) => {
      const { cache } = client;
      const practice = cache.identify({ __typename: 'Practice', id: practiceId });
      const pattern = cache.identify({ __typename: 'MisusePattern', id: patternId });
      cache.evict({ id: practice, fieldName: 'countermeasures' });
      cache.evict({ id: pattern, fieldName: 'countermeasures' });
      cache.evict({ id: pattern, fieldName: 'countermeasureCount' });
      for (const fieldName of PATTERN_LISTS) cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.gc();
    },
    [client],
  );
}
