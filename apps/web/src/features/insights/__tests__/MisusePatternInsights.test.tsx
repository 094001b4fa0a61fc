import { screen, within } from '@testing-library/react';
import { GapSummaryDocument, MisusePatternStatsDocument } from '@alliance/graphql';
import { practiceStatsMock } from '../../../test/practiceMocks';
import { renderRoute } from '../../../test/renderRoute';
import { GAP_PATTERNS_SHOWN } from '../components/MisusePatternInsights';

const facet = (rows: [string, number][]) =>
  rows.map(([value, count]) => ({ __typename: 'FacetCount' as const, value, count }));

function patternStatsMock() {
  return {
    request: { query: MisusePatternStatsDocument },
    result: {
      data: {
        misusePatternStats: {
          __typename: 'MisusePatternStats',
          total: 21,
          countermeasureCount: 34,
          uncounteredCount: 4,
          byStage: facet([
            ['RECRUITMENT', 9],
            ['FINANCIAL_FLOWS', 6],
            ['CONTROL_AND_EXPLOITATION', 7],
          ]),
          byTechnology: facet([
            ['SOCIAL_MEDIA', 8],
            ['CRYPTOCURRENCIES', 4],
          ]),
          byTrend: facet([
            ['EMERGING', 5],
            ['ESTABLISHED', 14],
            ['DECLINING', 2],
          ]),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const cell = (
  stage: string,
  technology: string,
  patternCount: number,
  countermeasureCount: number,
) => ({
  __typename: 'GapCell' as const,
  stage,
  technology,
  patternCount,
  countermeasureCount,
});

function gapSummaryMock() {
  return {
    request: { query: GapSummaryDocument, variables: { first: GAP_PATTERNS_SHOWN } },
    result: {
      data: {
        gapMatrix: {
          __typename: 'GapMatrix',
          patternCount: 21,
          uncounteredPatternCount: 4,
          cells: [
            cell('RECRUITMENT', 'SOCIAL_MEDIA', 5, 7),
            cell('FINANCIAL_FLOWS', 'CRYPTOCURRENCIES', 2, 0),
            cell('MOVEMENT', 'DATING_APPS', 0, 0),
            cell('CONTROL_AND_EXPLOITATION', 'LIVE_STREAMING', 3, 0),
            cell('ADVERTISING_AND_SELLING', 'DARK_WEB_MARKETS', 1, 0),
            cell('FINANCIAL_FLOWS', 'ONLINE_PAYMENTS_AND_FINTECH', 1, 0),
          ],
        },
        misusePatterns: {
          __typename: 'MisusePatternConnection',
          totalCount: 7,
          nodes: [
            {
              __typename: 'MisusePattern',
              id: 'TWlzdXNlUGF0dGVybjox',
              slug: 'crypto-mixers',
              title: 'Laundering through crypto mixers',
            },
            {
              __typename: 'MisusePattern',
              id: 'TWlzdXNlUGF0dGVybjoy',
              slug: 'live-abuse',
              title: 'Live-streamed abuse',
            },
          ],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

// The page is a lazy route with Recharts behind it: its first render can take seconds on a busy machine.
const patient = { timeout: 8000 };

describe('Insights: misuse patterns', () => {
  it('charts the visible patterns by stage, technology and trend, with every code and their labels', async () => {
    renderRoute('/insights', [practiceStatsMock(), patternStatsMock(), gapSummaryMock()]);

    const section = await screen.findByRole('region', { name: 'Misuse of technology' }, patient);
    expect(
      await within(section).findByTestId('pattern-insights-total', {}, patient),
    ).toHaveTextContent('21 published misuse patterns, countered by 34 links to practices.');
    expect(
      within(section).getByRole('link', { name: 'Browse the misuse patterns' }),
    ).toHaveAttribute('href', '/misuse-patterns');
    const figures = within(section).getAllByRole('figure');
    expect(figures.map((f) => within(f).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Patterns by stage of the trafficking process',
      'Patterns by misused technology',
      'Patterns by trend',
    ]);

    // Every stage, most patterns first, zeros too, with the catalogue's labels.
    const stages = within(screen.getByTestId('chart-pattern-stages')).getByRole('table');
    expect(
      within(stages)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Stage', 'Patterns']);
    expect(
      within(stages)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      'Recruitment9',
      'Control and exploitation7',
      'Financial flows and laundering6',
      'Advertising and selling0',
      'Movement0',
    ]);
    const technologies = within(screen.getByTestId('chart-pattern-technologies')).getByRole(
      'table',
    );
    expect(within(technologies).getAllByRole('row')).toHaveLength(1 + 10);
    expect(within(technologies).getAllByRole('row')[1]).toHaveTextContent('Social media8');
    const trends = within(screen.getByTestId('chart-pattern-trends')).getByRole('table');
    expect(
      within(trends)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['Established14', 'Emerging5', 'Declining2']);
    // The practice charts stay as they were, above.
    expect(screen.getByTestId('chart-focus-areas')).toBeInTheDocument();
  });

  it('summarises the gaps: uncountered patterns, the widest open cells, and a way to the gap view', async () => {
    renderRoute('/insights', [practiceStatsMock(), patternStatsMock(), gapSummaryMock()]);

    const gaps = await screen.findByTestId('gap-summary', {}, patient);
    expect(within(gaps).getByRole('heading', { name: 'Gaps' })).toBeInTheDocument();
    expect(within(gaps).getByTestId('gap-uncountered')).toHaveTextContent(
      '4 of 21 patterns have no countermeasure yet.',
    );
    // Cells with patterns and no countermeasure, most patterns first, at most three.
    expect(
      within(within(gaps).getByTestId('gap-cells'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Control and exploitation × Live streaming: 3 patterns, no countermeasure',
      'Financial flows and laundering × Cryptocurrencies: 2 patterns, no countermeasure',
      'Advertising and selling × Dark web markets: 1 pattern, no countermeasure',
    ]);
    const patterns = within(gaps).getByTestId('gap-patterns');
    expect(within(patterns).getByRole('link', { name: 'Live-streamed abuse' })).toHaveAttribute(
      'href',
      '/misuse-patterns/live-abuse',
    );
    expect(gaps).toHaveTextContent('and 5 more');
    expect(within(gaps).getByRole('link', { name: 'Open the gap view' })).toHaveAttribute(
      'href',
      '/misuse-patterns/gaps',
    );
  });
});
