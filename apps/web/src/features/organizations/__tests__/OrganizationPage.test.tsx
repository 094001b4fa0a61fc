import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ChangeMemberRoleDocument,
  LeaveOrganizationDocument,
  OrganizationPageDocument,
  VerifyOrganizationDocument,
} from '@alliance/graphql';
import { apiErrorResult } from '../../../test/graphqlErrors';
import { memberData, membersData, organizationPageData } from '../../../test/organizationMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';
import { webhooksMock } from '../../webhooks/__tests__/webhookMocks';

const ADMIN_ID = 'VXNlcjox';
const members = membersData([
  memberData(ADMIN_ID, 'Ana Example', 'ADMIN', 'ana@example.org'),
  memberData('VXNlcjoy', 'Boris Member', 'MEMBER', 'boris@example.org'),
]);

function pageMock(organization: ReturnType<typeof organizationPageData>, maxUsageCount = 1) {
  return {
    request: { query: OrganizationPageDocument, variables: { slug: 'natco-at' } },
    result: { data: { organization } },
    maxUsageCount,
  };
}

const adminView = organizationPageData({
  viewerRole: 'ADMIN',
  members,
  invitations: [
    {
      __typename: 'Invitation',
      id: 'SW52OjE',
      email: 'new@example.net',
      role: 'EDITOR',
      status: 'PENDING',
      createdAt: '2026-11-20T10:00:00.000Z',
      expiresAt: '2026-12-04T10:00:00.000Z',
    },
  ],
  joinRequests: [
    {
      __typename: 'JoinRequest',
      id: 'Sm9pbjox',
      message: 'I coordinate the shelter network.',
      status: 'PENDING',
      createdAt: '2026-11-25T10:00:00.000Z',
      user: {
        __typename: 'User',
        id: 'VXNlcjoz',
        displayName: 'Chloe Asker',
        email: 'chloe@example.net',
      },
    },
  ],
});

/** Waits until the header shows the signed-in viewer (the page and the viewer load separately). */
const signedIn = () => screen.findByRole('button', { name: /^Account menu:/ });

