import { useTranslation } from 'react-i18next';

interface LoadMoreButtonProps {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | null | undefined;
  /** Apollo's fetchMore of the list's query. */
  fetchMore: (options: { variables: { after?: string | null } }) => Promise<unknown>;
  /** A page is being fetched. */
  busy?: boolean;
}

/** "Load more" under a Relay connection: fetches the page after the last cursor. */
export function LoadMoreButton({ pageInfo, fetchMore, busy }: LoadMoreButtonProps) {
  const { t } = useTranslation();
  if (!pageInfo?.hasNextPage) return null;
  return (
    <p className="actions">
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined)}
      >
        {t('common.loadMore')}
      </button>
    </p>
  );
}
