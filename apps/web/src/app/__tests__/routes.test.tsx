import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { RouteErrorPage } from '../../features/errors/pages/RouteErrorPage';
import { platformStatsMock } from '../../test/platformStatsMocks';
import { recentPracticesMock } from '../../test/practiceMocks';
import { renderRoute } from '../../test/renderRoute';

describe('routes', () => {
  it('shows the not-found page, inside the layout, on an unknown path', () => {
    renderRoute('/no-such-page');

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('Error 404')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found · Alliance Commons');
  });

  it('renders the About page with the layout around it', () => {
    renderRoute('/about');

    expect(
      screen.getByRole('heading', { level: 1, name: 'About Alliance Commons' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'About' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Practices' })).not.toHaveAttribute(
      'aria-current',
    );
    // Practices first, then the rest; the brand link goes home.
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Practices',
      'Misuse patterns',
      'Gaps',
      'Organizations',
      'Discussions',
      'Search',
      'Insights',
      'About',
    ]);
    expect(screen.getByRole('link', { name: 'Alliance Commons, home' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#main',
    );
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('link', { name: 'Public GraphQL API' })).toHaveAttribute(
      'href',
      '/graphql',
    );
    expect(document.title).toBe('About · Alliance Commons');
  });

  it('navigates from the not-found page home and moves focus to the main region', async () => {
    const { router } = renderRoute('/missing', [platformStatsMock(), recentPracticesMock()]);

    await userEvent.click(screen.getByRole('link', { name: 'Go to the home page' }));

    expect(router.state.location.pathname).toBe('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: /share what works/i }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
    expect(await screen.findByTestId('stat-organizations')).toHaveTextContent('1,234');
  });

  it('shows the friendly fallback, not the error, when a page throws', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const Boom = () => {
      throw new Error('secret internals');
    };
    const router = createMemoryRouter([
      { path: '/', element: <Boom />, errorElement: <RouteErrorPage /> },
    ]);

    render(<RouterProvider router={router} />);

    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('secret internals');
    spy.mockRestore();
  });
});
