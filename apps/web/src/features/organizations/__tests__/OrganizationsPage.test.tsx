import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OrganizationsDocument } from '@alliance/graphql';
import { cardData } from '../../../test/organizationMocks';
import { renderRoute } from '../../../test/renderRoute';

function page(
  nodes: ReturnType<typeof cardData>[],
  { totalCount = nodes.length, hasNextPage = false, endCursor = 'c1' } = {},
) {
  return {
    data: {
      organizations: {
        __typename: 'OrganizationConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
        edges: nodes.map((node, i) => ({
          __typename: 'OrganizationEdge',
          cursor: `cursor-${node.id}-${i}`,
          node,
        })),
      },
    },
  };
}

const natco = cardData();
const ministry = cardData({
  id: 'T3JnOjI',
  slug: 'moi-cyber-ge',
  name: 'Ministry of Interior – Cybercrime Directorate',
  country: 'GE',
  countryName: 'Georgia',
  memberCount: 1,
  verified: false,
});

describe('Organization directory', () => {
  it('reads its filters from the address and shows them in the controls', async () => {
    renderRoute('/organizations?q=referral&type=GOVERNMENT&type=MEDIA&country=AT&verified=1', [
      {
        request: {
          query: OrganizationsDocument,
          variables: {
            first: 12,
            filter: {
              query: 'referral',
              stakeholderTypes: ['GOVERNMENT', 'MEDIA'],
              countries: ['AT'],
              verified: true,
            },
          },
        },
        result: page([natco]),
      },
    ]);

    expect(screen.getByRole('searchbox', { name: 'Search by name or description' })).toHaveValue(
      'referral',
    );
    const types = screen.getByRole('group', { name: 'Stakeholder type' });
    expect(within(types).getByRole('checkbox', { name: 'Government' })).toBeChecked();
    expect(within(types).getByRole('checkbox', { name: 'Media' })).toBeChecked();
    expect(within(types).getByRole('checkbox', { name: 'Academia' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('AT');
    expect(screen.getByRole('checkbox', { name: 'Verified organizations only' })).toBeChecked();

    expect(await screen.findByTestId('result-count')).toHaveTextContent('1 organization');
    const card = screen.getByTestId('organization-card');
    expect(within(card).getByRole('link', { name: natco.name })).toHaveAttribute(
      'href',
      '/organizations/natco-at',
    );
    expect(card).toHaveTextContent('Government · Austria');
    expect(card).toHaveTextContent('Verified');
    expect(card).toHaveTextContent('3 members');
    expect(document.title).toBe('Organizations · Alliance Commons');
  });

  it('writes filter changes into the address and queries them', async () => {
    const { router } = renderRoute('/organizations', [
      {
        request: { query: OrganizationsDocument, variables: { first: 12 } },
        result: page([natco, ministry]),
      },
      {
        request: {
          query: OrganizationsDocument,
          variables: { first: 12, filter: { stakeholderTypes: ['GOVERNMENT'] } },
        },
        result: page([natco, ministry]),
      },
      {
        request: {
          query: OrganizationsDocument,
          variables: { first: 12, filter: { query: 'cyber', stakeholderTypes: ['GOVERNMENT'] } },
        },
        result: page([ministry]),
      },
    ]);
    expect(await screen.findByTestId('result-count')).toHaveTextContent('2 organizations');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Government' }));
    expect(router.state.location.search).toBe('?type=GOVERNMENT');

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search by name or description' }),
      'cyber',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(router.state.location.search).toBe('?q=cyber&type=GOVERNMENT');
    expect(await screen.findByText('1 organization')).toBeInTheDocument();
    expect(screen.getAllByTestId('organization-card')).toHaveLength(1);
    expect(screen.getByTestId('organization-card')).toHaveTextContent('Georgia');
    expect(screen.getByTestId('organization-card')).not.toHaveTextContent('Verified');
  });

  it('loads more organizations after the last one', async () => {
    renderRoute('/organizations', [
      {
        request: { query: OrganizationsDocument, variables: { first: 12 } },
        result: page([natco], { totalCount: 2, hasNextPage: true, endCursor: 'after-natco' }),
      },
      {
        request: { query: OrganizationsDocument, variables: { first: 12, after: 'after-natco' } },
        result: page([ministry], {
          totalCount: 2,
          hasNextPage: false,
          endCursor: 'after-ministry',
        }),
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Load more organizations' }));
    expect(await screen.findByText(ministry.name)).toBeInTheDocument();
    expect(screen.getAllByTestId('organization-card')).toHaveLength(2);
    expect(
      screen.queryByRole('button', { name: 'Load more organizations' }),
    ).not.toBeInTheDocument();
  });

  it('ignores filter values it does not know', async () => {
    renderRoute('/organizations?type=SPIES&country=XX', [
      { request: { query: OrganizationsDocument, variables: { first: 12 } }, result: page([]) },
    ]);
    expect(await screen.findByText('No organizations match these filters.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('');
  });
});
