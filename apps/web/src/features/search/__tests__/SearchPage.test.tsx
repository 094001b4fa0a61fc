import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchDocument } from '@alliance/graphql';
import { apiErrorResult } from '../../../test/graphqlErrors';
import { renderRoute } from '../../../test/renderRoute';
import {
  misusePatternHit,
  organizationHit,
  postHit,
  practiceHit,
  searchMock,
  searchVariables,
  threadHit,
  type Distribution,
} from './searchMocks';

const hotline = practiceHit({
  highlightedTitle: 'Multichannel anti-trafficking <mark>hotline</mark>',
  snippet: 'A <mark>hotline</mark> for &quot;everyone&quot; &lt;script&gt;alert(1)&lt;/script&gt;',
});
const ledger = practiceHit({
  id: 'UHJhY3RpY2U6Mg',
  slug: 'cotton-traceability-ledger',
  title: 'Traceability ledger from cotton field to factory',
  highlightedTitle: 'Traceability ledger from cotton field to factory',
  snippet: 'Every supplier <mark>hotline</mark> is listed.',
  organization: 'Tech Against Exploitation Coalition',
});

const distribution: Distribution = {
  KIND: [
    ['PRACTICE', 2],
    ['THREAD', 1],
    ['POST', 1],
    ['ORGANIZATION', 1],
  ],
  FOCUS_AREA: [
    ['PROTECTION', 2],
    ['PREVENTION', 1],
  ],
  COUNTRY: [['MD', 2]],
  STAKEHOLDER_TYPE: [['CIVIL_SOCIETY', 2]],
  ORGANIZATION: [['saferoutes-network', 1, 'SafeRoutes Network']],
  CATEGORY: [['victim-support', 1, 'Victim support']],
  STATUS: [['ACTIVE', 2]],
};

const results = () => screen.getByRole('region', { name: 'Search results' });
const group = (name: string) => screen.getByRole('group', { name });
const hits = () => screen.queryAllByTestId('search-hit');

/** Room for the debounce and mock delays when the machine is busy. */
const patient = { timeout: 4000 };

/** Waits until the results of the latest change have arrived. */
const settled = () =>
  waitFor(() => expect(results()).toHaveAttribute('aria-busy', 'false'), patient);

