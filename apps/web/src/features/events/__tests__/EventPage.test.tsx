import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AddEventSessionDocument,
  EventPageDocument,
  UnmarkPresentedDocument,
} from '@alliance/graphql';
import {
  eventDetails,
  eventPageMock,
  patternItem,
  practiceItem,
  presentation,
  session,
  THEMES,
} from '../../../test/eventMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';
import { groupSessionsByTheme } from '../sessions';

const slug = 'alliance-conference-2019';
const [misuse, combat] = THEMES.map((theme) => theme.title);

const hotline = practiceItem();
const fakeJobs = patternItem();
const scoring = practiceItem({
  id: 'UHJhY3RpY2U6Mg',
  slug: 'transaction-scoring',
  title: 'Transaction scoring for banks',
});

/** The programme as the API sends it: in insertion order, not in programme order. */
const programme = () => [
  session({
    id: 'S2',
    title: 'Tools that detect exploitation',
    theme: combat,
    position: 1,
    presentations: [presentation('P2', scoring)],
  }),
  session({
    id: 'S1',
    title: 'Recruitment online',
    theme: misuse,
    position: 2,
    description: 'Panel on **online recruitment**. <script>alert(1)</script>',
    startsAt: '2019-04-08T09:30:00.000Z',
    presentations: [presentation('P1', fakeJobs, true), presentation('P3', hotline)],
  }),
  session({ id: 'S0', title: 'Keynote', theme: misuse, position: 0 }),
  session({ id: 'S9', title: 'Closing remarks', theme: null, position: 9 }),
];

describe('grouping sessions by theme', () => {
  it('keeps the themes in order, sorts each by position, and puts sessions without a theme last', () => {
    const groups = groupSessionsByTheme(
      [
        { title: 'B', description: '' },
        { title: 'A', description: '' },
        { title: 'Empty', description: '' },
      ],
      [
        { title: 'b2', theme: 'B', position: 2 },
        { title: 'none', theme: null, position: 0 },
        { title: 'a1', theme: 'a', position: 1 },
        { title: 'b1', theme: 'B', position: 1, startsAt: '2019-04-08T10:00:00Z' },
        { title: 'b0', theme: 'B', position: 1, startsAt: '2019-04-08T09:00:00Z' },
        { title: 'gone', theme: 'Removed theme', position: 0 },
      ],
    );
    expect(groups.map((g) => [g.theme?.title ?? null, g.sessions.map((s) => s.title)])).toEqual([
      ['B', ['b0', 'b1', 'b2']],
      ['A', ['a1']],
      ['Empty', []],
      [null, ['gone', 'none']],
    ]);
  });
});