describe('Organization page', () => {
  it('shows the details and the verified badge to everyone, members and admin tools to nobody anonymous', async () => {
    renderRoute('/organizations/natco-at', [pageMock(organizationPageData())]);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'National Anti-Trafficking Coordination Office',
      }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('verified-badge')).toHaveTextContent('Verified on Feb 1, 2026');
    expect(screen.getByTestId('member-count')).toHaveTextContent('3 members');
    expect(
      screen.getByText('Only members can see who belongs to this organization.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Sign in to ask to join this organization' }),
    ).toHaveAttribute('href', '/sign-in?next=%2Forganizations%2Fnatco-at');
    expect(screen.queryByRole('heading', { name: 'Invite a member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Verify/ })).not.toBeInTheDocument();
    expect(document.title).toBe('National Anti-Trafficking Coordination Office · Alliance Commons');
  });

  it('shows members, but no admin controls, to a plain member', async () => {
    renderRoute('/organizations/natco-at', [
      viewerMock(viewerData({ id: 'VXNlcjoy', displayName: 'Boris Member' })),
      pageMock(organizationPageData({ viewerRole: 'MEMBER', members })),
    ]);
    await signedIn();

    const table = await screen.findByTestId('members');
    expect(within(table).getAllByTestId('member')).toHaveLength(2);
    expect(table).toHaveTextContent('Ana Example');
    expect(table).toHaveTextContent('Admin');
    expect(within(table).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Invite a member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Requests to join' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit details' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Webhooks' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Join this organization' }),
    ).not.toBeInTheDocument();
    expect(screen.getByTestId('viewer-role')).toHaveTextContent('Your role: Member');
  });

  it('gives an organization admin every management control', async () => {
    renderRoute('/organizations/natco-at', [
      viewerMock(viewerData({ id: ADMIN_ID })),
      pageMock(adminView),
      webhooksMock([]),
    ]);
    await signedIn();

    expect(await screen.findByRole('heading', { name: 'Invite a member' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role of Boris Member' })).toHaveValue('MEMBER');
    expect(screen.getByRole('button', { name: 'Remove Boris Member' })).toBeInTheDocument();
    // No "remove" for oneself: leaving is separate.
    expect(screen.queryByRole('button', { name: 'Remove Ana Example' })).not.toBeInTheDocument();
    const request = screen.getByTestId('join-request');
    expect(request).toHaveTextContent('I coordinate the shelter network.');
    expect(
      within(request).getByRole('button', { name: 'Approve Chloe Asker' }),
    ).toBeInTheDocument();
    expect(within(request).getByRole('combobox', { name: 'Role for Chloe Asker' })).toHaveValue(
      'MEMBER',
    );
    expect(screen.getByTestId('invitation')).toHaveTextContent('new@example.net');
    expect(
      screen.getByRole('button', { name: 'Withdraw the invitation to new@example.net' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/sends it back to awaiting verification/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Edit details' }));
    // A verified organization's admins are told what changing its identity does.
    expect(screen.getByText(/sends it back to awaiting verification/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Webhooks' })).toBeInTheDocument();
    expect(await screen.findByText('No webhooks yet.')).toBeInTheDocument();
    // Verification is for platform admins only.
    expect(screen.queryByRole('button', { name: /^Verify/ })).not.toBeInTheDocument();
  });

  it('lets a platform admin verify or withdraw verification', async () => {
    const unverified = organizationPageData({ verified: false, verifiedAt: null, members });
    renderRoute('/organizations/natco-at', [
      viewerMock(viewerData({ id: 'VXNlcjo5', platformRole: 'ADMIN' })),
      pageMock(unverified),
      webhooksMock([]),
      {
        request: { query: VerifyOrganizationDocument, variables: { id: unverified.id } },
        result: {
          data: {
            verifyOrganization: {
              __typename: 'Organization',
              id: unverified.id,
              verified: true,
              verifiedAt: '2026-11-29T12:00:00.000Z',
            },
          },
        },
      },
    ]);

    expect(await screen.findByTestId('unverified-badge')).toHaveTextContent('Not verified yet');
    await userEvent.click(await screen.findByRole('button', { name: `Verify ${unverified.name}` }));

    expect(await screen.findByTestId('verified-badge')).toHaveTextContent(
      'Verified on Nov 29, 2026',
    );
    expect(
      screen.getByRole('button', { name: `Withdraw the verification of ${unverified.name}` }),
    ).toBeInTheDocument();
    // Platform admins manage members of any organization.
    expect(screen.getByRole('heading', { name: 'Invite a member' })).toBeInTheDocument();
  });

  it('shows a LAST_ADMIN error from a role change', async () => {
    renderRoute('/organizations/natco-at', [
      viewerMock(viewerData({ id: ADMIN_ID })),
      pageMock(adminView),
      webhooksMock([]),
      {
        request: {
          query: ChangeMemberRoleDocument,
          variables: { organizationId: adminView.id, userId: ADMIN_ID, role: 'MEMBER' },
        },
        result: apiErrorResult(
          'LAST_ADMIN',
          'An organization needs at least one admin: make someone else admin first.',
        ),
      },
    ]);
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Role of Ana Example' }),
      'MEMBER',
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'An organization needs at least one admin',
    );
  });

  it('shows a LAST_ADMIN error when the last admin tries to leave', async () => {
    renderRoute('/organizations/natco-at', [
      viewerMock(viewerData({ id: ADMIN_ID })),
      pageMock(adminView),
      webhooksMock([]),
      {
        request: { query: LeaveOrganizationDocument, variables: { organizationId: adminView.id } },
        result: apiErrorResult(
          'LAST_ADMIN',
          'An organization needs at least one admin: make someone else admin first.',
        ),
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: `Leave ${adminView.name}` }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, leave' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('An organization needs at least one admin');
    expect(alert).toHaveAttribute('data-code', 'LAST_ADMIN');
  });

  it('shows the not-found page for an unknown organization', async () => {
    renderRoute('/organizations/natco-at', [
      {
        request: { query: OrganizationPageDocument, variables: { slug: 'natco-at' } },
        result: { data: { organization: null } },
      },
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });
});
