import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BookmarkPracticeDocument } from '@alliance/graphql';
import { practiceCard, practicesMock, practiceStatsMock } from '../../../test/practiceMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';
import {
  NO_FILTERS,
  readLibraryFilters,
  toPracticeFilter,
  writeLibraryFilters,
} from '../libraryFilters';

const hotline = practiceCard();
const ledger = practiceCard({
  id: 'UHJhY3RpY2U6Mg',
  slug: 'cotton-traceability-ledger',
  title: 'Traceability ledger from cotton field to factory',
  summary: 'A shared ledger that follows cotton through every supplier.',
  focusAreas: ['PREVENTION'],
  countries: ['UZ', 'TR', 'BD', 'DE', 'NL'],
  status: 'PILOT',
  endorsementCount: 1,
  organization: {
    id: 'T3JnOjk',
    slug: 'taec',
    name: 'Tech Against Exploitation Coalition',
    verified: false,
  },
});

const group = (name: string) => screen.getByRole('group', { name });

/** Waits until the results of the latest change have arrived. */
const settled = () =>
  waitFor(() =>
    expect(screen.getByRole('region', { name: 'Practices found' })).toHaveAttribute(
      'aria-busy',
      'false',
    ),
  );

describe('library filters in the address', () => {
  it('round-trips every filter through the search parameters, in a stable order', () => {
    const params = new URLSearchParams(
      'tech=MOBILE_APP&focus=PROTECTION&focus=PREVENTION&country=md&country=AT&q=hotline&from=2018&to=2024&sort=TITLE&status=PILOT&type=GOVERNMENT&evidence=NONE&region=CENTRAL_ASIA&sector=MINING&user=RESEARCHERS&purpose=PROSECUTION_AND_EVIDENCE&form=FORCED_BEGGING',
    );
    const filters = readLibraryFilters(params);
    expect(filters.facets.focusAreas).toEqual(['PREVENTION', 'PROTECTION']);
    expect(filters.facets.countries).toEqual(['AT', 'MD']);
    expect(filters.order).toBe('TITLE');
    expect(writeLibraryFilters(filters).toString()).toBe(
      'q=hotline&focus=PREVENTION&focus=PROTECTION&purpose=PROSECUTION_AND_EVIDENCE&form=FORCED_BEGGING&tech=MOBILE_APP&user=RESEARCHERS&sector=MINING&region=CENTRAL_ASIA&country=AT&country=MD&type=GOVERNMENT&status=PILOT&evidence=NONE&from=2018&to=2024&sort=TITLE',
    );
    expect(readLibraryFilters(writeLibraryFilters(filters))).toEqual(filters);
    expect(toPracticeFilter(filters)).toEqual({
      query: 'hotline',
      focusAreas: ['PREVENTION', 'PROTECTION'],
      purposes: ['PROSECUTION_AND_EVIDENCE'],
      formsOfExploitation: ['FORCED_BEGGING'],
      technologies: ['MOBILE_APP'],
      targetUsers: ['RESEARCHERS'],
      sectors: ['MINING'],
      regions: ['CENTRAL_ASIA'],
      countries: ['AT', 'MD'],
      stakeholderTypes: ['GOVERNMENT'],
      statuses: ['PILOT'],
      evidenceLevels: ['NONE'],
      yearFrom: 2018,
      yearTo: 2024,
    });
  });

  it('ignores values it does not know and leaves defaults out of the address', () => {
    const filters = readLibraryFilters(
      new URLSearchParams(
        'focus=SPYING&country=XX&from=soon&sort=RANDOM&tech=MOBILE_APP&tech=MOBILE_APP',
      ),
    );
    expect(filters).toEqual({
      ...NO_FILTERS,
      facets: { ...NO_FILTERS.facets, technologies: ['MOBILE_APP'] },
    });
    expect(writeLibraryFilters(filters).toString()).toBe('tech=MOBILE_APP');
    expect(toPracticeFilter(NO_FILTERS)).toBeUndefined();
  });
});

