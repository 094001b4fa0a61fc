import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../test/renderRoute';
import {
  cellHref,
  NO_PATTERN_FILTERS,
  readPatternFilters,
  toMisusePatternFilter,
  writePatternFilters,
} from '../patternFilters';
import { facetCountsMock, patternCard, patternsMock } from './patternMocks';

// Whole journeys through the page on a shared machine: more than the default 5 s when busy.
jest.setTimeout(30_000);

const fakeAds = patternCard({ countermeasureCount: 2 });
const deepfakes = patternCard({
  id: 'TWlzdXNlUGF0dGVybjoz',
  slug: 'deepfake-sextortion',
  title: 'Deepfake images for sextortion',
  stages: ['CONTROL_AND_EXPLOITATION'],
  technologies: ['GENERATIVE_AI_AND_DEEPFAKES'],
  trend: 'EMERGING',
  visibility: 'RESTRICTED',
  visibleTo: ['GOVERNMENT'],
  countermeasureCount: 0,
});

const group = (name: string) => screen.getByRole('group', { name });
const settled = () =>
  waitFor(() =>
    expect(screen.getByRole('region', { name: 'Misuse patterns found' })).toHaveAttribute(
      'aria-busy',
      'false',
    ),
  );

describe('pattern filters in the address', () => {
  it('round-trips every filter in a stable order and maps it to the GraphQL filter', () => {
    const filters = readPatternFilters(
      new URLSearchParams(
        'trend=EMERGING&tech=SOCIAL_MEDIA&stage=MOVEMENT&stage=RECRUITMENT&q=job%20ads&region=CENTRAL_ASIA&form=FORCED_LABOUR&sort=FEWEST_COUNTERMEASURES',
      ),
    );
    expect(filters.facets.stages).toEqual(['RECRUITMENT', 'MOVEMENT']);
    expect(writePatternFilters(filters).toString()).toBe(
      'q=job+ads&stage=RECRUITMENT&stage=MOVEMENT&tech=SOCIAL_MEDIA&form=FORCED_LABOUR&region=CENTRAL_ASIA&trend=EMERGING&sort=FEWEST_COUNTERMEASURES',
    );
    expect(readPatternFilters(writePatternFilters(filters))).toEqual(filters);
    expect(toMisusePatternFilter(filters)).toEqual({
      query: 'job ads',
      stages: ['RECRUITMENT', 'MOVEMENT'],
      technologies: ['SOCIAL_MEDIA'],
      formsOfExploitation: ['FORCED_LABOUR'],
      regions: ['CENTRAL_ASIA'],
      trends: ['EMERGING'],
    });
  });

  it('ignores values it does not know and leaves defaults out', () => {
    const filters = readPatternFilters(
      new URLSearchParams('stage=KIDNAPPING&tech=FAX&sort=RANDOM&trend=EMERGING&trend=EMERGING'),
    );
    expect(filters).toEqual({
      ...NO_PATTERN_FILTERS,
      facets: { ...NO_PATTERN_FILTERS.facets, trends: ['EMERGING'] },
    });
    expect(toMisusePatternFilter(NO_PATTERN_FILTERS)).toBeUndefined();
    expect(cellHref('MOVEMENT', 'DATING_APPS')).toBe(
      '/misuse-patterns?stage=MOVEMENT&tech=DATING_APPS',
    );
  });
});

