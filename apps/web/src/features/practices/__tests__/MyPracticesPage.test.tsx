import { screen, within } from '@testing-library/react';
import {
  membership,
  practiceCard,
  practicesMock,
  viewerMembershipsMock,
} from '../../../test/practiceMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';

describe('My organization’s practices', () => {
  it('lists each organization’s practices in every state, with "New practice" for editors, and the bookmarks', async () => {
    const editor = membership('EDITOR', {
      id: 'T3JnOjI',
      slug: 'saferoutes-network',
      name: 'SafeRoutes Network',
    });
    const member = membership('MEMBER', {
      id: 'T3JnOjM',
      slug: 'nordic-payments-fcu',
      name: 'Nordic Payments FCU',
    });
    const draft = practiceCard({
      id: 'p1',
      slug: 'shelter-map',
      title: 'Shelter map',
      state: 'DRAFT',
      visibility: 'MEMBERS',
    });
    const archived = practiceCard({
      id: 'p2',
      slug: 'sms-campaign',
      title: 'SMS campaign',
      state: 'ARCHIVED',
    });
    const bookmarked = practiceCard({
      id: 'p3',
      slug: 'payroll',
      title: 'Payroll accounts',
      viewerHasBookmarked: true,
    });
    const states = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
    renderRoute('/my/practices', [
      viewerMock(viewerData()),
      viewerMembershipsMock([editor, member]),
      practicesMock(
        {
          first: 20,
          orderBy: 'RECENTLY_UPDATED',
          filter: { organizationIds: ['T3JnOjI'], states: [...states] },
        },
        [draft, archived],
      ),
      practicesMock(
        {
          first: 20,
          orderBy: 'RECENTLY_UPDATED',
          filter: { organizationIds: ['T3JnOjM'], states: [...states] },
        },
        [],
      ),
      practicesMock({ first: 20, orderBy: 'RECENTLY_UPDATED', filter: { bookmarked: true } }, [
        bookmarked,
      ]),
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My organization’s practices' }),
    ).toBeInTheDocument();

    const [saferoutes, nordic] = await screen.findAllByTestId('my-organization');
    expect(
      within(saferoutes).getByRole('link', { name: 'New practice for SafeRoutes Network' }),
    ).toHaveAttribute('href', '/practices/new?organization=saferoutes-network');
    const cards = await within(saferoutes).findAllByTestId('practice-card');
    expect(cards.map((card) => within(card).getByTestId('state-badge').textContent)).toEqual([
      'Draft',
      'Archived',
    ]);
    expect(within(cards[0]).getByTestId('visibility-badge')).toHaveTextContent(
      'Members of verified organizations',
    );
    expect(within(cards[0]).getByRole('link', { name: 'Edit “Shelter map”' })).toHaveAttribute(
      'href',
      '/practices/shelter-map/edit',
    );

    expect(within(nordic).queryByRole('link', { name: /New practice/ })).not.toBeInTheDocument();
    expect(await within(nordic).findByText('No practices yet.')).toBeInTheDocument();

    const bookmarks = screen.getByRole('region', { name: 'Your bookmarks' });
    expect(
      await within(bookmarks).findByRole('link', { name: 'Payroll accounts' }),
    ).toBeInTheDocument();
    expect(
      within(bookmarks).getByRole('button', { name: 'Bookmark “Payroll accounts”' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('sends a visitor to sign in first', async () => {
    const { router } = renderRoute('/my/practices');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/sign-in');
  });
});
