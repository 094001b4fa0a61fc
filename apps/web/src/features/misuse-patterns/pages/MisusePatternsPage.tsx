import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { MisusePatternsDocument, MisusePatternFacetCountsDocument } from '@alliance/graphql';
import { CardResults } from '../../../ui/CardResults';
import { PageHeader } from '../../../ui/PageHeader';
import { PageTitle } from '../../../ui/PageTitle';
import { SortSelect } from '../../../ui/SortSelect';
import { useViewer } from '../../auth';
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
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = readPatternFilters(params);
  const filter = toMisusePatternFilter(filters);
  const patterns = useQuery(MisusePatternsDocument, {
    variables: {
      first: PATTERN_PAGE_SIZE,
      orderBy: filters.order,
      ...(filter ? { filter } : {}),
    },
    notifyOnNetworkStatusChange: true,
  });
  // Counts for the sidebar; without them the chips still work.
  const { data: statsData } = useQuery(MisusePatternFacetCountsDocument);
  const connection =
    patterns.data?.misusePatterns ??
    (patterns.loading ? patterns.previousData?.misusePatterns : undefined);

  const onChange = (next: PatternFilters) =>
    setParams(writePatternFilters(next), { flushSync: true });

  return (
    <>
      <PageTitle page={t('misusePatterns.library.title')} />
      <PageHeader
        title={t('misusePatterns.library.title')}
        intro={t('misusePatterns.library.intro')}
      >
        <p className="actions">
          <Link className="button button--secondary" to="/misuse-patterns/gaps">
            {t('misusePatterns.library.gapsLink')}
          </Link>
          {viewer && (
            <>
              <Link className="button button--secondary" to="/my/misuse-patterns">
                {t('misusePatterns.library.myPatterns')}
              </Link>
              <Link className="button" to="/misuse-patterns/new">
                {t('misusePatterns.library.new')}
              </Link>
            </>
          )}
        </p>
      </PageHeader>
      <div className="directory">
        <PatternFiltersPanel
          filters={filters}
          counts={statsData?.misusePatternStats}
          onChange={onChange}
        />
        <section
          className="directory__results"
          aria-label={t('misusePatterns.library.results')}
          aria-busy={patterns.loading}
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
          <CardResults
            query={patterns}
            connection={connection}
            countLabel={(values) => t('misusePatterns.library.resultCount', values)}
            emptyLabel={t('misusePatterns.library.empty')}
            listLabel={t('misusePatterns.library.listLabel')}
            loadMoreLabel={t('misusePatterns.library.loadMore')}
            shownLabel={(values) => t('misusePatterns.library.shown', values)}
            loadErrorLabel={t('misusePatterns.library.loadError')}
            renderCard={(pattern) => <MisusePatternCard pattern={pattern} />}
          />
        </section>
      </div>
    </>
  );
}
