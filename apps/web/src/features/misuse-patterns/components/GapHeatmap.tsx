import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GapMatrixQuery } from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { usePatternLabels } from '../../../ui/taxonomy/usePatternLabels';
import { cellHref } from '../patternFilters';

type GapMatrix = GapMatrixQuery['gapMatrix'];
type GapCell = GapMatrix['cells'][number];

/** Colour steps of the heat-map, lightest first (the legend shows the same). */
export const HEAT_LEVELS = 5;

/** Which colour step a cell's pattern count falls in: 0 for none, 1…HEAT_LEVELS-1 by share of the busiest. */
export function heatLevel(patternCount: number, maxPatternCount: number): number {
  if (patternCount <= 0 || maxPatternCount <= 0) return 0;
  return Math.max(1, Math.ceil((patternCount / maxPatternCount) * (HEAT_LEVELS - 1)));
}

/** A cell is a gap when patterns fall in it and nothing visible counters any of them. */
export const isGapCell = (cell: GapCell) => cell.patternCount > 0 && cell.countermeasureCount === 0;

interface GapHeatmapProps {
  matrix: GapMatrix;
  /** The region the matrix is limited to (kept in the cells' links). */
  region?: string | null;
}

/**
 * The stage × technology matrix as a heat-map that is a real table: technologies in rows,
 * stages in columns, each cell saying in words how many patterns and countermeasures fall in
 * it. The colour deepens with the number of patterns; cells with patterns and no countermeasure
 * are also marked "gap" in text and with a pattern, so colour is never the only signal. Each
 * cell with patterns links to the library filtered to it.
 */
export function GapHeatmap({ matrix, region }: GapHeatmapProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const labelOf = usePatternLabels();
  const byKey = new Map(matrix.cells.map((cell) => [`${cell.stage}|${cell.technology}`, cell]));
  const max = Math.max(0, ...matrix.cells.map((cell) => cell.patternCount));

  return (
    <div className="table-scroll gap-heatmap" data-testid="gap-heatmap">
      <table className="table table--dense heatmap">
        <caption className="heatmap__caption">{t('misusePatterns.gaps.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('misusePatterns.gaps.technologyHeader')}</th>
            {matrix.stages.map((stage) => (
              <th key={stage} scope="col" data-stage={stage}>
                {labelOf('stage', stage)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.technologies.map((technology) => (
            <tr key={technology}>
              <th scope="row" data-technology={technology}>
                {labelOf('technology', technology)}
              </th>
              {matrix.stages.map((stage) => {
                const cell = byKey.get(`${stage}|${technology}`) ?? {
                  stage,
                  technology,
                  patternCount: 0,
                  countermeasureCount: 0,
                  practiceCount: 0,
                };
                const level = heatLevel(cell.patternCount, max);
                const gap = isGapCell(cell);
                const text = (
                  <>
                    <span className="heatmap__patterns">
                      {t('misusePatterns.gaps.cellPatterns', {
                        count: cell.patternCount,
                        formatted: format.format(cell.patternCount),
                      })}
                    </span>
                    <span className="heatmap__countermeasures">
                      {t('misusePatterns.gaps.cellCountermeasures', {
                        count: cell.countermeasureCount,
                        formatted: format.format(cell.countermeasureCount),
                      })}
                    </span>
                    {gap && (
                      <span className="heatmap__gap">{t('misusePatterns.gaps.gapMark')}</span>
                    )}
                  </>
                );
                return (
                  <td
                    key={stage}
                    className={`heatmap__cell heatmap__cell--${level}${gap ? ' heatmap__cell--gap' : ''}`}
                    data-testid="gap-cell"
                    data-stage={stage}
                    data-technology={technology}
                    data-patterns={cell.patternCount}
                    data-countermeasures={cell.countermeasureCount}
                    data-level={level}
                    data-gap={gap || undefined}
                  >
                    {cell.patternCount > 0 ? (
                      <Link
                        to={cellHref(stage, technology, region)}
                        aria-label={t('misusePatterns.gaps.cellLink', {
                          stage: labelOf('stage', stage),
                          technology: labelOf('technology', technology),
                          patterns: t('misusePatterns.gaps.cellPatterns', {
                            count: cell.patternCount,
                            formatted: format.format(cell.patternCount),
                          }),
                          countermeasures: t('misusePatterns.gaps.cellCountermeasures', {
                            count: cell.countermeasureCount,
                            formatted: format.format(cell.countermeasureCount),
                          }),
                        })}
                      >
                        {text}
                      </Link>
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <HeatLegend max={max} />
    </div>
  );
}

/** What the colours mean, with the gap mark. */
function HeatLegend({ max }: { max: number }) {
  const { t } = useTranslation();
  return (
    <div className="heatmap__legend" aria-label={t('misusePatterns.gaps.legend')} role="group">
      <span>{t('misusePatterns.gaps.legendFewer')}</span>
      {Array.from({ length: HEAT_LEVELS }, (_, level) => (
        <span
          key={level}
          className={`heatmap__swatch heatmap__cell--${level}`}
          aria-hidden="true"
        />
      ))}
      <span>{t('misusePatterns.gaps.legendMore', { max })}</span>
      <span className="heatmap__swatch heatmap__cell--gap" aria-hidden="true" />
      <span>{t('misusePatterns.gaps.legendGap')}</span>
    </div>
  );
}