describe('Event page', () => {
  it('shows a visitor the event with its dates, its themes and the sessions under each, with what was presented', async () => {
    renderRoute(`/events/${slug}`, [
      eventPageMock(slug, eventDetails({ sessions: programme(), presentationCount: 3 })),
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: /19th Alliance against Trafficking/ }),
    ).toBeInTheDocument();
    expect(document.title).toBe(
      '19th Alliance against Trafficking in Persons Conference · Alliance Commons',
    );
    expect(screen.getByTestId('event-when')).toHaveTextContent(
      'Apr 8, 2019 – Apr 9, 2019 · Vienna',
    );
    expect(screen.getByRole('link', { name: /Event website/ })).toHaveAttribute(
      'href',
      'https://www.osce.org/cthb/alliance-19',
    );
    expect(screen.getByTestId('presentation-count')).toHaveTextContent(
      '3 practices and patterns presented',
    );

    // The two themes in order, then the sessions without one; sessions in programme order.
    const themes = screen.getAllByTestId('event-theme');
    expect(themes.map((theme) => within(theme).getAllByRole('heading')[0].textContent)).toEqual([
      `Theme 1 ${misuse}`,
      `Theme 2 ${combat}`,
      'Other sessions',
    ]);
    const titles = (theme: HTMLElement) =>
      within(theme)
        .getAllByTestId('event-session')
        .map((s) => within(s).getByRole('heading', { level: 3 }).textContent);
    expect(titles(themes[0])).toEqual(['Keynote', 'Recruitment online']);
    expect(titles(themes[1])).toEqual(['Tools that detect exploitation']);
    expect(titles(themes[2])).toEqual(['Closing remarks']);
    // Theme and session descriptions are sanitised markdown.
    expect(within(themes[0]).getByText('recruit').tagName).toBe('STRONG');
    expect(within(themes[0]).getByText('online recruitment').tagName).toBe('STRONG');
    expect(document.querySelector('script')).toBeNull();

    // What was presented at a session: cards linking to the practice and the pattern pages.
    const recruitment = screen.getByRole('article', { name: 'Recruitment online' });
    const presented = within(recruitment).getByRole('list', {
      name: 'Presented at Recruitment online',
    });
    const cards = within(presented).getAllByTestId('library-item');
    expect(cards.map((card) => card.dataset.kind)).toEqual(['MisusePattern', 'Practice']);
    expect(within(cards[0]).getByText('Misuse pattern')).toBeInTheDocument();
    expect(within(cards[0]).getByRole('link', { name: fakeJobs.title })).toHaveAttribute(
      'href',
      '/misuse-patterns/fake-job-ads',
    );
    expect(within(cards[1]).getByRole('link', { name: hotline.title })).toHaveAttribute(
      'href',
      '/practices/multichannel-hotline',
    );
    expect(within(recruitment).getByText(/Apr 8, 2019/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('article', { name: 'Keynote' })).getByText(
        'Nothing presented at this session that you can see.',
      ),
    ).toBeInTheDocument();

    // No tools for a visitor, even where the API would let the item's editors remove it.
    expect(screen.queryByRole('link', { name: 'Edit event' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a session' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove session/ })).not.toBeInTheDocument();
    expect(
      within(cards[0]).getByRole('button', { name: `Remove ${fakeJobs.title} from this session` }),
    ).toBeInTheDocument();
    expect(within(cards[1]).queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
  });

  it('is "not found" for an event that does not exist', async () => {
    renderRoute('/events/no-such-event', [eventPageMock('no-such-event', null)]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });

  it('lets a moderator add a session under a theme, checked before it is sent', async () => {
    const user = userEvent.setup();
    const added = session({
      id: 'S5',
      title: 'Deepfakes in recruitment',
      theme: misuse,
      position: 3,
    });
    const addMock = {
      request: {
        query: AddEventSessionDocument,
        variables: {
          eventId: 'RXZlbnQ6MQ',
          input: {
            title: 'Deepfakes in recruitment',
            description: '',
            theme: misuse,
            startsAt: null,
            position: 3,
          },
        },
      },
      result: {
        data: {
          addEventSession: {
            __typename: 'EventSession',
            id: 'S5',
            event: { __typename: 'Event', id: 'RXZlbnQ6MQ', sessions: [...programme(), added] },
          },
        },
      },
    };
    renderRoute(`/events/${slug}`, [
      viewerMock(viewerData({ platformRole: 'MODERATOR' })),
      eventPageMock(slug, eventDetails({ sessions: programme(), viewerCanEdit: true })),
      addMock,
    ]);

    expect(await screen.findByRole('link', { name: 'Edit event' })).toHaveAttribute(
      'href',
      `/events/${slug}/edit`,
    );
    await user.click(screen.getByRole('button', { name: 'Add a session' }));
    const form = screen.getByRole('form', { name: 'Add a session' });

    // Too short a title: the shared schema's message, next to the field, nothing sent.
    await user.type(within(form).getByLabelText('Title'), 'AI');
    await user.click(within(form).getByRole('button', { name: 'Add session' }));
    expect(
      await within(form).findByText('The title of the session must be at least 3 characters long.'),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('Title')).toHaveFocus();

    await user.clear(within(form).getByLabelText('Title'));
    await user.type(within(form).getByLabelText('Title'), 'Deepfakes in recruitment');
    await user.selectOptions(within(form).getByLabelText('Theme'), misuse);
    await user.type(within(form).getByLabelText(/^Position in the programme/), '3');
    await user.click(within(form).getByRole('button', { name: 'Add session' }));

    await waitFor(() =>
      expect(screen.getByTestId('programme-status')).toHaveTextContent(
        'Session “Deepfakes in recruitment” added.',
      ),
    );
    const firstTheme = screen.getAllByTestId('event-theme')[0];
    await waitFor(() =>
      expect(
        within(firstTheme)
          .getAllByTestId('event-session')
          .map((s) => within(s).getByRole('heading', { level: 3 }).textContent),
      ).toEqual(['Keynote', 'Recruitment online', 'Deepfakes in recruitment']),
    );
    expect(screen.queryByRole('form', { name: 'Add a session' })).not.toBeInTheDocument();
  });

  it('lets a moderator remove a presentation from a session, after confirming', async () => {
    const user = userEvent.setup();
    const withoutPattern = programme().map((s) =>
      s.id === 'S1' ? { ...s, presentations: s.presentations.filter((p) => p.id !== 'P1') } : s,
    );
    let removed = false;
    renderRoute(`/events/${slug}`, [
      viewerMock(viewerData({ platformRole: 'MODERATOR' })),
      {
        request: { query: EventPageDocument, variables: { slug } },
        result: () => ({
          data: {
            event: eventDetails({
              sessions: removed ? withoutPattern : programme(),
              viewerCanEdit: true,
            }),
          },
        }),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: UnmarkPresentedDocument, variables: { id: 'P1' } },
        result: () => {
          removed = true;
          return { data: { unmarkPresented: true } };
        },
      },
    ]);

    const session = await screen.findByRole('article', { name: 'Recruitment online' });
    await user.click(
      within(session).getByRole('button', { name: `Remove ${fakeJobs.title} from this session` }),
    );
    await user.click(within(session).getByRole('button', { name: 'Yes, remove' }));

    await waitFor(() =>
      expect(screen.getByTestId('programme-status')).toHaveTextContent(
        `${fakeJobs.title} is no longer listed at this session.`,
      ),
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('article', { name: 'Recruitment online' }))
          .getAllByTestId('library-item')
          .map((card) => card.dataset.slug),
      ).toEqual(['multichannel-hotline']),
    );
    expect(removed).toBe(true);
  });
});
