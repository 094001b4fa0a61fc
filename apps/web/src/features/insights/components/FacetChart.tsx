import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';

export interface ChartDatum {
  /** The code (PREVENTION, AT). */
  value: string;
  /** Its label in the interface language. */
  label: string;
  count: number;
}

/**
 * Every code of a taxonomy (zeros too) with its label and count, the most counted first, then in
 * the taxonomy's order.
 */
export function taxonomyChartData(
  codes: readonly string[],
  counts: readonly { value: string; count: number }[],
  label: (code: string) => string,
): ChartDatum[] {
  const countOf = new Map(counts.map((c) => [c.value, c.count]));
  return codes
    .map((value) => ({ value, label: label(value), count: countOf.get(value) ?? 0 }))
    .sort((a, b) => b.count - a.count);
}

interface FacetChartProps {
  id: string;
  title: string;
  /** What the first column of the data table holds ("Focus area"). */
  category: string;
  data: ChartDatum[];
  /** What is counted, for the table's column and the tooltip ("Practices" by default). */
  measure?: string;
  /** The title's level in the page's outline (3 inside a section with its own heading). */
  headingLevel?: 2 | 3;
}

const BAR_HEIGHT = 30;

/**
 * One facet as a horizontal bar chart (Recharts), with a title, and the same figures in a
 * visually hidden table for screen readers (the chart itself is a labelled image to them).
 */
export function FacetChart({
  id,
  title,
  category,
  data,
  measure,
  headingLevel = 2,
}: FacetChartProps) {
  const { t } = useTranslation();
  const counted = measure ?? t('insights.practices');
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const format = useNumberFormat();
  const titleId = `chart-${id}-title`;
  const height = Math.max(120, data.length * BAR_HEIGHT + 48);
  return (
    <figure className="chart card" aria-labelledby={titleId} data-testid={`chart-${id}`}>
      <figcaption>
        <Heading id={titleId}>{title}</Heading>
      </figcaption>
      {data.length === 0 ? (
        <p className="muted">{t('insights.noData')}</p>
      ) : (
        <>
          <div
            className="chart__canvas"
            role="img"
            aria-label={t('insights.chartLabel', { title })}
            data-testid="chart-canvas"
          >
            <BarChart
              responsive
              style={{ width: '100%', height }}
              data={data}
              layout="vertical"
              margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
              accessibilityLayer={false}
            >
              <CartesianGrid horizontal={false} strokeDasharray="3 3" />
              <XAxis
                type="number"
                allowDecimals={false}
                tickFormatter={(n: number) => format.format(n)}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={210}
                interval={0}
                tick={{ fontSize: 12 }}
              />
              <Tooltip formatter={(n) => format.format(Number(n))} />
              <Bar dataKey="count" name={counted} fill="#0b4f6c" isAnimationActive={false}>
                <LabelList dataKey="count" position="right" fontSize={12} />
              </Bar>
            </BarChart>
          </div>
          <table className="visually-hidden" data-testid="chart-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{category}</th>
                <th scope="col">{counted}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((datum) => (
                <tr key={datum.value}>
                  <th scope="row">{datum.label}</th>
                  <td>{format.format(datum.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
