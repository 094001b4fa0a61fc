import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DeleteMisusePatternDocument } from '@alliance/graphql';
import { membership, viewerMembershipsMock } from '../../../test/practiceMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';
import {
  communityMock,
  facetCountsMock,
  patternCard,
  patternDetails,
  patternPageMock,
  patternsMock,
} from './patternMocks';

// Whole journeys through the pages on a shared machine: more than the default 5 s when busy.
jest.setTimeout(30_000);

const states = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
/** The variables of one organization's list: every state, newest updated first. */
const ownedBy = (organizationId: string, after?: string) => ({
  first: 20,
  ...(after ? { after } : {}),
  orderBy: 'RECENTLY_UPDATED' as const,
  filter: { organizationIds: [organizationId], states: [...states] },
});

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

describe('My organization’s misuse patterns', () => {
  it('lists each organization’s patterns in every state, drafts included, with "New misuse pattern" and "Edit" for editors', async () => {
    const user = userEvent.setup();
    const draft = patternCard({
      id: 'mp1',
      slug: 'deepfake-modelling-offers',
      title: 'Deepfake modelling offers',
      state: 'DRAFT',
      visibility: 'MEMBERS',
      publishedAt: null,
      organization: editor.organization,
    });
    const archived = patternCard({
      id: 'mp2',
      slug: 'fake-job-ads-on-social-media',
      title: 'Fake job ads on social media',
      state: 'ARCHIVED',
      organization: editor.organization,
    });
    // A plain member's organization: its draft shows too, without "Edit".
    const memberDraft = patternCard({
      id: 'mp3',
      slug: 'crypto-payouts-for-recruiters',
      title: 'Crypto payouts for recruiters',
      state: 'DRAFT',
      publishedAt: null,
      organization: member.organization,
    });
    const older = patternCard({
      id: 'mp4',
      slug: 'mule-accounts-via-gig-apps',
      title: 'Mule accounts via gig apps',
      state: 'PUBLISHED',
      organization: member.organization,
    });
    renderRoute('/my/misuse-patterns', [
      viewerMock(viewerData()),
      viewerMembershipsMock([editor, member]),
      patternsMock(ownedBy('T3JnOjI'), [draft, archived]),
      patternsMock(ownedBy('T3JnOjM'), [memberDraft], {
        totalCount: 2,
        hasNextPage: true,
        endCursor: 'c-1',
      }),
      patternsMock(ownedBy('T3JnOjM', 'c-1'), [older]),
    ]);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'My organization’s misuse patterns',
      }),
    ).toBeInTheDocument();
    expect(document.title).toBe('My organization’s misuse patterns · Alliance Commons');

    const [saferoutes, nordic] = await screen.findAllByTestId('my-organization');
    expect(within(saferoutes).getByRole('heading', { level: 2 })).toHaveTextContent(
      'SafeRoutes Network',
    );
    expect(
      within(saferoutes).getByRole('link', { name: 'New misuse pattern for SafeRoutes Network' }),
    ).toHaveAttribute('href', '/misuse-patterns/new?organization=saferoutes-network');
    const list = await within(saferoutes).findByRole('list', {
      name: 'Misuse patterns of SafeRoutes Network',
    });
    const cards = within(list).getAllByTestId('pattern-card');
    expect(cards.map((card) => within(card).getByTestId('state-badge').textContent)).toEqual([
      'Draft',
      'Archived',
    ]);
    expect(within(cards[0]).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Deepfake modelling offers',
    );
    expect(within(cards[0]).getByTestId('visibility-badge')).toHaveTextContent(
      'Members of verified organizations',
    );
    expect(
      within(cards[0]).getByRole('link', { name: 'Edit “Deepfake modelling offers”' }),
    ).toHaveAttribute('href', '/misuse-patterns/deepfake-modelling-offers/edit');

    // A member (not an editor) sees the organization's draft, but may not write.
    expect(
      within(nordic).queryByRole('link', { name: /New misuse pattern/ }),
    ).not.toBeInTheDocument();
    const memberCard = await within(nordic).findByRole('link', {
      name: 'Crypto payouts for recruiters',
    });
    expect(memberCard).toHaveAttribute('href', '/misuse-patterns/crypto-payouts-for-recruiters');
    expect(
      within(nordic).getByTestId('pattern-card').querySelector('[data-testid="state-badge"]'),
    ).toHaveTextContent('Draft');
    expect(within(nordic).queryByRole('link', { name: /^Edit/ })).not.toBeInTheDocument();

    // "Load more" fetches the organization's next page.
    await user.click(within(nordic).getByRole('button', { name: 'Load more patterns' }));
    expect(
      await within(nordic).findByRole('link', { name: 'Mule accounts via gig apps' }),
    ).toBeInTheDocument();
    expect(within(nordic).getAllByTestId('pattern-card')).toHaveLength(2);
    expect(
      within(nordic).queryByRole('button', { name: 'Load more patterns' }),
    ).not.toBeInTheDocument();

    // The account menu leads here.
    await user.click(screen.getByRole('button', { name: /^Account menu:/ }));
    expect(screen.getByRole('link', { name: 'My misuse patterns' })).toHaveAttribute(
      'href',
      '/my/misuse-patterns',
    );
  });

  it('says so when an organization has no patterns yet', async () => {
    renderRoute('/my/misuse-patterns', [
      viewerMock(viewerData()),
      viewerMembershipsMock([member]),
      patternsMock(ownedBy('T3JnOjM'), []),
    ]);
    const section = await screen.findByTestId('my-organization');
    expect(await within(section).findByText('No misuse patterns yet.')).toBeInTheDocument();
  });

  it('points a signed-in viewer without an organization to the organizations', async () => {
    renderRoute('/my/misuse-patterns', [viewerMock(viewerData()), viewerMembershipsMock([])]);
    expect(
      await screen.findByText(/You are not a member of any organization yet/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse the organizations' })).toHaveAttribute(
      'href',
      '/organizations',
    );
  });

  it('brings an editor here after deleting a draft, saying it is gone', async () => {
    const user = userEvent.setup();
    const slug = 'deepfake-modelling-offers';
    const draft = patternDetails({
      slug,
      title: 'Deepfake modelling offers',
      state: 'DRAFT',
      publishedAt: null,
      viewerCanEdit: true,
      organization: editor.organization,
    });
    const { router } = renderRoute(`/misuse-patterns/${slug}`, [
      viewerMock(viewerData()),
      patternPageMock(slug, draft, []),
      communityMock(slug, draft.id),
      {
        request: { query: DeleteMisusePatternDocument, variables: { id: draft.id } },
        result: { data: { deleteMisusePattern: true } },
      },
      viewerMembershipsMock([editor]),
      // Asked again once the deletion has made the cached lists stale.
      { ...patternsMock(ownedBy('T3JnOjI'), []), maxUsageCount: Infinity },
    ]);
    const actions = await screen.findByRole('region', { name: 'Manage this pattern' });
    await user.click(within(actions).getByRole('button', { name: 'Delete draft' }));
    await user.click(within(actions).getByRole('button', { name: 'Yes, delete' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/my/misuse-patterns'));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'My organization’s misuse patterns',
      }),
    ).toBeInTheDocument();
    expect(await screen.findByText('The draft was deleted.')).toHaveAttribute('role', 'status');
    expect(await screen.findByText('No misuse patterns yet.')).toBeInTheDocument();
  });

  it('links the library to it for a signed-in viewer', async () => {
    renderRoute('/misuse-patterns', [
      viewerMock(viewerData()),
      facetCountsMock(),
      patternsMock({ first: 12, orderBy: 'NEWEST' }, []),
    ]);
    expect(await screen.findByRole('link', { name: 'My organization’s patterns' })).toHaveAttribute(
      'href',
      '/my/misuse-patterns',
    );
  });

  it('sends a visitor to sign in first', async () => {
    const { router } = renderRoute('/my/misuse-patterns');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/sign-in');
  });
});
