import { ViewerDocument, type ViewerSummaryFragment } from '@alliance/graphql';

/** A signed-in user as the API would send it (with __typename, as Apollo requests it). */
export function viewerData(
  overrides: Partial<ViewerSummaryFragment> = {},
): ViewerSummaryFragment & {
  __typename: 'Viewer';
} {
  return {
    __typename: 'Viewer',
    id: 'VXNlcjox',
    email: 'ana@example.org',
    displayName: 'Ana Example',
    emailVerified: true,
    platformRole: 'USER',
    ...overrides,
  };
}

/** Answers the Viewer query (as often as asked: resetStore refetches it) with `viewer`. */
export function viewerMock(viewer: ReturnType<typeof viewerData> | null) {
  return {
    request: { query: ViewerDocument },
    result: { data: { viewer } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Nobody signed in. */
export const anonymousViewerMock = () => viewerMock(null);
