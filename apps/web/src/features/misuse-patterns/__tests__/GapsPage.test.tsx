import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CategoriesDocument, StartThreadDocument } from '@alliance/graphql';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';
import { postData, THREAD_ID } from '../../discussions/__tests__/discussionMocks';
import { heatLevel } from '../components/GapHeatmap';
import { GAP_PAGE_SIZE } from '../pages/GapsPage';
import {
  facetCountsMock,
  gapMatrix,
  gapMatrixMock,
  patternCard,
  patternsMock,
} from './patternMocks';

// Whole journeys through the page on a shared machine: more than the default 5 s when busy.
jest.setTimeout(30_000);

const matrix = gapMatrix(
  [
    { stage: 'RECRUITMENT', technology: 'SOCIAL_MEDIA', patternCount: 4, countermeasureCount: 3 },
    {
      stage: 'FINANCIAL_FLOWS',
      technology: 'CRYPTOCURRENCIES',
      patternCount: 2,
      countermeasureCount: 0,
    },
    {
      stage: 'MOVEMENT',
      technology: 'MESSAGING_AND_ENCRYPTED_APPS',
      patternCount: 1,
      countermeasureCount: 1,
    },
  ],
  { patternCount: 6, countermeasureCount: 4, uncounteredPatternCount: 2 },
);

const uncountered = patternCard({
  id: 'TWlzdXNlUGF0dGVybjoy',
  slug: 'crypto-mule-accounts',
  title: 'Crypto mule accounts for wages',
  stages: ['FINANCIAL_FLOWS'],
  technologies: ['CRYPTOCURRENCIES'],
  trend: 'EMERGING',
  countermeasureCount: 0,
});
const gapListMock = () =>
  patternsMock(
    {
      first: GAP_PAGE_SIZE,
      filter: { maxCountermeasures: 1 },
      orderBy: 'FEWEST_COUNTERMEASURES',
    },
    [uncountered],
  );

/** The cell of a stage and technology. */
const cell = (stage: string, technology: string) =>
  document.querySelector<HTMLElement>(
    `[data-testid="gap-cell"][data-stage="${stage}"][data-technology="${technology}"]`,
  )!;

describe('heat levels', () => {
  it('gives no colour to empty cells and the deepest to the busiest', () => {
    expect(heatLevel(0, 4)).toBe(0);
    expect(heatLevel(1, 4)).toBe(1);
    expect(heatLevel(2, 4)).toBe(2);
    expect(heatLevel(4, 4)).toBe(4);
    expect(heatLevel(1, 100)).toBe(1);
    expect(heatLevel(0, 0)).toBe(0);
  });
});

