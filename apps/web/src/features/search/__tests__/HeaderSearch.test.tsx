import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../test/renderRoute';
import { practiceHit, searchMock } from './searchMocks';

const headerBox = () =>
  screen.getByRole('searchbox', {
    name: 'Search practices, misuse patterns, discussions and organizations',
  });

describe('the search box in the header', () => {
  it('is on every page, with a label, its shortcut and a link to search in the navigation', () => {
    renderRoute('/about');
    const form = screen.getByRole('search', { name: 'Site search' });
    expect(form).toContainElement(headerBox());
    expect(headerBox()).toHaveAttribute('aria-keyshortcuts', '/');
    expect(
      screen.getByRole('navigation', { name: 'Main' }).querySelector('a[href="/search"]'),
    ).toHaveTextContent('Search');
  });

  it('takes the focus on "/" and opens the search page for what is typed on Enter', async () => {
    const { router } = renderRoute('/about', [
      searchMock({ query: 'traficking recrutment' }, [practiceHit()]),
    ]);
    expect(headerBox()).not.toHaveFocus();

    await userEvent.keyboard('/');
    expect(headerBox()).toHaveFocus();
    // The slash opened the box; it is not typed into it.
    expect(headerBox()).toHaveValue('');

    await userEvent.keyboard('traficking recrutment{Enter}');
    expect(router.state.location.pathname).toBe('/search');
    expect(router.state.location.search).toBe('?q=traficking+recrutment');
    expect(await screen.findByText('About 1 result')).toBeInTheDocument();
    // On the search page both boxes show the query.
    expect(headerBox()).toHaveValue('traficking recrutment');
    expect(screen.getByRole('searchbox', { name: 'Search for' })).toHaveValue(
      'traficking recrutment',
    );
  });

  it('leaves "/" alone while the user types in a field, a text area or editable content', async () => {
    renderRoute('/about');
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inside = document.createElement('span');
    editable.append(inside);
    document.body.append(input, textarea, editable);
    try {
      for (const target of [input, textarea, inside]) {
        const event = fireEvent.keyDown(target, { key: '/' });
        expect(event).toBe(true); // not prevented: the slash is typed
        expect(headerBox()).not.toHaveFocus();
      }
      // With a modifier it is not the shortcut either.
      fireEvent.keyDown(document.body, { key: '/', ctrlKey: true });
      expect(headerBox()).not.toHaveFocus();
      act(() => {
        fireEvent.keyDown(document.body, { key: '/' });
      });
      expect(headerBox()).toHaveFocus();
    } finally {
      input.remove();
      textarea.remove();
      editable.remove();
    }
  });

  it('opens the search page without a query when submitted empty', async () => {
    const { router } = renderRoute('/about');
    await userEvent.click(headerBox());
    await userEvent.keyboard('   {Enter}');
    expect(router.state.location.pathname).toBe('/search');
    expect(router.state.location.search).toBe('');
    expect(await screen.findByTestId('search-hint')).toBeInTheDocument();
  });
});
