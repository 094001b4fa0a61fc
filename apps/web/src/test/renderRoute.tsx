import type { ReactElement } from 'react';
import type { ApolloCache } from '@apollo/client';
import { render, type RenderResult } from '@testing-library/react';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { PlatformInfoDocument, ViewerDocument } from '@alliance/graphql';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createCache } from '../app/apollo';
import { routes } from '../app/routes';
import { platformInfoMock } from './platformInfoMocks';
import { anonymousViewerMock } from './viewerMocks';

/**
 * Renders the app's real route table at `path`, with Apollo answering from `mocks` through the
 * app's own cache configuration. Without a Viewer mock among them, nobody is signed in; without
 * a PlatformInfo mock, the platform is not in demo mode.
 */
export function renderRoute(
  path: string,
  mocks: MockedProviderProps['mocks'] = [],
  { cache = createCache() }: { cache?: ApolloCache } = {},
): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const hasViewer = mocks.some((mock) => mock.request.query === ViewerDocument);
  const hasPlatformInfo = mocks.some((mock) => mock.request.query === PlatformInfoDocument);
  const allMocks = [
    ...(hasViewer ? [] : [anonymousViewerMock()]),
    ...(hasPlatformInfo ? [] : [platformInfoMock(false)]),
    ...mocks,
  ];
  const ui: ReactElement = (
    <MockedProvider mocks={allMocks} cache={cache}>
      <RouterProvider router={router} />
    </MockedProvider>
  );
  return { ...render(ui), router };
}
