import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  DismissFlagsDocument,
  HidePostDocument,
  ModerationQueueDocument,
  UnpublishFlaggedPatternDocument,
} from '@alliance/graphql';
import { apiErrorResult } from '../../../test/graphqlErrors';
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
  misusePattern: null,
  practice: null,
  thread: null,
  post: null,
};

const patternId = 'TWlzdXNlUGF0dGVybjox';
const pattern = (state: 'PUBLISHED' | 'DRAFT') => ({
  __typename: 'MisusePattern' as const,
  id: patternId,
  slug: 'fake-job-offers',
  title: 'Fake job offers on classifieds',
  state,
});
const patternItem = (state: 'PUBLISHED' | 'DRAFT') => ({
  __typename: 'ModerationItem' as const,
  targetId: patternId,
  targetType: 'PATTERN',
  flagCount: 3,
  reasons: ['IDENTIFIES_VICTIM', 'OTHER'],
  notes: ['The example names a real person.'],
  firstFlaggedAt: '2026-11-04T10:00:00.000Z',
  misusePattern: pattern(state),
  practice: null,
  thread: null,
  post: null,
});
const queue = (items: unknown[], maxUsageCount = 1) => ({
  request: { query: ModerationQueueDocument },
  result: { data: { moderationQueue: items } },
  maxUsageCount,
});
const reason = 'Names a victim in the example; remove it and publish again.';

const threadId = 'VGhyZWFkOjc=';
const thread = { __typename: 'Thread' as const, id: threadId, title: 'Recruitment on job boards' };
const flagged = {
  __typename: 'ModerationItem' as const,
  flagCount: 1,
  reasons: ['SPAM'],
  notes: [],
  firstFlaggedAt: '2026-11-05T10:00:00.000Z',
  misusePattern: null,
  practice: null,
  thread: null,
  post: null,
};
const practiceItem = {
  ...flagged,
  targetId: 'UHJhY3RpY2U6Mw==',
  targetType: 'PRACTICE',
  practice: {
    __typename: 'Practice' as const,
    id: 'UHJhY3RpY2U6Mw==',
    slug: 'hotline-for-workers',
    title: 'A hotline for migrant workers',
  },
};
const threadItem = { ...flagged, targetId: threadId, targetType: 'THREAD', thread };
const postBody =
  '## Offer\n**Great** pay, see [our site](https://spam.example) <img src=x onerror="alert(1)"> <script>alert(2)</script> ' +
  'and more words '.repeat(30);
