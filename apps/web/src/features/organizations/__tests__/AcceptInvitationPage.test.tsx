import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AcceptInvitationDocument,
  InvitationPreviewDocument,
  OrganizationPageDocument,
} from '@alliance/graphql';
import { organizationPageData } from '../../../test/organizationMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';

const preview = {
  request: { query: InvitationPreviewDocument, variables: { token: 'tok' } },
  result: {
    data: {
      invitation: {
        __typename: 'InvitationPreview',
        email: 'ana@example.org',
        role: 'EDITOR',
        status: 'PENDING',
        organization: {
          __typename: 'Organization',
          id: 'T3JnOjE',
          slug: 'natco-at',
          name: 'NATCO Austria',
          verified: true,
        },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('Invitation page', () => {
  it('offers visitors to sign up or sign in with the invited address, coming back here', async () => {
    renderRoute('/invitations/accept?token=tok', [preview]);
    expect(
      await screen.findByText('NATCO Austria invites you to join as Editor.'),
    ).toBeInTheDocument();
    const back = encodeURIComponent('/invitations/accept?token=tok');
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      `/sign-up?email=ana%40example.org&next=${back}`,
    );
    const signInLinks = screen
      .getAllByRole('link', { name: 'Sign in' })
      .map((a) => a.getAttribute('href'));
    expect(signInLinks).toContain(`/sign-in?email=ana%40example.org&next=${back}`);
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).not.toBeInTheDocument();
  });

  it('warns someone signed in with another address', async () => {
    renderRoute('/invitations/accept?token=tok', [
      viewerMock(viewerData({ email: 'boris@example.org' })),
      preview,
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation was sent to ana@example.org, but you are signed in as boris@example.org.',
    );
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).not.toBeInTheDocument();
  });

  it('accepts for the invited address and shows the organization', async () => {
    const { router } = renderRoute('/invitations/accept?token=tok', [
      viewerMock(viewerData()),
      preview,
      {
        request: { query: AcceptInvitationDocument, variables: { token: 'tok' } },
        result: {
          data: {
            acceptInvitation: {
              __typename: 'Membership',
              role: 'EDITOR',
              organization: {
                __typename: 'Organization',
                id: 'T3JnOjE',
                slug: 'natco-at',
                name: 'NATCO Austria',
              },
            },
          },
        },
      },
      {
        request: { query: OrganizationPageDocument, variables: { slug: 'natco-at' } },
        result: { data: { organization: organizationPageData({ viewerRole: 'EDITOR' }) } },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Accept invitation' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/organizations/natco-at'));
    expect(await screen.findByTestId('viewer-role')).toHaveTextContent('Your role: Editor');
  });

  it('says when the link is not valid', async () => {
    renderRoute('/invitations/accept?token=nope', [
      {
        request: { query: InvitationPreviewDocument, variables: { token: 'nope' } },
        result: { data: { invitation: null } },
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation link is not valid.',
    );
  });
});
