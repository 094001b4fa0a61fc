import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditPostDocument, ReplyDocument } from '@alliance/graphql';
import { apiErrorResult } from '../../../test/graphqlErrors';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';
import {
  THREAD_ID,
  markReadMock,
  postAddedMock,
  postData,
  postsMock,
  threadMock,
} from './discussionMocks';

const first = postData('UG9zdDox', 'How do you **screen** job ads?');
const second = postData('UG9zdDoy', 'We use keyword lists.', {
  id: 'VXNlcjoz',
  displayName: 'Cleo Dunn',
});

describe('Thread page', () => {
  it('shows the posts and appends a reply that arrives live, once', async () => {
    const live = postData('UG9zdDoz', 'Thanks @[Cleo Dunn](user:VXNlcjoz), very useful.', {
      id: 'VXNlcjo0',
      displayName: 'Dara Ek',
    });
    renderRoute(`/discussions/${THREAD_ID}`, [
      threadMock(),
      postsMock([first, second]),
      postAddedMock(live, 300),
    ]);
    expect(
      await screen.findByRole('heading', { name: 'Screening job ads for trafficking signals' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('We use keyword lists.')).toBeInTheDocument();
    const list = screen.getByTestId('post-list');
    expect(within(list).getAllByTestId('post')).toHaveLength(2);

    // The live post: appended at the end, its mention shown as "@Name".
    await waitFor(() => expect(within(list).getAllByTestId('post')).toHaveLength(3));
    const posts = within(list).getAllByTestId('post');
    expect(posts[2]).toHaveTextContent('Dara Ek');
    expect(posts[2]).toHaveTextContent('Thanks @Cleo Dunn, very useful.');
    expect(posts[2]).not.toHaveTextContent('user:');
  });

  it('tells a signed-in member that the thread is locked when replying fails', async () => {
    const user = userEvent.setup();
    renderRoute(`/discussions/${THREAD_ID}`, [
      viewerMock(viewerData()),
      threadMock(),
      postsMock([first]),
      // A post already shown arriving again over the socket is not repeated.
      postAddedMock(first, 10),
      markReadMock(),
      {
        request: {
          query: ReplyDocument,
          variables: { threadId: THREAD_ID, body: 'Me too', parentId: null },
        },
        result: apiErrorResult('THREAD_LOCKED', 'This thread is locked.'),
      },
    ]);
    await user.type(await screen.findByLabelText('Your reply'), 'Me too');
    await user.click(screen.getByRole('button', { name: 'Post reply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This thread is locked.');
    expect(screen.getAllByTestId('post')).toHaveLength(1);
  });

  it('adds the viewer’s reply at once and shows their later edit of it', async () => {
    const user = userEvent.setup();
    const mine = postData('UG9zdDo0', 'First draft', {
      id: 'VXNlcjox',
      displayName: 'Ana Example',
    });
    renderRoute(`/discussions/${THREAD_ID}`, [
      viewerMock(viewerData()),
      threadMock(),
      postsMock([first]),
      markReadMock(),
      {
        request: {
          query: ReplyDocument,
          variables: { threadId: THREAD_ID, body: 'First draft', parentId: null },
        },
        result: { data: { reply: mine } },
      },
      {
        request: {
          query: EditPostDocument,
          variables: { id: 'UG9zdDo0', body: 'Second thoughts' },
        },
        result: { data: { editPost: { ...mine, body: 'Second thoughts', edited: true } } },
      },
    ]);
    await user.type(await screen.findByLabelText('Your reply'), 'First draft');
    await user.click(screen.getByRole('button', { name: 'Post reply' }));
    await waitFor(() => expect(screen.getAllByTestId('post')).toHaveLength(2));
    const reply = screen.getAllByTestId('post')[1]!;
    expect(reply).toHaveTextContent('First draft');
    await user.click(within(reply).getByRole('button', { name: 'Edit' }));
    const editor = within(reply).getByLabelText('Edit your post');
    await user.clear(editor);
    await user.type(editor, 'Second thoughts');
    await user.click(within(reply).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByLabelText('Edit your post')).not.toBeInTheDocument());
    const edited = screen.getAllByTestId('post')[1]!;
    expect(edited).toHaveTextContent('Second thoughts');
    expect(edited).toHaveTextContent('edited');
    expect(edited).not.toHaveTextContent('First draft');
  });

  it('loads pages until a linked post (#post-<id>) is there, and brings it into view', async () => {
    const scrolled: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    try {
      const later = postData('UG9zdDo5', 'The post a search result links to.');
      renderRoute(`/discussions/${THREAD_ID}#post-UG9zdDo5`, [
        threadMock(),
        postsMock([first, second], { endCursor: 'c1', totalCount: 3 }),
        postsMock([later], { after: 'c1', totalCount: 3 }),
      ]);
      expect(await screen.findByText('The post a search result links to.')).toBeInTheDocument();
      await waitFor(() => expect(scrolled).toEqual(['post-UG9zdDo5']));
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});
