import {
  MarkThreadReadDocument,
  PostAddedDocument,
  PostsDocument,
  ThreadDocument,
} from '@alliance/graphql';

export const THREAD_ID = 'VGhyZWFkOjE';

export function postData(
  id: string,
  body: string,
  author = { id: 'VXNlcjoy', displayName: 'Bo Berg' },
) {
  return {
    __typename: 'Post' as const,
    id,
    body,
    createdAt: '2026-11-01T10:00:00.000Z',
    edited: false,
    editedAt: null,
    hidden: false,
    hiddenReason: null,
    removed: false,
    author: { __typename: 'User' as const, ...author },
    parent: null,
    reactions: [
      { __typename: 'ReactionCount' as const, reaction: 'USEFUL', count: 2, viewerReacted: false },
    ],
  };
}

export function threadData(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Thread' as const,
    id: THREAD_ID,
    title: 'Screening job ads for trafficking signals',
    kind: 'DISCUSSION',
    pinned: false,
    locked: false,
    tags: ['recruitment'],
    replyCount: 1,
    unreadCount: 0,
    lastActivityAt: '2026-11-01T10:00:00.000Z',
    createdAt: '2026-11-01T09:00:00.000Z',
    author: { __typename: 'User' as const, id: 'VXNlcjoy', displayName: 'Bo Berg' },
    category: {
      __typename: 'DiscussionCategory' as const,
      id: 'Q2F0OjE',
      slug: 'technology',
      name: 'Technology',
    },
    practice: null,
    misusePattern: null,
    participantCount: 2,
    acceptedAnswer: null,
    ...overrides,
  };
}

export const threadMock = (overrides: Record<string, unknown> = {}) => ({
  request: { query: ThreadDocument, variables: { id: THREAD_ID } },
  result: { data: { thread: threadData(overrides) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

export const postsMock = (
  posts: ReturnType<typeof postData>[],
  page: { after?: string; endCursor?: string; totalCount?: number } = {},
) => ({
  request: {
    query: PostsDocument,
    variables: { threadId: THREAD_ID, first: 20, ...(page.after ? { after: page.after } : {}) },
  },
  result: {
    data: {
      posts: {
        __typename: 'PostConnection' as const,
        totalCount: page.totalCount ?? posts.length,
        pageInfo: {
          __typename: 'PageInfo' as const,
          hasNextPage: page.endCursor !== undefined,
          endCursor: page.endCursor ?? null,
        },
        edges: posts.map((node, i) => ({ __typename: 'PostEdge' as const, cursor: `c${i}`, node })),
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

export const postAddedMock = (post: ReturnType<typeof postData>, delay = 20) => ({
  request: { query: PostAddedDocument, variables: { threadId: THREAD_ID } },
  result: { data: { postAdded: post } },
  delay,
});

export const markReadMock = () => ({
  request: { query: MarkThreadReadDocument, variables: { threadId: THREAD_ID } },
  result: { data: { markThreadRead: { __typename: 'Thread', id: THREAD_ID, unreadCount: 0 } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
