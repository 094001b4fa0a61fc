import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface LoadMoreButtonProps {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | null | undefined;
  /** Apollo's fetchMore of the list's query. */
  fetchMore: (options: { variables: { after?: string | null } }) => Promise<unknown>;
  /** A page is being fetched. */
  busy?: boolean;
  /** The button's text ("Load more practices"); "Load more" without it. */
  label?: string;
  /** The button's text while a page is fetched; without it, the text stays. */
  busyLabel?: string;
  /** Said beside the button ("Showing 12 of 40"). */
  children?: ReactNode;
}

/** "Load more" under a Relay connection: fetches the page after the last cursor. */
export function LoadMoreButton({
  pageInfo,
  fetchMore,
  busy,
  label,
  busyLabel,
  children,
}: LoadMoreButtonProps) {
  const { t } = useTranslation();
  if (!pageInfo?.hasNextPage) return null;
  return (
    <p className="actions">
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() =>
          void fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined)
        }
      >
        {busy && busyLabel ? busyLabel : (label ?? t('common.loadMore'))}
      </button>
      {children}
    </p>
  );
}
