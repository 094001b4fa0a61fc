import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { MarkPresentedDocument, UnmarkPresentedDocument } from '@alliance/graphql';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createCache } from '../../../app/apollo';
import {
  patternItem,
  practiceItem,
  presentationPlace,
  presentedAtMock,
  sessionChoicesMock,
} from '../../../test/eventMocks';
import { anonymousViewerMock, viewerData, viewerMock } from '../../../test/viewerMocks';
import { PresentedAt } from '../components/PresentedAt';

/** PresentedAt on its own, as a practice or pattern page embeds it. */
function renderPresentedAt(
  itemId: string,
  mocks: MockedProviderProps['mocks'],
  cache = createCache(),
) {
  const router = createMemoryRouter([{ path: '/', element: <PresentedAt itemId={itemId} /> }]);
  return render(
    <MockedProvider mocks={mocks} cache={cache}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
}

const pattern = patternItem();
const practice = practiceItem();
const plenary = presentationPlace('P1', { sessionId: 'S1', session: 'Recruitment online' });
const conference = {
  id: 'RXZlbnQ6MQ',
  name: '19th Alliance against Trafficking in Persons Conference',
  startsOn: '2019-04-08',
  sessions: [
    { id: 'S1', title: 'Recruitment online', theme: 'Technology misuse by traffickers' },
    { id: 'S2', title: 'Tools that detect exploitation', theme: 'Technology against trafficking' },
    { id: 'S3', title: 'Closing remarks', theme: null },
  ],
};
const workshop = {
  id: 'RXZlbnQ6Mg',
  name: 'Expert workshop on financial flows',
  startsOn: '2021-06-01',
  sessions: [{ id: 'S7', title: 'Banks and fintech', theme: null }],
};

describe('PresentedAt', () => {
  it('lists where a pattern was presented, each linking to its event, without tools for a visitor', async () => {
    renderPresentedAt(pattern.id, [anonymousViewerMock(), presentedAtMock(pattern, [plenary])]);

    const section = await screen.findByRole('region', { name: 'Presented at' });
    const entries = within(section).getAllByTestId('presentation');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toHaveTextContent(
      '19th Alliance against Trafficking in Persons Conference — Recruitment online',
    );
    expect(
      within(entries[0]).getByRole('link', {
        name: '19th Alliance against Trafficking in Persons Conference',
      }),
    ).toHaveAttribute('href', '/events/alliance-conference-2019');
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows nothing to someone who may not mark it while it was presented nowhere', async () => {
    const cache = createCache();
    const { container } = renderPresentedAt(
      practice.id,
      [viewerMock(viewerData()), presentedAtMock(practice, [])],
      cache,
    );
    // Once the answer is in the cache (and rendered), there is still nothing to show.
    await waitFor(() =>
      expect(cache.extract()[`Practice:${practice.id}`]).toMatchObject({ presentations: [] }),
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(container).toBeEmptyDOMElement();
  });

  it('lets an editor of the practice mark it as presented at a session (event, then session)', async () => {
    const user = userEvent.setup();
    const marked = presentationPlace(
      'P9',
      { sessionId: 'S2', session: 'Tools that detect exploitation' },
      true,
    );
    renderPresentedAt(practice.id, [
      viewerMock(viewerData()),
      presentedAtMock(practice, [plenary], true),
      sessionChoicesMock([workshop, conference]),
      {
        request: {
          query: MarkPresentedDocument,
          variables: { sessionId: 'S2', itemId: practice.id },
        },
        result: { data: { markPresented: { __typename: 'EventPresentation', id: 'P9' } } },
      },
      presentedAtMock(practice, [plenary, marked], true),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Mark as presented at an event' }));
    const form = screen.getByRole('form', { name: 'Mark as presented at an event session' });

    // Nothing chosen: told to choose the event first, nothing sent.
    await user.click(within(form).getByRole('button', { name: 'Mark as presented' }));
    expect(
      await within(form).findByText('Choose the event it was presented at.'),
    ).toBeInTheDocument();

    const eventSelect = within(form).getByLabelText('Event');
    await within(eventSelect).findByRole('option', { name: /^Expert workshop/ });
    await user.selectOptions(eventSelect, conference.id);
    // The session it was already marked at is not offered again.
    const sessionSelect = within(form).getByLabelText('Session');
    expect(
      within(sessionSelect)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Choose a session',
      'Tools that detect exploitation (Technology against trafficking)',
      'Closing remarks',
    ]);
    await user.selectOptions(sessionSelect, 'S2');
    await user.click(within(form).getByRole('button', { name: 'Mark as presented' }));

    await waitFor(() =>
      expect(screen.getByTestId('presented-at-status')).toHaveTextContent(
        'Marked as presented at 19th Alliance against Trafficking in Persons Conference — Tools that detect exploitation.',
      ),
    );
    expect(screen.getAllByTestId('presentation').map((li) => li.textContent)).toEqual([
      expect.stringContaining('— Recruitment online'),
      expect.stringContaining('— Tools that detect exploitation'),
    ]);
    expect(
      screen.queryByRole('form', { name: 'Mark as presented at an event session' }),
    ).not.toBeInTheDocument();
  });

  it('lets a moderator remove a mark, after confirming', async () => {
    const user = userEvent.setup();
    const removable = presentationPlace(
      'P1',
      { sessionId: 'S1', session: 'Recruitment online' },
      true,
    );
    renderPresentedAt(pattern.id, [
      viewerMock(viewerData({ platformRole: 'MODERATOR' })),
      presentedAtMock(pattern, [removable]),
      {
        request: { query: UnmarkPresentedDocument, variables: { id: 'P1' } },
        result: { data: { unmarkPresented: true } },
      },
      presentedAtMock(pattern, []),
    ]);

    await user.click(
      await screen.findByRole('button', {
        name: 'Remove the mark for 19th Alliance against Trafficking in Persons Conference — Recruitment online',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));

    await waitFor(() =>
      expect(screen.getByTestId('presented-at-status')).toHaveTextContent(
        'No longer listed as presented at 19th Alliance against Trafficking in Persons Conference — Recruitment online.',
      ),
    );
    expect(screen.queryByTestId('presentation')).not.toBeInTheDocument();
    // A moderator may still mark it elsewhere.
    expect(screen.getByText('Not marked as presented at an event yet.')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Mark as presented at an event' }),
    ).toBeInTheDocument();
  });
});
