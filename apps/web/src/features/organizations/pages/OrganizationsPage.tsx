import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { OrganizationsDocument } from '@alliance/graphql';
import { CardResults } from '../../../ui/CardResults';
import { PageHeader } from '../../../ui/PageHeader';
import { PageTitle } from '../../../ui/PageTitle';
import { useViewer } from '../../auth';
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
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const filter = toOrganizationFilter(filters);
  const organizations = useQuery(OrganizationsDocument, {
    variables: { first: DIRECTORY_PAGE_SIZE, ...(filter ? { filter } : {}) },
    notifyOnNetworkStatusChange: true,
  });
  const connection = organizations.data?.organizations;

  const onChange = (next: DirectoryFilters) =>
    setParams(writeFilters(next), { replace: true, flushSync: true });

  return (
    <>
      <PageTitle page={t('organizations.title')} />
      <PageHeader title={t('organizations.title')} intro={t('organizations.intro')}>
        {viewer && (
          <Link className="button" to="/organizations/new">
            {t('organizations.register')}
          </Link>
        )}
      </PageHeader>
      <div className="directory">
        <DirectoryFiltersForm key={filters.query} filters={filters} onChange={onChange} />
        <section
          className="directory__results"
          aria-label={t('organizations.results')}
          aria-busy={organizations.loading}
        >
          <CardResults
            query={organizations}
            connection={connection}
            countLabel={(values) => t('organizations.resultCount', values)}
            emptyLabel={t('organizations.empty')}
            listLabel={t('organizations.listLabel')}
            loadMoreLabel={t('organizations.loadMore')}
            loadErrorLabel={t('organizations.loadError')}
            gridClassName="card-grid"
            renderCard={(organization) => <OrganizationCard organization={organization} />}
          />
        </section>
      </div>
    </>
  );
}
