import { useTranslation } from 'react-i18next';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { PracticesDocument, PracticeStatsDocument } from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { SortSelect } from '../../../ui/SortSelect';
import { PageTitle } from '../../../ui/PageTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { LibraryFiltersPanel } from '../components/LibraryFiltersPanel';
import { PracticeCard } from '../components/PracticeCard';
import {
  LIBRARY_PAGE_SIZE,
  PRACTICE_ORDERS,
  readLibraryFilters,
  toPracticeFilter,
  writeLibraryFilters,
  type LibraryFilters,
} from '../libraryFilters';

/**
 * The practice library: a sidebar of filters with counts, search, years, order and "Load more".
 * Every filter lives in the address, so a filtered view can be shared and Back undoes a change.
 */
export function PracticesPage() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = readLibraryFilters(params);
  const filter = toPracticeFilter(filters);
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(
    PracticesDocument,
    {
      variables: {
        first: LIBRARY_PAGE_SIZE,
        orderBy: filters.order,
        ...(filter ? { filter } : {}),
      },
      notifyOnNetworkStatusChange: true,
    },
  );
  // Counts for the sidebar; without them the chips still work.
  const { data: statsData } = useQuery(PracticeStatsDocument);
  // While another filter loads, the previous results stay (marked busy) instead of flashing.
  const connection = data?.practices ?? (loading ? previousData?.practices : undefined);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  // A new history entry per change: the Back button undoes it.
  const onChange = (next: LibraryFilters) =>
    setParams(writeLibraryFilters(next), { flushSync: true });
  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;
    fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
  };

  let results;
  if (connection) {
    results = (
      <>
        <p
          role="status"
          className="result-count"
          data-testid="result-count"
          data-value={connection.totalCount}
        >
          {t('library.resultCount', {
            count: connection.totalCount,
            formatted: format.format(connection.totalCount),
          })}
        </p>
        {connection.edges.length === 0 ? (
          <p className="muted">{t('library.empty')}</p>
        ) : (
          <ul className="card-grid card-grid--wide" aria-label={t('library.listLabel')}>
            {connection.edges.map(({ node }) => (
              <li key={node.id}>
                <PracticeCard practice={node} canBookmark={Boolean(viewer)} />
              </li>
            ))}
          </ul>
        )}
        {connection.pageInfo.hasNextPage && (
          <p className="actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={loadMore}
              disabled={loadingMore}
            >
              {loadingMore ? t('common.loading') : t('library.loadMore')}
            </button>
            <span className="muted">
              {t('library.shown', {
                shown: format.format(connection.edges.length),
                total: format.format(connection.totalCount),
              })}
            </span>
          </p>
        )}
      </>
    );
  } else if (loading) {
    results = <LoadingState />;
  } else if (error) {
    results = (
      <ErrorState
        message={t('library.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  return (
    <>
      <PageTitle page={t('library.title')} />
      <div className="page-header">
        <div>
          <h1>{t('library.title')}</h1>
          <p className="lead">{t('library.intro')}</p>
        </div>
        {viewer && (
          <Link className="button" to="/my/practices">
            {t('library.myPractices')}
          </Link>
        )}
      </div>
      <div className="directory">
        <LibraryFiltersPanel
          filters={filters}
          stats={statsData?.practiceStats}
          onChange={onChange}
        />
        <section
          className="directory__results"
          aria-label={t('library.results')}
          aria-busy={loading}
        >
          <div className="results-bar">
            <SortSelect
              label={t('library.sortBy')}
              value={filters.order}
              options={PRACTICE_ORDERS}
              optionLabel={(order) => t(`library.order.${order}`)}
              onChange={(order) => onChange({ ...filters, order })}
            />
          </div>
          {results}
        </section>
      </div>
    </>
  );
}