describe('Gap view', () => {
  it('shows the matrix as a table with headers and the counts in words, marking gaps in text', async () => {
    renderRoute('/misuse-patterns/gaps', [gapMatrixMock(matrix), gapListMock()]);

    const table = await screen.findByRole('table', {
      name: /Published misuse patterns and their countermeasures/,
    });
    expect(document.title).toBe('Gaps: misuse without a response · Alliance Commons');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Technology misused',
      'Recruitment',
      'Advertising and selling',
      'Movement',
      'Control and exploitation',
      'Financial flows and laundering',
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(10);
    expect(within(table).getByRole('rowheader', { name: 'Cryptocurrencies' })).toBeInTheDocument();

    // Text, not just colour: counts in each cell; the busiest cell is the darkest.
    const busiest = cell('RECRUITMENT', 'SOCIAL_MEDIA');
    expect(busiest).toHaveTextContent('4 patterns');
    expect(busiest).toHaveTextContent('3 countermeasures');
    expect(busiest).toHaveAttribute('data-level', '4');
    expect(busiest).not.toHaveTextContent('Gap');

    const gap = cell('FINANCIAL_FLOWS', 'CRYPTOCURRENCIES');
    expect(gap).toHaveTextContent('2 patterns');
    expect(gap).toHaveTextContent('0 countermeasures');
    expect(gap).toHaveTextContent('Gap');
    expect(gap).toHaveClass('heatmap__cell--gap');
    expect(gap).toHaveAttribute('data-level', '2');

    const one = cell('MOVEMENT', 'MESSAGING_AND_ENCRYPTED_APPS');
    expect(one).toHaveTextContent('1 pattern');
    expect(one).toHaveTextContent('1 countermeasure');

    const empty = cell('MOVEMENT', 'DATING_APPS');
    expect(empty).toHaveTextContent('0 patterns');
    expect(within(empty).queryByRole('link')).toBeNull();
    expect(empty).toHaveAttribute('data-level', '0');

    expect(screen.getByTestId('gap-uncountered-total')).toHaveTextContent(
      '2 patterns with no countermeasure',
    );
    // The list of gaps below, with "Call for partners" (visitors are asked to sign in).
    const list = await screen.findByRole('region', { name: /Patterns with no or few/ });
    const item = within(list).getByTestId('gap-pattern');
    expect(within(item).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Crypto mule accounts for wages',
    );
    expect(within(item).getByText('No countermeasure yet')).toBeInTheDocument();
    expect(
      within(item).getByRole('link', { name: 'Sign in to call for partners' }),
    ).toHaveAttribute('href', '/sign-in?next=%2Fmisuse-patterns%2Fgaps');
  });

  it('opens the library filtered to a cell when the cell is chosen', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/misuse-patterns/gaps', [
      gapMatrixMock(matrix),
      gapListMock(),
      facetCountsMock(),
      patternsMock(
        {
          first: 12,
          orderBy: 'NEWEST',
          filter: { stages: ['FINANCIAL_FLOWS'], technologies: ['CRYPTOCURRENCIES'] },
        },
        [uncountered],
      ),
    ]);

    const link = await screen.findByRole('link', {
      name: 'Cryptocurrencies, Financial flows and laundering: 2 patterns, 0 countermeasures. Show these patterns',
    });
    await user.click(link);

    await waitFor(() =>
      expect(router.state.location.search).toBe('?stage=FINANCIAL_FLOWS&tech=CRYPTOCURRENCIES'),
    );
    expect(router.state.location.pathname).toBe('/misuse-patterns');
    expect(await screen.findByTestId('result-count')).toHaveTextContent('1 pattern');
    expect(
      within(screen.getByRole('group', { name: 'Stage' })).getByRole('checkbox', {
        name: /^Financial flows and laundering/,
      }),
    ).toBeChecked();
    expect(
      screen.getByRole('link', { name: 'Crypto mule accounts for wages' }),
    ).toBeInTheDocument();
  });

  it('limits the matrix to a region chosen in the address', async () => {
    const user = userEvent.setup();
    const inEurope = gapMatrix(
      [
        {
          stage: 'RECRUITMENT',
          technology: 'DATING_APPS',
          patternCount: 1,
          countermeasureCount: 0,
        },
      ],
      { patternCount: 1, countermeasureCount: 0, uncounteredPatternCount: 1 },
    );
    const { router } = renderRoute('/misuse-patterns/gaps', [
      gapMatrixMock(matrix),
      gapMatrixMock(inEurope, { regions: ['EASTERN_EUROPE'] }),
      gapListMock(),
    ]);
    await screen.findByRole('table');
    expect(cell('RECRUITMENT', 'DATING_APPS')).toHaveTextContent('0 patterns');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'EASTERN_EUROPE');
    await waitFor(() => expect(router.state.location.search).toBe('?region=EASTERN_EUROPE'));
    await waitFor(() => expect(cell('RECRUITMENT', 'DATING_APPS')).toHaveTextContent('1 pattern'));
    // The cell's link keeps the region.
    expect(within(cell('RECRUITMENT', 'DATING_APPS')).getByRole('link')).toHaveAttribute(
      'href',
      '/misuse-patterns?stage=RECRUITMENT&tech=DATING_APPS&region=EASTERN_EUROPE',
    );
  });
});

