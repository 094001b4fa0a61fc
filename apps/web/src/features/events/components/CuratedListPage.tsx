import type { ComponentProps, ReactNode } from 'react';
import { NetworkStatus } from '@apollo/client';
import { Link } from 'react-router';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryFallback } from '../../../ui/QueryFallback';
import { isModerator, useViewer } from '../../auth';

/** The parts of the list query's result (Apollo's useQuery) the page uses. */
interface ListQuery {
  loading: boolean;
  error?: unknown;
  networkStatus: NetworkStatus;
  fetchMore: ComponentProps<typeof LoadMoreButton>['fetchMore'];
  refetch: () => Promise<unknown>;
}

interface CuratedListPageProps<Node> {
  title: string;
  intro: string;
  /** Where a moderator adds one, and the button's label (shown to moderators only). */
  newPath: string;
  newLabel: string;
  query: ListQuery;
  /** The page of the list the query has loaded so far (undefined until it has). */
  connection:
    | {
        edges: readonly { node: Node }[];
        pageInfo: ComponentProps<typeof LoadMoreButton>['pageInfo'];
      }
    | undefined;
  /** Said when the list is empty. */
  emptyText: string;
  /** Said when the list cannot be loaded. */
  loadError: string;
  /** The list of the nodes loaded so far. */
  children: (nodes: Node[]) => ReactNode;
}

/**
 * A list moderators curate (events, collections): its heading with the moderators' "add" button,
 * the nodes page by page with "Load more", or the list's loading, empty or error state.
 */
export function CuratedListPage<Node>({
  title,
  intro,
  newPath,
  newLabel,
  query,
  connection,
  emptyText,
  loadError,
  children,
}: CuratedListPageProps<Node>) {
  const { viewer } = useViewer();

  let body;
  if (connection) {
    body =
      connection.edges.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <>
          {children(connection.edges.map(({ node }) => node))}
          <LoadMoreButton
            pageInfo={connection.pageInfo}
            fetchMore={query.fetchMore}
            busy={query.networkStatus === NetworkStatus.fetchMore}
          />
        </>
      );
  } else {
    body = (
      <QueryFallback
        loading={query.loading}
        error={query.error}
        errorMessage={loadError}
        refetch={query.refetch}
      />
    );
  }

  return (
    <>
      <PageTitle page={title} />
      <div className="page-header">
        <div>
          <h1>{title}</h1>
          <p className="lead">{intro}</p>
        </div>
        {isModerator(viewer) && (
          <Link className="button" to={newPath}>
            {newLabel}
          </Link>
        )}
      </div>
      <div aria-busy={query.loading}>{body}</div>
    </>
  );
}