describe('Practice library page', () => {
  it('shows the filters of the address in the sidebar, with counts, and queries them', async () => {
    renderRoute(
      '/practices?focus=PROTECTION&tech=HOTLINE_CHATBOT_AND_MESSAGING&sort=MOST_ENDORSED',
      [
        practiceStatsMock(),
        practicesMock(
          {
            first: 12,
            orderBy: 'MOST_ENDORSED',
            filter: { focusAreas: ['PROTECTION'], technologies: ['HOTLINE_CHATBOT_AND_MESSAGING'] },
          },
          [hotline],
        ),
      ],
    );

    expect(await screen.findByTestId('result-count')).toHaveTextContent('1 practice');
    expect(document.title).toBe('Practice library · Alliance Commons');
    const focus = within(group('Focus area'));
    expect(focus.getByRole('checkbox', { name: /^Protection/ })).toBeChecked();
    expect(focus.getByRole('checkbox', { name: /^Prevention/ })).not.toBeChecked();
    expect(within(group('Technology')).getByRole('checkbox', { name: /^Hotline/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('MOST_ENDORSED');
    // Counts from practiceStats, announced with the label.
    expect(
      await focus.findByRole('checkbox', { name: 'Protection, 20 practices' }),
    ).toBeInTheDocument();
    expect(
      within(group('Country')).getByRole('checkbox', { name: 'Austria, 6 practices' }),
    ).toBeInTheDocument();

    const card = screen.getByTestId('practice-card');
    expect(within(card).getByRole('link', { name: hotline.title })).toHaveAttribute(
      'href',
      '/practices/multichannel-hotline',
    );
    expect(card).toHaveTextContent('SafeRoutes Network');
    expect(card).toHaveTextContent('Verified');
    expect(card).toHaveTextContent('Moldova, Romania');
    expect(card).toHaveTextContent('Active');
    expect(card).toHaveTextContent('2 endorsements');
    expect(within(card).getByRole('list', { name: 'Focus areas' })).toHaveTextContent(
      'ProtectionPrevention',
    );
    // Visitors cannot bookmark.
    expect(within(card).queryByRole('button', { name: /Bookmark/ })).not.toBeInTheDocument();
  });

  it('writes each change into the address (Back undoes it) and queries the new filter', async () => {
    const { router } = renderRoute('/practices', [
      practiceStatsMock(),
      practicesMock({ first: 12, orderBy: 'NEWEST' }, [hotline, ledger], { totalCount: 2 }),
      practicesMock({ first: 12, orderBy: 'NEWEST', filter: { focusAreas: ['PREVENTION'] } }, [
        hotline,
        ledger,
      ]),
      practicesMock(
        {
          first: 12,
          orderBy: 'NEWEST',
          filter: { focusAreas: ['PREVENTION'], technologies: ['BLOCKCHAIN_AND_TRACEABILITY'] },
        },
        [ledger],
      ),
      practicesMock(
        {
          first: 12,
          orderBy: 'NEWEST',
          filter: {
            query: 'cotton',
            focusAreas: ['PREVENTION'],
            technologies: ['BLOCKCHAIN_AND_TRACEABILITY'],
          },
        },
        [ledger],
      ),
      practicesMock(
        {
          first: 12,
          orderBy: 'NEWEST',
          filter: {
            query: 'cotton',
            focusAreas: ['PREVENTION'],
            technologies: ['BLOCKCHAIN_AND_TRACEABILITY'],
            yearFrom: 2015,
          },
        },
        [ledger],
      ),
      practicesMock(
        {
          first: 12,
          orderBy: 'TITLE',
          filter: {
            query: 'cotton',
            focusAreas: ['PREVENTION'],
            technologies: ['BLOCKCHAIN_AND_TRACEABILITY'],
            yearFrom: 2015,
          },
        },
        [ledger],
      ),
    ]);
    expect(await screen.findByText('2 practices')).toBeInTheDocument();

    await userEvent.click(
      within(group('Focus area')).getByRole('checkbox', { name: /^Prevention/ }),
    );
    expect(router.state.location.search).toBe('?focus=PREVENTION');
    await userEvent.click(
      within(group('Technology')).getByRole('checkbox', { name: /^Blockchain/ }),
    );
    expect(router.state.location.search).toBe('?focus=PREVENTION&tech=BLOCKCHAIN_AND_TRACEABILITY');
    expect(await screen.findByText('1 practice')).toBeInTheDocument();
    expect(screen.getByTestId('practice-card')).toHaveTextContent(ledger.title);
    expect(screen.getByTestId('practice-card')).toHaveTextContent(
      'Uzbekistan, Türkiye, Bangladesh and 2 more',
    );

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search titles and summaries' }),
      'cotton',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await settled();
    await userEvent.type(screen.getByRole('spinbutton', { name: 'From year' }), '2015');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await settled();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'TITLE');
    await settled();
    expect(router.state.location.search).toBe(
      '?q=cotton&focus=PREVENTION&tech=BLOCKCHAIN_AND_TRACEABILITY&from=2015&sort=TITLE',
    );

    // Back: each change was a step in the history.
    await act(() => router.navigate(-1));
    await act(() => router.navigate(-1));
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?focus=PREVENTION&tech=BLOCKCHAIN_AND_TRACEABILITY');
    expect(screen.getByRole('searchbox', { name: 'Search titles and summaries' })).toHaveValue('');
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?focus=PREVENTION');
    expect(
      within(group('Technology')).getByRole('checkbox', { name: /^Blockchain/ }),
    ).not.toBeChecked();
    expect(await screen.findByText('2 practices')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(router.state.location.search).toBe('');
  });

  it('loads more practices after the last one', async () => {
    renderRoute('/practices', [
      practiceStatsMock(),
      practicesMock({ first: 12, orderBy: 'NEWEST' }, [hotline], {
        totalCount: 2,
        hasNextPage: true,
        endCursor: 'after-hotline',
      }),
      practicesMock({ first: 12, orderBy: 'NEWEST', after: 'after-hotline' }, [ledger], {
        totalCount: 2,
      }),
    ]);
    expect(await screen.findByText('Showing 1 of 2')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more practices' }));
    expect(await screen.findByText(ledger.title)).toBeInTheDocument();
    expect(screen.getAllByTestId('practice-card')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more practices' })).not.toBeInTheDocument();
  });

  it('lets a signed-in user bookmark a practice from its card', async () => {
    renderRoute('/practices', [
      viewerMock(viewerData()),
      practiceStatsMock(),
      practicesMock({ first: 12, orderBy: 'NEWEST' }, [hotline]),
      {
        request: { query: BookmarkPracticeDocument, variables: { id: hotline.id } },
        result: {
          data: {
            bookmarkPractice: {
              __typename: 'Practice',
              id: hotline.id,
              viewerHasBookmarked: true,
              bookmarkCount: 5,
            },
          },
        },
      },
    ]);
    const button = await screen.findByRole('button', { name: `Bookmark “${hotline.title}”` });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(
      await screen.findByRole('button', { name: `Bookmark “${hotline.title}”`, pressed: true }),
    ).toHaveTextContent('Bookmarked');
  });
});
