import type { RouteObject } from 'react-router';
import { AboutPage } from '../features/about/pages/AboutPage';
import { NotFoundPage } from '../features/errors/pages/NotFoundPage';
import { RouteErrorPage } from '../features/errors/pages/RouteErrorPage';
import { HomePage } from '../features/home/pages/HomePage';
import { Layout } from './Layout';

/**
 * The route table, shared by the browser router (App.tsx) and the tests (createMemoryRouter).
 *
 * Two error boundaries: the pathless child catches errors thrown by a page and shows the message
 * inside the layout (header and navigation stay usable); the root one catches errors in the
 * layout itself and shows a stand-alone page.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteErrorPage standalone />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'about', element: <AboutPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