describe('Search page', () => {
  it('shows how to search, with example searches, before anything is searched (and asks nothing)', async () => {
    const { router } = renderRoute('/search', [
      searchMock({ query: '"forced labour"' }, [hotline], { distribution }),
    ]);

    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    expect(document.title).toBe('Search · Alliance Commons');
    const hint = screen.getByTestId('search-hint');
    expect(within(hint).getByRole('heading', { name: 'How to search' })).toBeInTheDocument();
    const examples = within(hint)
      .getAllByRole('link')
      .map((a) => [a.textContent, a.getAttribute('href')]);
    expect(examples).toEqual([
      ['labour inspection', '/search?q=labour+inspection'],
      ['"forced labour"', '/search?q=%22forced+labour%22'],
      ['recruitment -fees', '/search?q=recruitment+-fees'],
      ['chatbot OR hotline', '/search?q=chatbot+OR+hotline'],
    ]);
    expect(screen.queryByRole('group', { name: 'Type of result' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Sort by' })).not.toBeInTheDocument();

    await userEvent.click(within(hint).getByRole('link', { name: '"forced labour"' }));
    expect(router.state.location.search).toBe('?q=%22forced+labour%22');
    expect(await screen.findByTestId('search-count')).toHaveTextContent('About 1 result');
    expect(screen.getByRole('searchbox', { name: 'Search for' })).toHaveValue('"forced labour"');
    expect(document.title).toBe('"forced labour" · Search · Alliance Commons');
  });

  it('says when the counts are estimates from a sample, and only then', async () => {
    renderRoute('/search?q=trafficking', [
      searchMock({ query: 'trafficking' }, [hotline], { totalCount: 5300, exhaustive: false }),
    ]);
    expect(await screen.findByTestId('search-estimate')).toHaveTextContent(
      'the results are the best of a large sample, and the counts are estimates',
    );
  });

  it('shows no estimate note when every match was counted', async () => {
    renderRoute('/search?q=hotline', [
      searchMock({ query: 'hotline' }, [hotline], { totalCount: 1 }),
    ]);
    expect(await screen.findByTestId('search-count')).toHaveTextContent('About 1 result');
    expect(screen.queryByTestId('search-estimate')).toBeNull();
  });

  it('lists every kind of result with its badge, highlighted title, link, context and snippet', async () => {
    renderRoute('/search?q=hotline', [
      searchMock(
        { query: 'hotline' },
        [
          hotline,
          threadHit({ highlightedTitle: '<mark>Hotline</mark> volunteers: shift planning' }),
          postHit(),
          organizationHit({ highlightedTitle: '<mark>Hotline</mark> Alliance Moldova' }),
        ],
        { totalCount: 1234, distribution },
      ),
    ]);

    expect(await screen.findByTestId('search-count')).toHaveTextContent('About 1,234 results');
    expect(screen.getByTestId('search-count')).toHaveAttribute('data-value', '1234');
    const list = screen.getByRole('list', { name: 'Results' });
    const [practice, thread, post, organization] = within(list).getAllByTestId('search-hit');

    expect(within(practice).getByText('Practice')).toHaveClass('badge');
    const practiceLink = within(practice).getByRole('link', {
      name: 'Multichannel anti-trafficking hotline',
    });
    expect(practiceLink).toHaveAttribute('href', '/practices/multichannel-hotline');
    expect(practiceLink.querySelector('mark')).toHaveTextContent(/^hotline$/);
    expect(practice).toHaveTextContent('By SafeRoutes Network');
    // The snippet: highlights as <mark>, escaped markup as text, never as elements.
    const snippet = within(practice).getByTestId('search-hit-snippet');
    expect(snippet).toHaveTextContent('A hotline for "everyone" <script>alert(1)</script>');
    expect(snippet.querySelector('script')).toBeNull();
    expect(snippet.querySelector('mark')).toHaveTextContent('hotline');

    expect(within(thread).getByText('Discussion')).toHaveClass('badge');
    expect(
      within(thread).getByRole('link', { name: 'Hotline volunteers: shift planning' }),
    ).toHaveAttribute('href', '/discussions/VGhyZWFkOjE');
    expect(thread).toHaveTextContent('In Victim support');

    expect(within(post).getByText('Reply')).toHaveClass('badge');
    expect(within(post).getByRole('link', { name: 'Discussion of the hotline' })).toHaveAttribute(
      'href',
      '/discussions/VGhyZWFkOjI#post-UG9zdDo3',
    );
    expect(post).toHaveTextContent('Discussion of Multichannel anti-trafficking hotline');

    expect(within(organization).getByText('Organization')).toHaveClass('badge');
    expect(
      within(organization).getByRole('link', { name: 'Hotline Alliance Moldova' }),
    ).toHaveAttribute('href', '/organizations/hotline-alliance-md');
  });

  it('shows the facets with translated labels and counts', async () => {
    renderRoute('/search?q=hotline', [
      searchMock({ query: 'hotline' }, [hotline, ledger], { distribution }),
    ]);
    await screen.findByTestId('search-count');

    const sidebar = screen.getByRole('complementary', { name: 'Filter the results' });
    // Facets without values are left out.
    expect([...sidebar.querySelectorAll('fieldset > legend')].map((l) => l.textContent)).toEqual([
      'Type of result',
      'Focus area',
      'Country',
      'Type of organization',
      'Organization',
      'Discussion category',
      'Practice status',
    ]);
    expect(
      within(group('Type of result'))
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('aria-label')),
    ).toEqual([
      'Practice, 2 results',
      'Discussion, 1 result',
      'Reply, 1 result',
      'Organization, 1 result',
    ]);
    expect(
      within(group('Focus area')).getByRole('checkbox', { name: 'Protection, 2 results' }),
    ).not.toBeChecked();
    expect(
      within(group('Country')).getByRole('checkbox', { name: 'Moldova, 2 results' }),
    ).toBeInTheDocument();
    expect(
      within(group('Type of organization')).getByRole('checkbox', {
        name: 'Civil society, 2 results',
      }),
    ).toBeInTheDocument();
    expect(
      within(group('Organization')).getByRole('checkbox', { name: 'SafeRoutes Network, 1 result' }),
    ).toBeInTheDocument();
    expect(
      within(group('Discussion category')).getByRole('checkbox', {
        name: 'Victim support, 1 result',
      }),
    ).toBeInTheDocument();
    expect(
      within(group('Practice status')).getByRole('checkbox', { name: 'Active, 2 results' }),
    ).toBeInTheDocument();
  });

  it('lists misuse patterns with a link to their page and facets for their stage, technology and trend', async () => {
    const patternDistribution: Distribution = {
      KIND: [
        ['MISUSE_PATTERN', 1],
        ['PRACTICE', 1],
      ],
      STAGE: [['RECRUITMENT', 1]],
      MISUSED_TECHNOLOGY: [
        ['GENERATIVE_AI_AND_DEEPFAKES', 1],
        ['SOCIAL_MEDIA', 1],
      ],
      TREND: [['EMERGING', 1]],
      FORM_OF_EXPLOITATION: [['FORCED_LABOUR', 2]],
    };
    const deepfakes = misusePatternHit({
      highlightedTitle: '<mark>Deepfake</mark> video interviews in job <mark>recruitment</mark>',
      snippet: 'The interviewer never appears on a live <mark>camera</mark>.',
    });
    const { router } = renderRoute('/search?q=recrutment+deepfak', [
      searchMock({ query: 'recrutment deepfak' }, [deepfakes, hotline], {
        distribution: patternDistribution,
      }),
      searchMock(
        { query: 'recrutment deepfak', filter: { stages: ['RECRUITMENT'] } },
        [deepfakes],
        {
          distribution: { ...patternDistribution, KIND: [['MISUSE_PATTERN', 1]] },
        },
      ),
      searchMock(
        {
          query: 'recrutment deepfak',
          filter: { stages: ['RECRUITMENT'], misusedTechnologies: ['SOCIAL_MEDIA'] },
        },
        [deepfakes],
        { distribution: { ...patternDistribution, KIND: [['MISUSE_PATTERN', 1]] } },
      ),
    ]);

    expect(await screen.findByTestId('search-count')).toHaveTextContent('About 2 results');
    const [pattern] = hits();
    expect(pattern).toHaveAttribute('data-kind', 'MISUSE_PATTERN');
    expect(within(pattern!).getByText('Misuse pattern')).toHaveClass('badge');
    const link = within(pattern!).getByRole('link', {
      name: 'Deepfake video interviews in job recruitment',
    });
    expect(link).toHaveAttribute('href', '/misuse-patterns/deepfake-job-interviews');
    expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Deepfake',
      'recruitment',
    ]);
    expect(pattern).toHaveTextContent('By Digital Rights Watch');
    expect(
      within(pattern!).getByTestId('search-hit-snippet').querySelector('mark'),
    ).toHaveTextContent('camera');

    expect(
      within(group('Type of result')).getByRole('checkbox', { name: 'Misuse pattern, 1 result' }),
    ).toBeInTheDocument();
    expect(
      within(group('Stage of trafficking')).getByRole('checkbox', {
        name: 'Recruitment, 1 result',
      }),
    ).toBeInTheDocument();
    expect(
      within(group('Misused technology'))
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('aria-label')),
    ).toEqual(['Generative AI and deepfakes, 1 result', 'Social media, 1 result']);
    expect(
      within(group('Trend')).getByRole('checkbox', { name: 'Emerging, 1 result' }),
    ).toBeInTheDocument();
    expect(
      within(group('Form of exploitation')).getByRole('checkbox', {
        name: 'Forced labour or services, 2 results',
      }),
    ).toBeInTheDocument();

    await userEvent.click(
      within(group('Stage of trafficking')).getByRole('checkbox', { name: /Recruitment/ }),
    );
    await userEvent.click(
      within(group('Misused technology')).getByRole('checkbox', { name: /Social media/ }),
    );
    await settled();
    expect(router.state.location.search).toBe(
      '?q=recrutment+deepfak&stage=RECRUITMENT&misused=SOCIAL_MEDIA',
    );
    expect(hits()).toHaveLength(1);
    expect(
      screen.getByRole('button', { name: 'Remove the filter Misused technology: Social media' }),
    ).toBeInTheDocument();
  });

  it('writes facet changes into the address (Back undoes them) and sends them as the filter', async () => {
    const { router } = renderRoute('/search?q=hotline', [
      searchMock({ query: 'hotline' }, [hotline, ledger], { distribution }),
      searchMock({ query: 'hotline', filter: { focusAreas: ['PREVENTION'] } }, [ledger], {
        distribution: { ...distribution, FOCUS_AREA: [['PREVENTION', 1]] },
      }),
      searchMock(
        {
          query: 'hotline',
          filter: { focusAreas: ['PREVENTION'], organizations: ['saferoutes-network'] },
        },
        [ledger],
        {
          distribution: {
            FOCUS_AREA: [['PREVENTION', 1]],
            ORGANIZATION: [['saferoutes-network', 1, 'SafeRoutes Network']],
          },
        },
      ),
      searchMock(
        {
          query: 'hotline',
          filter: { focusAreas: ['PREVENTION'], organizations: ['saferoutes-network'] },
          sort: 'NEWEST',
        },
        [ledger],
      ),
      searchMock({ query: 'hotline', filter: { focusAreas: ['PREVENTION'] } }, [ledger], {
        distribution: { ...distribution, FOCUS_AREA: [['PREVENTION', 1]] },
      }),
      searchMock({ query: 'hotline' }, [hotline, ledger], { distribution }),
    ]);
    expect(await screen.findByTestId('search-count')).toHaveTextContent('About 2 results');

    await userEvent.click(
      within(group('Focus area')).getByRole('checkbox', { name: /^Prevention/ }),
    );
    expect(router.state.location.search).toBe('?q=hotline&focus=PREVENTION');
    expect(await screen.findByText('About 1 result', {}, patient)).toBeInTheDocument();
    expect(
      within(group('Focus area')).getByRole('checkbox', { name: /^Prevention/ }),
    ).toBeChecked();
    // The chosen value shows above the results too.
    const inUse = screen.getByRole('group', { name: 'Filters in use' });
    expect(
      within(inUse).getByRole('button', { name: 'Remove the filter Focus area: Prevention' }),
    ).toBeInTheDocument();

    await userEvent.click(
      within(group('Organization')).getByRole('checkbox', { name: /^SafeRoutes Network/ }),
    );
    expect(router.state.location.search).toBe('?q=hotline&focus=PREVENTION&org=saferoutes-network');
    await settled();
    expect(
      within(screen.getByRole('group', { name: 'Filters in use' })).getByRole('button', {
        name: 'Remove the filter Organization: SafeRoutes Network',
      }),
    ).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'NEWEST');
    expect(router.state.location.search).toBe(
      '?q=hotline&focus=PREVENTION&org=saferoutes-network&sort=NEWEST',
    );
    await settled();
    // Chosen values stay visible (count 0) even when the results no longer count them.
    expect(
      within(group('Focus area')).getByRole('checkbox', { name: 'Prevention, 0 results' }),
    ).toBeChecked();

    // Back, step by step.
    await act(() => router.navigate(-1));
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?q=hotline&focus=PREVENTION');
    await settled();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('RELEVANCE');

    // Unticking from the "in use" list, then everything back.
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove the filter Focus area: Prevention' }),
    );
    expect(router.state.location.search).toBe('?q=hotline');
    expect(await screen.findByText('About 2 results', {}, patient)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Filters in use' })).not.toBeInTheDocument();
  });

  it('clears all filters at once, keeping the query and the order', async () => {
    const { router } = renderRoute(
      '/search?q=hotline&kind=PRACTICE&focus=PROTECTION&sort=MOST_ENDORSED',
      [
        searchMock(
          {
            query: 'hotline',
            sort: 'MOST_ENDORSED',
            filter: { kinds: ['PRACTICE'], focusAreas: ['PROTECTION'] },
          },
          [hotline],
          { distribution },
        ),
        searchMock({ query: 'hotline', sort: 'MOST_ENDORSED' }, [hotline, ledger], {
          distribution,
        }),
      ],
    );
    await screen.findByText('About 1 result');
    expect(
      within(group('Type of result')).getByRole('checkbox', { name: /^Practice/ }),
    ).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(router.state.location.search).toBe('?q=hotline&sort=MOST_ENDORSED');
    expect(await screen.findByText('About 2 results', {}, patient)).toBeInTheDocument();
  });

  it('follows typing after a pause, replacing the history entry while typing goes on', async () => {
    const { router } = renderRoute('/search?q=hotline', [
      searchMock({ query: 'hotline' }, [hotline], { distribution }),
      searchMock({ query: 'hotline chat' }, [hotline, ledger], { distribution }),
      searchMock({ query: 'hotline chatbot' }, [ledger], { distribution }),
    ]);
    await screen.findByText('About 1 result');
    const input = screen.getByRole('searchbox', { name: 'Search for' });

    await userEvent.type(input, ' chat');
    // Nothing yet: typing has not paused long enough.
    expect(router.state.location.search).toBe('?q=hotline');
    await waitFor(() => expect(router.state.location.search).toBe('?q=hotline+chat'), patient);
    expect(await screen.findByText('About 2 results', {}, patient)).toBeInTheDocument();
    expect(input).toHaveValue('hotline chat');

    await userEvent.type(input, 'bot');
    await waitFor(() => expect(router.state.location.search).toBe('?q=hotline+chatbot'), patient);
    expect(await screen.findByText('About 1 result', {}, patient)).toBeInTheDocument();

    // One entry for the typing: Back returns to the search before it, and the box follows.
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?q=hotline');
    await waitFor(() => expect(input).toHaveValue('hotline'), patient);
  });

  it('never lets a slow answer to an older query replace the answer to a newer one', async () => {
    const older = practiceHit({ id: 'UHJhY3RpY2U6OQ', slug: 'older', title: 'Older answer' });
    const newer = practiceHit({ id: 'UHJhY3RpY2U6OA', slug: 'newer', title: 'Newer answer' });
    const { router } = renderRoute('/search', [
      searchMock({ query: 'traf' }, [older], { delay: 700, totalCount: 9 }),
      searchMock({ query: 'trafficking' }, [newer], { delay: 20, totalCount: 1 }),
    ]);
    const input = screen.getByRole('searchbox', { name: 'Search for' });

    await userEvent.type(input, 'traf');
    await waitFor(() => expect(router.state.location.search).toBe('?q=traf'), patient);
    // The first search is on its way (slowly) when the user types on.
    expect(results()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    await userEvent.type(input, 'ficking');
    await waitFor(() => expect(router.state.location.search).toBe('?q=trafficking'), patient);
    expect(await screen.findByRole('link', { name: 'Newer answer' }, patient)).toBeInTheDocument();
    expect(screen.getByTestId('search-count')).toHaveTextContent('About 1 result');

    // Well after the older answer was due: still the newer one, alone.
    await act(() => new Promise((resolve) => setTimeout(resolve, 900)));
    expect(screen.queryByRole('link', { name: 'Older answer' })).not.toBeInTheDocument();
    expect(hits()).toHaveLength(1);
    expect(screen.getByTestId('search-count')).toHaveTextContent('About 1 result');
    expect(input).toHaveValue('trafficking');
  });

  it('searches at once on Enter', async () => {
    const { router } = renderRoute('/search', [
      searchMock({ query: 'hotline' }, [hotline], { distribution }),
    ]);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search for' }), 'hotline{Enter}');
    expect(router.state.location.search).toBe('?q=hotline');
    expect(await screen.findByText('About 1 result', {}, patient)).toBeInTheDocument();
  });

  it('offers to remove each filter when nothing matches with them', async () => {
    const { router } = renderRoute(
      '/search?q=hotline&focus=PARTNERSHIP&country=AT&org=saferoutes-network',
      [
        searchMock(
          {
            query: 'hotline',
            filter: {
              focusAreas: ['PARTNERSHIP'],
              countries: ['AT'],
              organizations: ['saferoutes-network'],
            },
          },
          [],
        ),
        searchMock(
          {
            query: 'hotline',
            filter: { focusAreas: ['PARTNERSHIP'], organizations: ['saferoutes-network'] },
          },
          [hotline],
          { distribution },
        ),
      ],
    );
    const empty = await screen.findByTestId('search-empty');
    expect(screen.getByTestId('search-count')).toHaveTextContent('About 0 results');
    expect(
      within(empty).getByRole('heading', { name: 'No results for “hotline”' }),
    ).toBeInTheDocument();
    expect(empty).toHaveTextContent('Nothing matches with these filters. Remove one of them?');
    expect(
      within(empty)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Remove the Focus area filter',
      'Remove the Country filter',
      'Remove the Organization filter',
      'Remove all filters',
    ]);
    // The chosen values stay visible, unticked by the API's counts but still ticked.
    expect(
      within(group('Country')).getByRole('checkbox', { name: 'Austria, 0 results' }),
    ).toBeChecked();
    expect(
      within(group('Organization')).getByRole('checkbox', {
        name: 'saferoutes-network, 0 results',
      }),
    ).toBeChecked();

    await userEvent.click(within(empty).getByRole('button', { name: 'Remove the Country filter' }));
    expect(router.state.location.search).toBe(
      '?q=hotline&focus=PARTNERSHIP&org=saferoutes-network',
    );
    expect(await screen.findByText('About 1 result', {}, patient)).toBeInTheDocument();
    expect(screen.queryByTestId('search-empty')).not.toBeInTheDocument();
  });

  it('asks a single filter away, and removes all filters from the empty state', async () => {
    const { router } = renderRoute('/search?kind=ORGANIZATION&status=PILOT', [
      searchMock({ query: '', filter: { kinds: ['ORGANIZATION'], statuses: ['PILOT'] } }, []),
      searchMock({ query: '' }, [hotline]),
    ]);
    const empty = await screen.findByTestId('search-empty');
    expect(within(empty).getByRole('heading', { name: 'No results' })).toBeInTheDocument();
    await userEvent.click(within(empty).getByRole('button', { name: 'Remove all filters' }));
    // Nothing searched and nothing filtered: back to the hint.
    expect(router.state.location.search).toBe('');
    expect(await screen.findByTestId('search-hint')).toBeInTheDocument();
  });

  it('suggests other words when nothing matches without filters', async () => {
    renderRoute('/search?q=%22zzqx+plorb%22+-hotline', [
      searchMock({ query: '"zzqx plorb" -hotline' }, []),
    ]);
    const empty = await screen.findByTestId('search-empty');
    expect(
      within(empty).getByRole('heading', { name: 'No results for “"zzqx plorb" -hotline”' }),
    ).toBeInTheDocument();
    expect(
      within(empty)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Check the spelling of the words.',
      'Use fewer words, or more general ones.',
      'Take out quotes, minus signs and OR.',
    ]);
    expect(within(empty).queryByRole('button')).not.toBeInTheDocument();
  });

  it('loads more results after the last one', async () => {
    renderRoute('/search?q=hotline', [
      searchMock({ query: 'hotline' }, [hotline], {
        totalCount: 2,
        hasNextPage: true,
        endCursor: 'after-hotline',
        distribution,
      }),
      searchMock({ query: 'hotline', after: 'after-hotline' }, [ledger], {
        totalCount: 2,
        distribution,
      }),
    ]);
    await screen.findByText('About 2 results');
    expect(hits()).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(hits()).toHaveLength(2));
    expect(hits()[1]).toHaveTextContent(ledger.title);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('shows the API’s message for a search it cannot run', async () => {
    renderRoute('/search?q=hotline', [
      {
        request: { query: SearchDocument, variables: searchVariables({ query: 'hotline' }) },
        result: apiErrorResult('BAD_USER_INPUT', 'query: Search for at most 200 characters.', {
          fieldErrors: [{ field: 'query', message: 'Search for at most 200 characters.' }],
        }),
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Search for at most 200 characters.',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('passes on the API’s word when there were too many searches', async () => {
    renderRoute('/search?q=hotline', [
      {
        request: { query: SearchDocument, variables: searchVariables({ query: 'hotline' }) },
        result: apiErrorResult('RATE_LIMITED', 'Too many requests. Try again in 12 minutes.', {
          retryAfterSeconds: 720,
        }),
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many requests. Try again in 12 minutes.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('offers to try again when the search fails otherwise', async () => {
    renderRoute('/search?q=hotline', [
      {
        request: { query: SearchDocument, variables: searchVariables({ query: 'hotline' }) },
        error: new Error('offline'),
      },
      searchMock({ query: 'hotline' }, [hotline], { distribution }),
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t search just now.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('About 1 result', {}, patient)).toBeInTheDocument();
  });
});
