import { useTranslation } from 'react-i18next';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { OrganizationsDocument } from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { DirectoryFiltersForm } from '../components/DirectoryFiltersForm';
import { OrganizationCard } from '../components/OrganizationCard';
import {
  DIRECTORY_PAGE_SIZE,
  readFilters,
  toOrganizationFilter,
  writeFilters,
  type DirectoryFilters,
} from '../directoryFilters';

/** The organization directory: search, filters (kept in the address) and "Load more". */
export function OrganizationsPage() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const filter = toOrganizationFilter(filters);
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(
    OrganizationsDocument,
    {
      variables: { first: DIRECTORY_PAGE_SIZE, ...(filter ? { filter } : {}) },
      notifyOnNetworkStatusChange: true,
    },
  );
  const connection = data?.organizations;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const onChange = (next: DirectoryFilters) =>
    setParams(writeFilters(next), { replace: true, flushSync: true });
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
          {t('organizations.resultCount', {
            count: connection.totalCount,
            formatted: format.format(connection.totalCount),
          })}
        </p>
        {connection.edges.length === 0 ? (
          <p className="muted">{t('organizations.empty')}</p>
        ) : (
          <ul className="card-grid" aria-label={t('organizations.listLabel')}>
            {connection.edges.map(({ node }) => (
              <li key={node.id}>
                <OrganizationCard organization={node} />
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
              {loadingMore ? t('common.loading') : t('organizations.loadMore')}
            </button>
          </p>
        )}
      </>
    );
  } else if (loading) {
    results = <LoadingState />;
  } else if (error) {
    results = (
      <ErrorState
        message={t('organizations.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  return (
    <>
      <PageTitle page={t('organizations.title')} />
      <div className="page-header">
        <div>
          <h1>{t('organizations.title')}</h1>
          <p className="lead">{t('organizations.intro')}</p>
        </div>
        {viewer && (
          <Link className="button" to="/organizations/new">
            {t('organizations.register')}
          </Link>
        )}
      </div>
      <div className="directory">
        <DirectoryFiltersForm key={filters.query} filters={filters} onChange={onChange} />
        <section
          className="directory__results"
          aria-label={t('organizations.results')}
          aria-busy={loading}
        >
          {results}
        </section>
      </div>
    </>
  );
}