describe('Misuse pattern library', () => {
  it('shows the filters of the address with counts, queries them, and shows the cards', async () => {
    renderRoute('/misuse-patterns?stage=RECRUITMENT&trend=ESTABLISHED&sort=TITLE', [
      facetCountsMock(),
      patternsMock(
        {
          first: 12,
          orderBy: 'TITLE',
          filter: { stages: ['RECRUITMENT'], trends: ['ESTABLISHED'] },
        },
        [fakeAds],
      ),
    ]);

    expect(await screen.findByTestId('result-count')).toHaveTextContent('1 pattern');
    expect(document.title).toBe('Misuse patterns · Alliance Commons');
    expect(within(group('Stage')).getByRole('checkbox', { name: /^Recruitment/ })).toBeChecked();
    expect(within(group('Trend')).getByRole('checkbox', { name: /^Established/ })).toBeChecked();
    expect(within(group('Trend')).getByRole('checkbox', { name: /^Emerging/ })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('TITLE');
    // Counts from misusePatternStats, announced with the label; values without any count 0.
    expect(
      await within(group('Stage')).findByRole('checkbox', { name: 'Recruitment, 9 patterns' }),
    ).toBeInTheDocument();
    expect(
      within(group('Stage')).getByRole('checkbox', { name: 'Movement, 0 patterns' }),
    ).toBeInTheDocument();

    const card = screen.getByTestId('pattern-card');
    expect(within(card).getByRole('link', { name: fakeAds.title })).toHaveAttribute(
      'href',
      `/misuse-patterns/${fakeAds.slug}`,
    );
    expect(
      within(card).getByRole('list', { name: 'Stages of the trafficking process' }),
    ).toHaveTextContent('Recruitment');
    expect(within(card).getByRole('list', { name: 'Technologies misused' })).toHaveTextContent(
      'Social mediaMessaging and encrypted apps',
    );
    expect(within(card).getByTestId('trend-badge')).toHaveTextContent('Established');
    expect(within(card).getByTestId('card-countermeasure-count')).toHaveTextContent(
      '2 countermeasures',
    );
  });

  it('applies a chip to the address and the query; Clear removes every filter', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/misuse-patterns', [
      facetCountsMock(),
      patternsMock({ first: 12, orderBy: 'NEWEST' }, [fakeAds, deepfakes], { totalCount: 2 }),
      patternsMock(
        { first: 12, orderBy: 'NEWEST', filter: { technologies: ['GENERATIVE_AI_AND_DEEPFAKES'] } },
        [deepfakes],
      ),
      patternsMock({ first: 12, orderBy: 'NEWEST' }, [fakeAds, deepfakes], { totalCount: 2 }),
    ]);
    expect(await screen.findByTestId('result-count')).toHaveTextContent('2 patterns');
    // A restricted pattern says so on its card, and a gap says it has no countermeasure.
    const restricted = screen
      .getAllByTestId('pattern-card')
      .find((c) => c.dataset.slug === deepfakes.slug)!;
    expect(within(restricted).getByTestId('visibility-badge')).toHaveTextContent(
      'Restricted to: Government',
    );
    expect(within(restricted).getByText('No countermeasure yet')).toBeInTheDocument();

    await user.click(
      within(group('Technology misused')).getByRole('checkbox', {
        name: /^Generative AI and deepfakes/,
      }),
    );
    await waitFor(() =>
      expect(router.state.location.search).toBe('?tech=GENERATIVE_AI_AND_DEEPFAKES'),
    );
    await settled();
    expect(screen.getByTestId('result-count')).toHaveTextContent('1 pattern');
    expect(screen.getAllByTestId('pattern-card')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await settled();
    expect(screen.getByTestId('result-count')).toHaveTextContent('2 patterns');
  });

  it('searches by words and loads more patterns after the last one', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/misuse-patterns', [
      facetCountsMock(),
      patternsMock({ first: 12, orderBy: 'NEWEST' }, [fakeAds], { totalCount: 2 }),
      patternsMock({ first: 12, orderBy: 'NEWEST', filter: { query: 'deepfake' } }, [deepfakes], {
        hasNextPage: true,
        totalCount: 2,
        endCursor: 'cursor-1',
      }),
      patternsMock(
        { first: 12, after: 'cursor-1', orderBy: 'NEWEST', filter: { query: 'deepfake' } },
        [patternCard({ id: 'TWlzdXNlUGF0dGVybjo5', slug: 'voice-clones', title: 'Voice clones' })],
      ),
    ]);
    await screen.findByTestId('result-count');
    await user.type(screen.getByLabelText('Search titles, summaries and indicators'), 'deepfake');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=deepfake'));
    await settled();
    expect(screen.getAllByTestId('pattern-card')).toHaveLength(1);
    expect(screen.getByText('Showing 1 of 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more patterns' }));
    expect(await screen.findByRole('link', { name: 'Voice clones' })).toBeInTheDocument();
    expect(screen.getAllByTestId('pattern-card')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more patterns' })).toBeNull();
  });
});
