import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { GapSummaryDocument, MisusePatternStatsDocument } from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { QueryFallback } from '../../../ui/QueryFallback';
import { patternCodes } from '../../../ui/taxonomy/patternTaxonomy';
import { usePatternLabels } from '../../../ui/taxonomy/usePatternLabels';
import { FacetChart, taxonomyChartData } from './FacetChart';

/** Patterns without a countermeasure listed by name (the gap view lists them all). */
export const GAP_PATTERNS_SHOWN = 5;
/** Cells of the matrix named as the widest gaps. */
export const GAP_CELLS_SHOWN = 3;

/**
 * Insights on misuse patterns (those the viewer may see): how many there are, charts by stage,
 * technology and trend, and a summary of the gaps — the stage × technology cells with patterns
 * and no countermeasure, and patterns nothing counters yet, with a way to the gap view.
 */
export function MisusePatternInsights() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const label = usePatternLabels();
  const { data, loading, error, refetch } = useQuery(MisusePatternStatsDocument);
  const stats = data?.misusePatternStats;

  let body;
  if (stats) {
    const charts = [
      {
        id: 'pattern-stages',
        kind: 'stage',
        counts: stats.byStage,
        title: t('patternInsights.byStage'),
        category: t('patternInsights.stage'),
      },
      {
        id: 'pattern-technologies',
        kind: 'technology',
        counts: stats.byTechnology,
        title: t('patternInsights.byTechnology'),
        category: t('patternInsights.technology'),
      },
      {
        id: 'pattern-trends',
        kind: 'trend',
        counts: stats.byTrend,
        title: t('patternInsights.byTrend'),
        category: t('patternInsights.trend'),
      },
    ] as const;
    body = (
      <>
        <p className="lead" data-testid="pattern-insights-total" data-value={stats.total}>
          {t('patternInsights.total', {
            count: stats.total,
            formatted: format.format(stats.total),
          })}{' '}
          {t('patternInsights.countered', {
            count: stats.countermeasureCount,
            formatted: format.format(stats.countermeasureCount),
          })}{' '}
          <Link to="/misuse-patterns">{t('patternInsights.browse')}</Link>
        </p>
        <div className="chart-grid">
          {charts.map(({ id, kind, counts, title, category }) => (
            <FacetChart
              key={id}
              id={id}
              title={title}
              category={category}
              measure={t('patternInsights.patterns')}
              headingLevel={3}
              data={taxonomyChartData(patternCodes(kind), counts, (code) => label(kind, code))}
            />
          ))}
        </div>
        <GapSummary />
      </>
    );
  } else {
    body = (
      <QueryFallback
        loading={loading}
        error={error}
        errorMessage={t('patternInsights.loadError')}
        refetch={refetch}
      />
    );
  }

  return (
    <section
      className="sections"
      aria-labelledby="pattern-insights-heading"
      aria-busy={loading}
      data-testid="pattern-insights"
    >
      <h2 id="pattern-insights-heading">{t('patternInsights.heading')}</h2>
      <p className="muted">{t('patternInsights.intro')}</p>
      {body}
    </section>
  );
}

/** The widest gaps of the matrix and the patterns without any countermeasure. */
function GapSummary() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const label = usePatternLabels();
  const { data } = useQuery(GapSummaryDocument, { variables: { first: GAP_PATTERNS_SHOWN } });
  if (!data) return null;
  const { gapMatrix, misusePatterns } = data;
  const openCells = gapMatrix.cells
    .filter((cell) => cell.patternCount > 0 && cell.countermeasureCount === 0)
    .sort((a, b) => b.patternCount - a.patternCount)
    .slice(0, GAP_CELLS_SHOWN);
  const more = misusePatterns.totalCount - misusePatterns.nodes.length;

  return (
    <section className="card" aria-labelledby="gap-summary-heading" data-testid="gap-summary">
      <h3 id="gap-summary-heading">{t('patternInsights.gaps.heading')}</h3>
      <p data-testid="gap-uncountered" data-value={gapMatrix.uncounteredPatternCount}>
        {t('patternInsights.gaps.uncountered', {
          count: gapMatrix.patternCount,
          uncountered: format.format(gapMatrix.uncounteredPatternCount),
          formatted: format.format(gapMatrix.patternCount),
        })}
      </p>
      {openCells.length > 0 && (
        <>
          <h4 id="gap-cells-heading">{t('patternInsights.gaps.cellsHeading')}</h4>
          <ul className="plain-list" aria-labelledby="gap-cells-heading" data-testid="gap-cells">
            {openCells.map((cell) => (
              <li key={`${cell.stage}:${cell.technology}`}>
                {t('patternInsights.gaps.cell', {
                  stage: label('stage', cell.stage),
                  technology: label('technology', cell.technology),
                  count: cell.patternCount,
                  formatted: format.format(cell.patternCount),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {misusePatterns.nodes.length > 0 && (
        <>
          <h4 id="gap-patterns-heading">{t('patternInsights.gaps.patternsHeading')}</h4>
          <ul
            className="plain-list"
            aria-labelledby="gap-patterns-heading"
            data-testid="gap-patterns"
          >
            {misusePatterns.nodes.map((pattern) => (
              <li key={pattern.id}>
                <Link to={`/misuse-patterns/${pattern.slug}`}>{pattern.title}</Link>
              </li>
            ))}
          </ul>
          {more > 0 && (
            <p className="muted">
              {t('patternInsights.gaps.more', { count: more, formatted: format.format(more) })}
            </p>
          )}
        </>
      )}
      <p>
        <Link className="button button--secondary" to="/misuse-patterns/gaps">
          {t('patternInsights.gaps.open')}
        </Link>
      </p>
    </section>
  );
}
