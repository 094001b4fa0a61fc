import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HidePostDocument, ModerationQueueDocument } from '@alliance/graphql';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';

const item = {
  __typename: 'ModerationItem' as const,
  targetId: 'UG9zdDo5',
  targetType: 'POST',
  flagCount: 2,
  reasons: ['IDENTIFIES_VICTIM'],
  notes: ['Names a survivor.'],
  firstFlaggedAt: '2026-11-03T10:00:00.000Z',
};

describe('Moderation page', () => {
  it('is for moderators only', async () => {
    renderRoute('/moderation', [viewerMock(viewerData())]);
    expect(await screen.findByText('Only moderators can see this page.')).toBeInTheDocument();
  });

  it('lists flagged posts with their reasons and hides one with a reason', async () => {
    const user = userEvent.setup();
    renderRoute('/moderation', [
      viewerMock(viewerData({ platformRole: 'MODERATOR' })),
      {
        request: { query: ModerationQueueDocument },
        result: { data: { moderationQueue: [item] } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: HidePostDocument,
          variables: { id: 'UG9zdDo5', reason: 'Identifies a victim' },
        },
        result: {
          data: {
            hidePost: {
              __typename: 'Post',
              id: 'UG9zdDo5',
              hidden: true,
              hiddenReason: 'Identifies a victim',
            },
          },
        },
      },
    ]);
    const entry = await screen.findByTestId('moderation-item');
    expect(entry).toHaveTextContent('2 flags');
    expect(entry).toHaveTextContent('Identifies a victim or exposes personal data');
    expect(entry).toHaveTextContent('Names a survivor.');
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Give a reason.');
    await user.type(screen.getByLabelText('Reason (shown to the author)'), 'Identifies a victim');
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(await screen.findByText('Done.')).toBeInTheDocument();
  });
});
