import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { CreateEventDocument, EventsDocument } from '@alliance/graphql';
import { eventDetails, eventPageMock } from '../../../test/eventMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';
import { EVENTS_PAGE_SIZE } from '../pages/EventsPage';

function eventCard(id: string, slug: string, name: string, startsOn: string, endsOn: string) {
  return {
    __typename: 'Event' as const,
    id,
    slug,
    name,
    location: 'Vienna',
    startsOn,
    endsOn,
    presentationCount: 2,
  };
}

const workshop = eventCard(
  'RXZlbnQ6Mg',
  'expert-workshop-2021',
  'Expert workshop on financial flows',
  '2021-06-01',
  '2021-06-01',
);
const conference = eventCard(
  'RXZlbnQ6MQ',
  'alliance-conference-2019',
  '19th Alliance against Trafficking in Persons Conference',
  '2019-04-08',
  '2019-04-09',
);

function eventsMock(nodes: ReturnType<typeof eventCard>[], after?: string, hasNextPage = false) {
  return {
    request: {
      query: EventsDocument,
      variables: { first: EVENTS_PAGE_SIZE, ...(after ? { after } : {}) },
    },
    result: {
      data: {
        events: {
          __typename: 'EventConnection',
          totalCount: 2,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `after-${nodes[0]?.id}` },
          edges: nodes.map((node) => ({ __typename: 'EventEdge', cursor: `c-${node.id}`, node })),
        },
      },
    },
  };
}

describe('Events page', () => {
  it('lists the events as the API orders them (newest first), page by page, reachable from the footer', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/about', [
      eventsMock([workshop], undefined, true),
      eventsMock([conference], `after-${workshop.id}`),
    ]);

    await user.click(
      within(screen.getByRole('navigation', { name: 'Library' })).getByRole('link', {
        name: 'Events',
      }),
    );
    expect(router.state.location.pathname).toBe('/events');
    expect(await screen.findByRole('link', { name: workshop.name })).toHaveAttribute(
      'href',
      '/events/expert-workshop-2021',
    );
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByRole('link', { name: conference.name });
    const items = screen.getAllByTestId('event-item');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      workshop.name,
      conference.name,
    ]);
    expect(items[0]).toHaveTextContent('Jun 1, 2021 · Vienna · 2 practices and patterns presented');
    expect(items[1]).toHaveTextContent('Apr 8, 2019 – Apr 9, 2019 · Vienna');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    // Only moderators add events.
    expect(screen.queryByRole('link', { name: 'New event' })).not.toBeInTheDocument();
  });

  it('says when the events cannot be loaded, and loads them on "Try again"', async () => {
    const user = userEvent.setup();
    renderRoute('/events', [
      {
        request: { query: EventsDocument, variables: { first: EVENTS_PAGE_SIZE } },
        result: { errors: [new GraphQLError('database exploded')] },
      },
      eventsMock([workshop]),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The events could not be loaded.');
    expect(alert).not.toHaveTextContent('database exploded');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: workshop.name })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lets a moderator create an event with its themes, checked with the shared schema first', async () => {
    const user = userEvent.setup();
    const created = eventDetails({
      themes: [{ title: 'Technology misuse by traffickers', description: '' }],
    });
    const { router } = renderRoute('/events', [
      viewerMock(viewerData({ platformRole: 'MODERATOR' })),
      eventsMock([conference]),
      {
        request: {
          query: CreateEventDocument,
          variables: {
            input: {
              slug: '19th-alliance-against-trafficking-in-persons-conference',
              name: '19th Alliance against Trafficking in Persons Conference',
              description: '',
              location: 'Vienna',
              url: null,
              startsOn: '2019-04-08',
              endsOn: '2019-04-09',
              themes: [{ title: 'Technology misuse by traffickers', description: '' }],
            },
          },
        },
        result: { data: { createEvent: created } },
      },
      eventPageMock(created.slug, created),
    ]);

    await user.click(await screen.findByRole('link', { name: 'New event' }));
    await screen.findByRole('heading', { level: 1, name: 'New event' });
    await user.type(
      screen.getByLabelText('Name'),
      '19th Alliance against Trafficking in Persons Conference',
    );
    await user.type(screen.getByLabelText('First day'), '2019-04-09');
    await user.type(screen.getByLabelText('Last day'), '2019-04-08');
    await user.type(screen.getByLabelText(/^Location/), 'Vienna');
    await user.click(screen.getByRole('button', { name: 'Add a theme' }));
    await user.type(screen.getByLabelText('Title of theme 1'), 'Technology misuse by traffickers');
    await user.click(screen.getByRole('button', { name: 'Create event' }));

    expect(await screen.findByText('The event cannot end before it starts.')).toBeInTheDocument();
    expect(screen.getByLabelText('Last day')).toHaveFocus();

    await user.clear(screen.getByLabelText('First day'));
    await user.type(screen.getByLabelText('First day'), '2019-04-08');
    await user.clear(screen.getByLabelText('Last day'));
    await user.type(screen.getByLabelText('Last day'), '2019-04-09');
    await user.click(screen.getByRole('button', { name: 'Create event' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/events/alliance-conference-2019'),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: created.name }),
    ).toBeInTheDocument();
  });

  it('tells someone who is not a moderator that only moderators add events', async () => {
    renderRoute('/events/new', [viewerMock(viewerData())]);
    expect(
      await screen.findByText('Only moderators can add and change events.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create event' })).not.toBeInTheDocument();
  });
});
