import { screen, waitFor } from '@testing-library/react';
import {
  NotificationAddedDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '@alliance/graphql';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';

const notification = {
  __typename: 'Notification' as const,
  id: 'Tm90aWY6MQ',
  kind: 'MENTION',
  read: false,
  createdAt: '2026-11-02T10:00:00.000Z',
  actor: { __typename: 'User' as const, id: 'VXNlcjoy', displayName: 'Bo Berg' },
  thread: {
    __typename: 'Thread' as const,
    id: 'VGhyZWFkOjE',
    title: 'Screening job ads',
    category: { __typename: 'DiscussionCategory' as const, id: 'Q2F0ZWdvcnk6MQ' },
  },
  post: { __typename: 'Post' as const, id: 'UG9zdDoz' },
  practice: null,
  misusePattern: null,
  organization: null,
};

const countMock = (count: number) => ({
  request: { query: UnreadNotificationCountDocument },
  result: { data: { unreadNotificationCount: count } },
});

describe('Notification bell', () => {
  it('is not shown to visitors', async () => {
    renderRoute('/about');
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByTestId('notification-bell')).not.toBeInTheDocument();
  });

  it('shows the unread count and raises it when a notification arrives live', async () => {
    renderRoute('/about', [
      viewerMock(viewerData()),
      countMock(2),
      {
        request: { query: NotificationAddedDocument },
        result: { data: { notificationAdded: notification } },
        delay: 200,
      },
    ]);
    const bell = await screen.findByRole('link', { name: 'Notifications: 2 unread' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(bell).toHaveTextContent('2');
    expect(
      await screen.findByRole('link', { name: 'Notifications: 3 unread' }),
    ).toBeInTheDocument();
  });

  it('lists notifications with links to where they happened', async () => {
    renderRoute('/notifications', [
      viewerMock(viewerData()),
      countMock(1),
      {
        request: { query: NotificationsDocument, variables: { first: 20 } },
        result: {
          data: {
            notifications: {
              __typename: 'NotificationConnection',
              totalCount: 1,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              edges: [{ __typename: 'NotificationEdge', cursor: 'c0', node: notification }],
            },
          },
        },
      },
    ]);
    const link = await screen.findByRole('link', { name: 'Screening job ads' });
    expect(link).toHaveAttribute('href', '/discussions/VGhyZWFkOjE#post-UG9zdDoz');
    expect(screen.getByTestId('notification')).toHaveTextContent('Bo Berg mentioned you');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Mark all read' })).toBeInTheDocument(),
    );
  });
});
