import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PracticeStatsDocument, type PracticeStatsQuery } from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryFallback } from '../../../ui/QueryFallback';
import { useLabels } from '../../../ui/taxonomy/useLabels';
import { codesOfKind, type TaxonomyKind } from '../../../ui/taxonomy/taxonomy';
import { FacetChart, taxonomyChartData, type ChartDatum } from '../components/FacetChart';
import { MisusePatternInsights } from '../components/MisusePatternInsights';

type Stats = PracticeStatsQuery['practiceStats'];
type FacetCounts = Stats['byFocusArea'];

/** Countries charted (the most practices first). */
export const TOP_COUNTRIES = 20;

/**
 * Insights: the library in charts, from one practiceStats query (published practices the
 * viewer may see): by focus area, technology, form of exploitation, owner's stakeholder type,
 * status and country; then misuse patterns by stage, technology and trend, and their gaps.
 */
export function InsightsPage() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const labels = useLabels();
  const { data, loading, error, refetch } = useQuery(PracticeStatsDocument);
  const stats = data?.practiceStats;
  /** Every value of a taxonomy (zeros too), most practices first, then in the taxonomy's order. */
  const taxonomyData = (kind: TaxonomyKind, counts: FacetCounts) =>
    taxonomyChartData(codesOfKind(kind), counts, (code) => labels.taxonomy(kind, code));

  let body;
  if (stats) {
    const facets: { id: string; title: string; category: string; data: ChartDatum[] }[] = [
      {
        id: 'focus-areas',
        title: t('insights.byFocusArea'),
        category: t('practiceField.focusAreas'),
        data: taxonomyData('focusArea', stats.byFocusArea),
      },
      {
        id: 'technologies',
        title: t('insights.byTechnology'),
        category: t('practiceField.technologies'),
        data: taxonomyData('technology', stats.byTechnology),
      },
      {
        id: 'forms',
        title: t('insights.byFormOfExploitation'),
        category: t('practiceField.formsOfExploitation'),
        data: taxonomyData('formOfExploitation', stats.byFormOfExploitation),
      },
      {
        id: 'stakeholder-types',
        title: t('insights.byStakeholderType'),
        category: t('insights.stakeholderType'),
        data: taxonomyData('stakeholderType', stats.byStakeholderType),
      },
      {
        id: 'statuses',
        title: t('insights.byStatus'),
        category: t('practiceField.status'),
        data: taxonomyData('practiceStatus', stats.byStatus),
      },
      {
        id: 'countries',
        title: t('insights.byCountry', { count: TOP_COUNTRIES }),
        category: t('insights.country'),
        data: [...stats.byCountry]
          .sort((a, b) => b.count - a.count)
          .slice(0, TOP_COUNTRIES)
          .map((c) => ({ value: c.value, label: labels.country(c.value), count: c.count })),
      },
    ];
    body = (
      <>
        <p className="lead" data-testid="insights-total" data-value={stats.total}>
          {t('insights.total', { count: stats.total, formatted: format.format(stats.total) })}{' '}
          <Link to="/practices">{t('insights.browse')}</Link>
        </p>
        <div className="chart-grid">
          {facets.map((facet) => (
            <FacetChart key={facet.id} {...facet} />
          ))}
        </div>
      </>
    );
  } else {
    body = (
      <QueryFallback
        loading={loading}
        error={error}
        errorMessage={t('insights.loadError')}
        refetch={refetch}
      />
    );
  }

  return (
    <>
      <PageTitle page={t('insights.title')} />
      <h1>{t('insights.title')}</h1>
      <p className="muted">{t('insights.intro')}</p>
      <div aria-busy={loading}>{body}</div>
      <MisusePatternInsights />
    </>
  );
}
