import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { SetThreadLockedDocument, type ThreadSummaryFragment } from '@alliance/graphql';
import '../../../app/i18n';
import { ModeratorTools } from '../components/ModeratorTools';

const thread: ThreadSummaryFragment = {
  id: 'VGhyZWFkOjE',
  title: 'A thread',
  kind: 'DISCUSSION',
  pinned: false,
  locked: false,
  tags: [],
  replyCount: 0,
  unreadCount: 0,
  lastActivityAt: '2026-11-01T00:00:00Z',
  createdAt: '2026-11-01T00:00:00Z',
  author: null,
  category: null,
  practice: { id: 'UHJhY3RpY2U6MQ', slug: 'p', title: 'P' },
  misusePattern: null,
};

describe('ModeratorTools', () => {
  it('locks a thread and says so', async () => {
    const user = userEvent.setup();
    const locked = jest.fn(() => ({ data: { setThreadLocked: { ...thread, locked: true } } }));
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: SetThreadLockedDocument, variables: { id: thread.id, locked: true } },
            result: locked,
          },
        ]}
      >
        <ModeratorTools thread={thread} />
      </MockedProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Lock thread' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(locked).toHaveBeenCalled();
    // A practice's discussion cannot be moved; no author, no suspension form.
    expect(screen.queryByRole('button', { name: 'Move' })).not.toBeInTheDocument();
  });
});
