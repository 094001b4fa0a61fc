import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AuditEventsDocument,
  PendingOrganizationsDocument,
  UsersDocument,
} from '@alliance/graphql';
import { cardData } from '../../../test/organizationMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';

const admin = viewerMock(viewerData({ platformRole: 'ADMIN', displayName: 'Amira Admin' }));

function connection(typename: string, nodes: object[]) {
  return {
    __typename: typename,
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node, i) => ({
      __typename: typename.replace('Connection', 'Edge'),
      cursor: `c${i}`,
      node,
    })),
  };
}

describe('Admin page', () => {
  it('tells signed-in users who are not platform admins that they are not allowed', async () => {
    renderRoute('/admin', [viewerMock(viewerData({ platformRole: 'MODERATOR' }))]);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You are not allowed to see this page',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('lists organizations awaiting verification for platform admins', async () => {
    renderRoute('/admin', [
      admin,
      {
        request: { query: PendingOrganizationsDocument, variables: { first: 20 } },
        result: {
          data: {
            organizations: connection('OrganizationConnection', [
              {
                ...cardData({ verified: false, name: 'Open Newsroom' }),
                website: null,
                createdAt: '2026-11-01T12:00:00.000Z',
                identityChange: null,
              },
              {
                ...cardData({
                  id: 'T3JnOjI',
                  slug: 'ngo-turned-ministry',
                  verified: false,
                  name: 'Ministry of Safety',
                }),
                website: null,
                createdAt: '2026-10-01T12:00:00.000Z',
                identityChange: {
                  __typename: 'OrganizationIdentityChange',
                  changedAt: '2026-11-02T12:00:00.000Z',
                  changedBy: { __typename: 'User', id: 'VXNlcjo5', displayName: 'Oscar Orgadmin' },
                  changes: [
                    {
                      __typename: 'OrganizationFieldChange',
                      field: 'STAKEHOLDER_TYPE',
                      from: 'CIVIL_SOCIETY',
                      to: 'GOVERNMENT',
                    },
                    {
                      __typename: 'OrganizationFieldChange',
                      field: 'COUNTRY',
                      from: 'AT',
                      to: 'FR',
                    },
                  ],
                },
              },
            ]),
          },
        },
      },
    ]);
    expect(await screen.findByRole('tab', { name: 'Awaiting verification' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const [item, again] = await screen.findAllByTestId('pending-organization');
    expect(item).toHaveTextContent('Open Newsroom');
    expect(within(item).getByRole('button', { name: 'Verify Open Newsroom' })).toBeInTheDocument();
    expect(within(item).queryByTestId('identity-change')).not.toBeInTheDocument();
    // One that changed its identity says why it waits again, old → new.
    const why = within(again).getByTestId('identity-change');
    expect(why).toHaveTextContent(
      'Awaiting verification again: Oscar Orgadmin changed its identity',
    );
    expect(why).toHaveTextContent('Stakeholder type: Civil society → Government');
    expect(why).toHaveTextContent('Country: Austria → France');
    expect(document.title).toBe('Admin · Alliance Commons');
  });

  it('reads the audit log filter from the address and shows the events', async () => {
    const { router } = renderRoute('/admin?tab=audit&action=organization.verified', [
      admin,
      {
        request: {
          query: AuditEventsDocument,
          variables: { first: 25, action: 'organization.verified' },
        },
        result: {
          data: {
            auditEvents: connection('AuditEventConnection', [
              {
                __typename: 'AuditEvent',
                id: 'QXVkaXQ6MQ',
                action: 'organization.verified',
                createdAt: '2026-11-29T12:00:00.000Z',
                ip: '203.0.113.9',
                subjectType: 'Organization',
                subjectId: 'T3JnOjE',
                details: { previous: false },
                actor: { __typename: 'User', id: 'VXNlcjo5', displayName: 'Amira Admin' },
              },
            ]),
          },
        },
      },
      {
        request: { query: UsersDocument, variables: { first: 25 } },
        result: { data: { users: connection('UserConnection', []) } },
      },
    ]);
    expect(await screen.findByRole('tab', { name: 'Audit log' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue('organization.verified');
    const row = await screen.findByTestId('audit-event');
    expect(row).toHaveTextContent('organization.verified');
    expect(row).toHaveTextContent('Amira Admin');
    expect(row).toHaveTextContent('203.0.113.9');
    expect(row).toHaveTextContent('previous: false');

    await userEvent.click(screen.getByRole('tab', { name: 'Users' }));
    expect(router.state.location.search).toBe('?tab=users');
    expect(await screen.findByText('0 users')).toBeInTheDocument();
  });
});