const postItem = {
  ...flagged,
  targetId: 'UG9zdDoxMQ==',
  targetType: 'POST',
  thread,
  post: {
    __typename: 'Post' as const,
    id: 'UG9zdDoxMQ==',
    body: postBody,
    removed: false,
    hidden: true,
  },
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

  it('shows a flagged misuse pattern with a link to it and unpublishes it with a reason', async () => {
    const user = userEvent.setup();
    renderRoute('/moderation', [
      viewerMock(viewerData({ platformRole: 'MODERATOR' })),
      queue([patternItem('PUBLISHED')]),
      {
        request: {
          query: UnpublishFlaggedPatternDocument,
          variables: { id: patternId, reason: 'Bad' },
        },
        result: apiErrorResult('BAD_USER_INPUT', 'Check the reason.', {
          fieldErrors: [
            { field: 'reason', message: 'Give the owners a reason (at least 5 characters).' },
          ],
        }),
      },
      {
        request: { query: UnpublishFlaggedPatternDocument, variables: { id: patternId, reason } },
        result: {
          data: {
            unpublishMisusePattern: {
              __typename: 'MisusePattern',
              id: patternId,
              state: 'DRAFT',
              moderationNote: reason,
            },
          },
        },
      },
      // Unpublishing leaves the flags open, to be closed once the decision is made.
      queue([patternItem('DRAFT')], Number.POSITIVE_INFINITY),
    ]);
    const entry = await screen.findByTestId('moderation-item');
    expect(entry).toHaveTextContent('Misuse pattern');
    expect(entry).toHaveTextContent('3 flags');
    expect(entry).toHaveTextContent('Identifies a victim or exposes personal data, Something else');
    expect(entry).toHaveTextContent('The example names a real person.');
    expect(
      within(entry).getByRole('link', { name: 'Fake job offers on classifieds' }),
    ).toHaveAttribute('href', '/misuse-patterns/fake-job-offers');
    expect(within(entry).getByTestId('moderation-pattern-state')).toHaveTextContent(
      'Now: Published',
    );
    // Posts' actions are not offered for a pattern.
    expect(within(entry).queryByRole('button', { name: 'Hide' })).not.toBeInTheDocument();

    await user.click(within(entry).getByRole('button', { name: 'Unpublish' }));
    expect(await within(entry).findByRole('alert')).toHaveTextContent('Give a reason.');

    const field = within(entry).getByLabelText('Reason (shown to its owners)');
    await user.type(field, 'Bad');
    await user.click(within(entry).getByRole('button', { name: 'Unpublish' }));
    expect(
      await within(entry).findByText('Give the owners a reason (at least 5 characters).'),
    ).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await user.clear(field);
    await user.type(field, reason);
    await user.click(within(entry).getByRole('button', { name: 'Unpublish' }));
    expect(await within(entry).findByText('Done.')).toBeInTheDocument();
    expect(await within(entry).findByText('Now: Draft')).toBeInTheDocument();
    expect(within(entry).queryByRole('button', { name: 'Unpublish' })).not.toBeInTheDocument();
    expect(within(entry).getByRole('button', { name: 'Dismiss flags' })).toBeEnabled();
  });

  it('dismisses the flags on a pattern, and says when the pattern no longer exists', async () => {
    const user = userEvent.setup();
    const gone = {
      ...patternItem('PUBLISHED'),
      targetId: 'TWlzdXNlUGF0dGVybjoy',
      misusePattern: null,
    };
    renderRoute('/moderation', [
      viewerMock(viewerData({ platformRole: 'MODERATOR' })),
      queue([patternItem('PUBLISHED'), gone]),
      {
        request: { query: DismissFlagsDocument, variables: { targetId: patternId } },
        result: { data: { dismissFlags: 3 } },
      },
      queue([gone], Number.POSITIVE_INFINITY),
    ]);
    const [first, second] = await screen.findAllByTestId('moderation-item');
    expect(second).toHaveTextContent('This misuse pattern no longer exists.');
    expect(within(second!).queryByRole('link')).not.toBeInTheDocument();
    expect(within(second!).queryByRole('button', { name: 'Unpublish' })).not.toBeInTheDocument();

    await user.click(within(first!).getByRole('button', { name: 'Dismiss flags' }));
    // The refetched queue no longer has it.
    await waitFor(() => expect(screen.getAllByTestId('moderation-item')).toHaveLength(1));
    expect(screen.getByTestId('moderation-item')).toHaveTextContent(
      'This misuse pattern no longer exists.',
    );
    expect(screen.queryByText('Fake job offers on classifieds')).not.toBeInTheDocument();
  });

  it('links each flagged practice, thread and post, with a plain-text excerpt of the post', async () => {
    const gonePractice = { ...practiceItem, targetId: 'UHJhY3RpY2U6NA==', practice: null };
    const removedPost = {
      ...postItem,
      targetId: 'UG9zdDoxMg==',
      post: { ...postItem.post, id: 'UG9zdDoxMg==', body: null, removed: true },
    };
    renderRoute('/moderation', [
      viewerMock(viewerData({ platformRole: 'MODERATOR' })),
      queue(
        [practiceItem, threadItem, postItem, gonePractice, removedPost],
        Number.POSITIVE_INFINITY,
      ),
    ]);
    const [practiceEntry, threadEntry, postEntry, goneEntry, removedEntry] =
      await screen.findAllByTestId('moderation-item');

    expect(practiceEntry).toHaveTextContent('Practice');
    expect(
      within(practiceEntry!).getByRole('link', { name: 'A hotline for migrant workers' }),
    ).toHaveAttribute('href', '/practices/hotline-for-workers');
    expect(within(practiceEntry!).queryByRole('button', { name: 'Hide' })).not.toBeInTheDocument();
    expect(within(practiceEntry!).getByRole('button', { name: 'Dismiss flags' })).toBeEnabled();

    expect(threadEntry).toHaveTextContent('Thread');
    expect(
      within(threadEntry!).getByRole('link', { name: 'Recruitment on job boards' }),
    ).toHaveAttribute('href', `/discussions/${threadId}`);
    expect(within(threadEntry!).queryByTestId('moderation-post-excerpt')).not.toBeInTheDocument();

    expect(
      within(postEntry!).getByRole('link', { name: 'Recruitment on job boards' }),
    ).toHaveAttribute('href', `/discussions/${threadId}#post-UG9zdDoxMQ==`);
    expect(postEntry).toHaveTextContent('Currently hidden by moderation.');
    const excerpt = within(postEntry!).getByTestId('moderation-post-excerpt');
    // Markdown syntax dropped, markup shown as text and never rendered, the rest cut short.
    expect(excerpt.textContent).toMatch(
      /^Offer Great pay, see our site <img src=x onerror="alert\(1\)"> <script>alert\(2\)<\/script> and more words/,
    );
    expect(excerpt.textContent).toMatch(/…$/);
    expect(excerpt.textContent!.length).toBeLessThanOrEqual(201);
    expect(excerpt.querySelector('img, script, a, strong, h2')).toBeNull();
    // The post's actions are unchanged.
    expect(within(postEntry!).getByRole('button', { name: 'Hide' })).toBeInTheDocument();
    expect(within(postEntry!).getByRole('button', { name: 'Restore' })).toBeInTheDocument();
    expect(within(postEntry!).getByLabelText('Reason (shown to the author)')).toBeInTheDocument();

    expect(goneEntry).toHaveTextContent('This practice no longer exists.');
    expect(within(goneEntry!).queryByRole('link')).not.toBeInTheDocument();
    expect(within(removedEntry!).getByTestId('moderation-post-excerpt')).toHaveTextContent(
      'Removed by its author.',
    );
  });
});
