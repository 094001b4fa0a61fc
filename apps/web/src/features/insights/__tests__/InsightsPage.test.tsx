import { screen, within } from '@testing-library/react';
import { practiceStatsMock, sampleStats } from '../../../test/practiceMocks';
import { renderRoute } from '../../../test/renderRoute';

// The page is a lazy route with Recharts behind it: its first render can take seconds on a busy machine.
const patient = { timeout: 8000 };

describe('Insights page', () => {
  it('draws a chart per facet, with a data table each, from one practiceStats query', async () => {
    renderRoute('/insights', [practiceStatsMock(sampleStats, { maxUsageCount: 1 })]);

    expect(await screen.findByTestId('insights-total', {}, patient)).toHaveTextContent(
      '42 published practices.',
    );
    expect(document.title).toBe('Insights · Alliance Commons');

    const figures = screen.getAllByRole('figure');
    expect(figures.map((f) => within(f).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'Practices by focus area',
      'Practices by technology',
      'Practices by form of exploitation',
      'Practices by type of owning organization',
      'Practices by status',
      'Practices by country (top 20)',
    ]);
    for (const figure of figures) {
      expect(figure).toHaveAccessibleName(within(figure).getByRole('heading').textContent!);
      // The chart (Recharts' SVG), named for assistive technology, and the figures as a table.
      const chart = within(figure).getByRole('img');
      expect(chart).toHaveAccessibleName(/^Bar chart: Practices by/);
      expect(chart.querySelector('svg, .recharts-wrapper')).not.toBeNull();
      expect(within(figure).getByRole('table')).toBeInTheDocument();
    }

    // Focus areas: all four, most practices first, with their labels.
    const focus = within(screen.getByTestId('chart-focus-areas')).getByRole('table');
    const rows = within(focus).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Protection20',
      'Prevention18',
      'Prosecution9',
      'Partnership7',
    ]);
    // Countries are named, not coded.
    const countries = within(screen.getByTestId('chart-countries')).getByRole('table');
    expect(within(countries).getByRole('rowheader', { name: 'Austria' })).toBeInTheDocument();
    expect(within(countries).getByRole('rowheader', { name: 'Moldova' })).toBeInTheDocument();
    // Zero counts of a taxonomy are charted too.
    const technologies = within(screen.getByTestId('chart-technologies')).getByRole('table');
    expect(within(technologies).getAllByRole('row')).toHaveLength(1 + 12);
  });

  it('charts at most the 20 countries with the most practices', async () => {
    const codes = [
      'AT',
      'DE',
      'FR',
      'IT',
      'ES',
      'PL',
      'RO',
      'MD',
      'UA',
      'GE',
      'AM',
      'AZ',
      'KZ',
      'KG',
      'TJ',
      'UZ',
      'TM',
      'NL',
      'BE',
      'LU',
      'SE',
      'NO',
    ];
    const byCountry = codes.map((value, i) => ({
      __typename: 'FacetCount' as const,
      value,
      count: 100 - i,
    }));
    renderRoute('/insights', [practiceStatsMock({ ...sampleStats, byCountry })]);
    const countries = within(await screen.findByTestId('chart-countries', {}, patient)).getByRole(
      'table',
    );
    const rows = within(countries).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(20);
    expect(rows[0]).toHaveTextContent('Austria100');
    expect(countries).not.toHaveTextContent('Norway');
  });
});
