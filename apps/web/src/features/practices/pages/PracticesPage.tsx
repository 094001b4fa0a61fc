import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { PracticesDocument, PracticeStatsDocument } from '@alliance/graphql';
import { CardResults } from '../../../ui/CardResults';
import { PageHeader } from '../../../ui/PageHeader';
import { PageTitle } from '../../../ui/PageTitle';
import { SortSelect } from '../../../ui/SortSelect';
import { useViewer } from '../../auth';
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
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = readLibraryFilters(params);
  const filter = toPracticeFilter(filters);
  const practices = useQuery(PracticesDocument, {
    variables: {
      first: LIBRARY_PAGE_SIZE,
      orderBy: filters.order,
      ...(filter ? { filter } : {}),
    },
    notifyOnNetworkStatusChange: true,
  });
  // Counts for the sidebar; without them the chips still work.
  const { data: statsData } = useQuery(PracticeStatsDocument);
  // While another filter loads, the previous results stay (marked busy) instead of flashing.
  const connection =
    practices.data?.practices ??
    (practices.loading ? practices.previousData?.practices : undefined);

  // A new history entry per change: the Back button undoes it.
  const onChange = (next: LibraryFilters) =>
    setParams(writeLibraryFilters(next), { flushSync: true });

  return (
    <>
      <PageTitle page={t('library.title')} />
      <PageHeader title={t('library.title')} intro={t('library.intro')}>
        {viewer && (
          <Link className="button" to="/my/practices">
            {t('library.myPractices')}
          </Link>
        )}
      </PageHeader>
      <div className="directory">
        <LibraryFiltersPanel
          filters={filters}
          stats={statsData?.practiceStats}
          onChange={onChange}
        />
        <section
          className="directory__results"
          aria-label={t('library.results')}
          aria-busy={practices.loading}
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
          <CardResults
            query={practices}
            connection={connection}
            countLabel={(values) => t('library.resultCount', values)}
            emptyLabel={t('library.empty')}
            listLabel={t('library.listLabel')}
            loadMoreLabel={t('library.loadMore')}
            shownLabel={(values) => t('library.shown', values)}
            loadErrorLabel={t('library.loadError')}
            renderCard={(practice) => (
              <PracticeCard practice={practice} canBookmark={Boolean(viewer)} />
            )}
          />
        </section>
      </div>
    </>
  );
}
