import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkStatus } from '@apollo/client';
import { useNumberFormat } from '../app/i18n/useNumberFormat';
import { LoadMoreButton } from './LoadMoreButton';
import { QueryFallback } from './QueryFallback';
import { ResultCount } from './ResultCount';

interface CardConnection<Node> {
  totalCount: number;
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface CardResultsProps<Node extends { id: string }> {
  /** The list's query (Apollo's useQuery result). */
  query: {
    loading: boolean;
    error?: unknown;
    networkStatus: NetworkStatus;
    refetch: () => Promise<unknown>;
    fetchMore: (options: { variables: { after?: string | null } }) => Promise<unknown>;
  };
  /** The results so far; undefined until the query has some. */
  connection: CardConnection<Node> | undefined;
  /** The number of results in words ("12 practices"); without it, no count is shown. */
  countLabel?: (values: { count: number; formatted: string }) => string;
  /** Said when nothing matches. */
  emptyLabel: string;
  /** Names the list of cards. */
  listLabel: string;
  loadMoreLabel: string;
  /** "Showing 12 of 40", beside "Load more". */
  shownLabel?: (values: { shown: string; total: string }) => string;
  /** What failed when the first page could not be loaded. */
  loadErrorLabel: string;
  gridClassName?: string;
  renderCard: (node: Node) => ReactNode;
}

/**
 * A directory's results: how many (given countLabel), a grid of cards and "Load more"; until
 * there are results, "Loading…" or what failed with "Try again".
 */
export function CardResults<Node extends { id: string }>({
  query,
  connection,
  countLabel,
  emptyLabel,
  listLabel,
  loadMoreLabel,
  shownLabel,
  loadErrorLabel,
  gridClassName = 'card-grid card-grid--wide',
  renderCard,
}: CardResultsProps<Node>) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  if (!connection) {
    return (
      <QueryFallback
        loading={query.loading}
        error={query.error}
        errorMessage={loadErrorLabel}
        refetch={query.refetch}
      />
    );
  }
  const count = connection.totalCount;
  return (
    <>
      {countLabel && (
        <ResultCount count={count}>
          {countLabel({ count, formatted: format.format(count) })}
        </ResultCount>
      )}
      {connection.edges.length === 0 ? (
        <p className="muted">{emptyLabel}</p>
      ) : (
        <ul className={gridClassName} aria-label={listLabel}>
          {connection.edges.map(({ node }) => (
            <li key={node.id}>{renderCard(node)}</li>
          ))}
        </ul>
      )}
      <LoadMoreButton
        pageInfo={connection.pageInfo}
        fetchMore={query.fetchMore}
        busy={query.networkStatus === NetworkStatus.fetchMore}
        label={loadMoreLabel}
        busyLabel={t('common.loading')}
      >
        {shownLabel && (
          <span className="muted">
            {shownLabel({
              shown: format.format(connection.edges.length),
              total: format.format(count),
            })}
          </span>
        )}
      </LoadMoreButton>
    </>
  );
}
