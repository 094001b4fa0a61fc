import { useTranslation } from 'react-i18next';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { MisusePatternsDocument, MisusePatternFacetCountsDocument } from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { SortSelect } from '../../../ui/SortSelect';
import { useViewer } from '../../auth/hooks/useViewer';
import { MisusePatternCard } from '../components/MisusePatternCard';
import { PatternFiltersPanel } from '../components/PatternFiltersPanel';
import {
  PATTERN_ORDERS,
  PATTERN_PAGE_SIZE,
  readPatternFilters,
  toMisusePatternFilter,
  writePatternFilters,
  type PatternFilters,
} from '../patternFilters';
import '../misuse-patterns.css';

/**
 * The misuse pattern library: how traffickers misuse technology, filtered by stage, technology,
 * form of exploitation, region and trend, in an order, with "Load more". Every filter lives in
 * the address, so a view can be shared (the gap view links its cells here) and Back undoes it.
 */
export function MisusePatternsPage() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = readPatternFilters(params);
  const filter = toMisusePatternFilter(filters);
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(
    MisusePatternsDocument,
    {
      variables: {
        first: PATTERN_PAGE_SIZE,
        orderBy: filters.order,
        ...(filter ? { filter } : {}),
      },
      notifyOnNetworkStatusChange: true,
    },
  );
  // Counts for the sidebar; without them the chips still work.
  const { data: statsData } = useQuery(MisusePatternFacetCountsDocument);
  const connection = data?.misusePatterns ?? (loading ? previousData?.misusePatterns : undefined);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const onChange = (next: PatternFilters) =>
    setParams(writePatternFilters(next), { flushSync: true });
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
          {t('misusePatterns.library.resultCount', {
            count: connection.totalCount,
            formatted: format.format(connection.totalCount),
          })}
        </p>
        {connection.edges.length === 0 ? (
          <p className="muted">{t('misusePatterns.library.empty')}</p>
        ) : (
          <ul
            className="card-grid card-grid--wide"
            aria-label={t('misusePatterns.library.listLabel')}
          >
            {connection.edges.map(({ node }) => (
              <li key={node.id}>
                <MisusePatternCard pattern={node} />
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
              {loadingMore ? t('common.loading') : t('misusePatterns.library.loadMore')}
            </button>
            <span className="muted">
              {t('misusePatterns.library.shown', {
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
        message={t('misusePatterns.library.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  return (
    <>
      <PageTitle page={t('misusePatterns.library.title')} />
      <div className="page-header">
        <div>
          <h1>{t('misusePatterns.library.title')}</h1>
          <p className="lead">{t('misusePatterns.library.intro')}</p>
        </div>
        <p className="actions">
          <Link className="button button--secondary" to="/misuse-patterns/gaps">
            {t('misusePatterns.library.gapsLink')}
          </Link>
          {viewer && (
            <Link className="button" to="/misuse-patterns/new">
              {t('misusePatterns.library.new')}
            </Link>
          )}
        </p>
      </div>
      <div className="directory">
        <PatternFiltersPanel
          filters={filters}
          counts={statsData?.misusePatternStats}
          onChange={onChange}
        />
        <section
          className="directory__results"
          aria-label={t('misusePatterns.library.results')}
          aria-busy={loading}
        >
          <div className="results-bar">
            <SortSelect
              label={t('misusePatterns.library.sortBy')}
              value={filters.order}
              options={PATTERN_ORDERS}
              optionLabel={(order) => t(`misusePatterns.library.order.${order}`)}
              onChange={(order) => onChange({ ...filters, order })}
            />
          </div>
          {results}
        </section>
      </div>
    </>
  );
}
