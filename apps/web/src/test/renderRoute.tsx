import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../app/routes';

/** Renders the app's real route table at `path`, with Apollo answering from `mocks`. */
export function renderRoute(
  path: string,
  mocks: MockedProviderProps['mocks'] = [],
): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const ui: ReactElement = (
    <MockedProvider mocks={mocks}>
      <RouterProvider router={router} />
    </MockedProvider>
  );
  return { ...render(ui), router };
}
