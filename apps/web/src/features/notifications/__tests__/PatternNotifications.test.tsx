import { screen, within } from '@testing-library/react';
import {
  NotificationsDocument,
  UnreadNotificationCountDocument,
  type NotificationItemFragment,
} from '@alliance/graphql';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';
import { notificationLink } from '../components/NotificationSummary';

const actor = { __typename: 'User' as const, id: 'VXNlcjoy', displayName: 'Bo Berg' };
const pattern = {
  __typename: 'MisusePattern' as const,
  id: 'TWlzdXNlUGF0dGVybjox',
  slug: 'fake-job-offers',
  title: 'Fake job offers on classifieds',
};
const practice = {
  __typename: 'Practice' as const,
  id: 'UHJhY3RpY2U6MQ',
  slug: 'job-ad-screening',
  title: 'Job-ad screening',
};
const partnerships = { __typename: 'DiscussionCategory' as const, id: 'Q2F0ZWdvcnk6Mg' };
const callForPartners = {
  __typename: 'Thread' as const,
  id: 'VGhyZWFkOjc',
  title: 'Call for partners: fake job offers',
  category: partnerships,
};
const patternDiscussion = {
  __typename: 'Thread' as const,
  id: 'VGhyZWFkOjg',
  title: 'Fake job offers on classifieds',
  category: null,
};
const post = { __typename: 'Post' as const, id: 'UG9zdDo0' };

type Item = NotificationItemFragment & { __typename: 'Notification' };

function notification(id: string, overrides: Partial<Item>): Item {
  return {
    __typename: 'Notification',
    id,
    kind: 'OTHER',
    read: false,
    createdAt: '2026-11-02T10:00:00.000Z',
    actor,
    thread: null,
    post: null,
    practice: null,
    misusePattern: null,
    organization: null,
    ...overrides,
  };
}

function renderNotifications(items: Item[]) {
  return renderRoute('/notifications', [
    viewerMock(viewerData()),
    {
      request: { query: UnreadNotificationCountDocument },
      result: { data: { unreadNotificationCount: items.length } },
    },
    {
      request: { query: NotificationsDocument, variables: { first: 20 } },
      result: {
        data: {
          notifications: {
            __typename: 'NotificationConnection',
            totalCount: items.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: items.map((node, i) => ({
              __typename: 'NotificationEdge',
              cursor: `c${i}`,
              node,
            })),
          },
        },
      },
    },
  ]);
}

/** The rendered notification with the given id. */
async function entry(index: number) {
  const entries = await screen.findAllByTestId('notification');
  return entries[index]!;
}