describe('Call for partners', () => {
  const categoriesMock = () => ({
    request: { query: CategoriesDocument },
    result: {
      data: {
        categories: [
          {
            __typename: 'DiscussionCategory',
            id: 'Q2F0OjE',
            slug: 'technology',
            name: 'Technology',
            description: 'Tools.',
            membersOnly: false,
          },
          {
            __typename: 'DiscussionCategory',
            id: 'Q2F0Ojc',
            slug: 'partnerships',
            name: 'Partnerships and calls',
            description: 'Calls for partners and joint projects.',
            membersOnly: false,
          },
        ],
      },
    },
    maxUsageCount: Infinity,
  });
  const callTitle = 'Call for partners: Crypto mule accounts for wages';
  // startThread for the call: in the partnerships category, linked to the pattern.
  const startCallMock = (body: string, result: object | (() => object)) => ({
    request: {
      query: StartThreadDocument,
      variables: {
        input: {
          categoryId: 'Q2F0Ojc',
          misusePatternId: uncountered.id,
          kind: 'DISCUSSION',
          title: callTitle,
          body,
        },
      },
    },
    result,
  });

  it('starts a thread in the partnerships category linked to the pattern, then opens it', async () => {
    const user = userEvent.setup();
    const body = 'We look for an exchange and a bank to trace wage payments.';
    const started = jest.fn(() => ({
      data: {
        startThread: {
          ...postData('UG9zdDox', body),
          thread: { __typename: 'Thread', id: THREAD_ID },
        },
      },
    }));
    const { router } = renderRoute('/misuse-patterns/gaps', [
      viewerMock(viewerData()),
      gapMatrixMock(matrix),
      gapListMock(),
      categoriesMock(),
      startCallMock(body, started),
    ]);

    await user.click(
      await screen.findByRole('button', {
        name: 'Call for partners: Crypto mule accounts for wages',
      }),
    );
    const form = await screen.findByRole('form', {
      name: `Call for partners: ${uncountered.title}`,
    });
    const titleField = await within(form).findByLabelText('Thread title');
    expect(titleField).toHaveValue(callTitle);
    expect(titleField).toHaveFocus();
    expect(within(form).getByText(/Partnerships and calls/)).toBeInTheDocument();

    // Nothing said yet: a message next to the field, nothing sent.
    await user.click(within(form).getByRole('button', { name: 'Start the call' }));
    const bodyField = within(form).getByLabelText('Your call');
    expect(await within(form).findByText('Say what you are looking for.')).toBeInTheDocument();
    expect(bodyField).toHaveAttribute('aria-invalid', 'true');
    expect(started).not.toHaveBeenCalled();

    await user.type(bodyField, body);
    await user.click(within(form).getByRole('button', { name: 'Start the call' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/discussions/${THREAD_ID}`));
    expect(started).toHaveBeenCalledTimes(1);
  });

  it('shows the API’s field errors and stays on the form', async () => {
    const user = userEvent.setup();
    renderRoute('/misuse-patterns/gaps', [
      viewerMock(viewerData()),
      gapMatrixMock(matrix),
      gapListMock(),
      categoriesMock(),
      startCallMock('Anyone?', {
        errors: [
          {
            message: 'Check the fields.',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldErrors: [
                { field: 'body', message: 'Say a little more (at least 10 characters).' },
              ],
            },
          },
        ],
      }),
    ]);
    await user.click(
      await screen.findByRole('button', { name: /^Call for partners: Crypto mule/ }),
    );
    const form = await screen.findByRole('form', { name: /^Call for partners/ });
    await user.type(await within(form).findByLabelText('Your call'), 'Anyone?');
    await user.click(within(form).getByRole('button', { name: 'Start the call' }));
    expect(
      await within(form).findByText('Say a little more (at least 10 characters).'),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('Your call')).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Some details need your attention');
  });
});