describe('Notifications about misuse patterns', () => {
  it('says which practice now counters a followed pattern, linking to both', async () => {
    renderNotifications([
      notification('Tm90aWY6MQ', { kind: 'PATTERN_COUNTERED', practice, misusePattern: pattern }),
    ]);
    const item = await entry(0);
    expect(item).toHaveTextContent(
      'Bo Berg linked Job-ad screening as a countermeasure to Fake job offers on classifieds',
    );
    expect(within(item).getByRole('link', { name: 'Job-ad screening' })).toHaveAttribute(
      'href',
      '/practices/job-ad-screening',
    );
    expect(
      within(item).getByRole('link', { name: 'Fake job offers on classifieds' }),
    ).toHaveAttribute('href', '/misuse-patterns/fake-job-offers');
  });

  it('names "a practice" without a link when the practice is no longer visible', async () => {
    renderNotifications([
      notification('Tm90aWY6Mg', { kind: 'PATTERN_COUNTERED', misusePattern: pattern }),
    ]);
    const item = await entry(0);
    expect(item).toHaveTextContent(
      'Bo Berg linked a practice as a countermeasure to Fake job offers on classifieds',
    );
    expect(
      within(item)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/misuse-patterns/fake-job-offers']);
  });

  it('links a new thread about a followed pattern to the thread, and the pattern to its page', async () => {
    renderNotifications([
      notification('Tm90aWY6Mw', {
        kind: 'NEW_THREAD',
        misusePattern: pattern,
        thread: callForPartners,
        post,
      }),
    ]);
    const item = await entry(0);
    expect(item).toHaveTextContent(
      'Bo Berg started a thread about Fake job offers on classifieds: Call for partners: fake job offers',
    );
    expect(
      within(item).getByRole('link', { name: 'Call for partners: fake job offers' }),
    ).toHaveAttribute('href', '/discussions/VGhyZWFkOjc#post-UG9zdDo0');
    expect(
      within(item).getByRole('link', { name: 'Fake job offers on classifieds' }),
    ).toHaveAttribute('href', '/misuse-patterns/fake-job-offers');
  });

  it('leaves out a thread that is no longer visible', async () => {
    renderNotifications([
      notification('Tm90aWY6NA', { kind: 'NEW_THREAD', misusePattern: pattern }),
    ]);
    const item = await entry(0);
    // The sentence ends with the pattern: no ": <thread>" after it.
    expect(item.querySelector('.item__title')).toHaveTextContent(
      /^Unread Bo Berg started a thread about Fake job offers on classifieds$/,
    );
    expect(
      within(item)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/misuse-patterns/fake-job-offers']);
  });

  it("leads a post in a pattern's own discussion to the pattern page, at the post", async () => {
    renderNotifications([
      notification('Tm90aWY6NQ', {
        kind: 'NEW_POST',
        misusePattern: pattern,
        thread: patternDiscussion,
        post,
      }),
    ]);
    const item = await entry(0);
    expect(item).toHaveTextContent(
      'Bo Berg posted in the discussion of Fake job offers on classifieds',
    );
    expect(
      within(item).getByRole('link', { name: 'Fake job offers on classifieds' }),
    ).toHaveAttribute('href', '/misuse-patterns/fake-job-offers#post-UG9zdDo0');
  });

  it('leads replies to the thread about a pattern, and moderation of a pattern to its page', async () => {
    renderNotifications([
      notification('Tm90aWY6Ng', {
        kind: 'REPLY',
        misusePattern: pattern,
        thread: callForPartners,
        post,
      }),
      notification('Tm90aWY6Nw', { kind: 'MODERATION', actor: null, misusePattern: pattern }),
    ]);
    const reply = await entry(0);
    expect(reply).toHaveTextContent('Bo Berg replied: Call for partners: fake job offers');
    expect(within(reply).getByRole('link')).toHaveAttribute(
      'href',
      '/discussions/VGhyZWFkOjc#post-UG9zdDo0',
    );
    const moderation = await entry(1);
    expect(moderation).toHaveTextContent(
      'A moderator reviewed your content: Fake job offers on classifieds',
    );
    expect(within(moderation).getByRole('link')).toHaveAttribute(
      'href',
      '/misuse-patterns/fake-job-offers',
    );
  });

  it('shows titles as text, never as markup', async () => {
    renderNotifications([
      notification('Tm90aWY6OA', {
        kind: 'PATTERN_COUNTERED',
        practice: { ...practice, title: '<b>Bold</b> & <pattern>x</pattern>' },
        misusePattern: pattern,
      }),
    ]);
    const item = await entry(0);
    expect(
      within(item).getByRole('link', { name: '<b>Bold</b> & <pattern>x</pattern>' }),
    ).toHaveAttribute('href', '/practices/job-ad-screening');
    expect(item.querySelector('b')).toBeNull();
  });
});

describe('notificationLink', () => {
  const base = notification('Tm90aWY6OQ', {});

  it.each<[string, Partial<Item>, string | null]>([
    ['a countermeasure', { practice, misusePattern: pattern }, '/misuse-patterns/fake-job-offers'],
    [
      "a pattern's own discussion",
      { misusePattern: pattern, thread: patternDiscussion, post },
      '/misuse-patterns/fake-job-offers#post-UG9zdDo0',
    ],
    [
      'a thread about a pattern',
      { misusePattern: pattern, thread: callForPartners },
      '/discussions/VGhyZWFkOjc',
    ],
    [
      "a practice's discussion",
      { practice, thread: { ...patternDiscussion, id: 'VGhyZWFkOjk' }, post },
      '/discussions/VGhyZWFkOjk#post-UG9zdDo0',
    ],
    ['a practice', { practice }, '/practices/job-ad-screening'],
    ['nothing visible', {}, null],
  ])('leads %s to the right page', (_, overrides, expected) => {
    expect(notificationLink({ ...base, ...overrides })).toBe(expected);
  });
});
