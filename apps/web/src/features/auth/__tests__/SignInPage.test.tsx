import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OrganizationsDocument, SignInDocument, ViewerDocument } from '@alliance/graphql';
import { apiErrorResult } from '../../../test/graphqlErrors';
import { platformStatsMock } from '../../../test/platformStatsMocks';
import { recentPracticesMock } from '../../../test/practiceMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData } from '../../../test/viewerMocks';

const input = { email: 'ana@example.org', password: 'correct horse battery staple' };

const emptyDirectory = {
  __typename: 'OrganizationConnection',
  totalCount: 0,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  edges: [],
};

function signInMock(result: object) {
  return { request: { query: SignInDocument, variables: { input } }, result };
}

/** A Viewer mock that answers "anonymous" until `signIn()` is called. */
function sessionViewerMock() {
  let signedIn = false;
  return {
    signIn: () => {
      signedIn = true;
    },
    mock: {
      request: { query: ViewerDocument },
      result: () => ({ data: { viewer: signedIn ? viewerData() : null } }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  };
}

async function fillAndSubmit(email = input.email, password = input.password) {
  await userEvent.type(screen.getByLabelText('Email address'), email);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('Sign-in page', () => {
  it('shows the field errors of a BAD_USER_INPUT answer next to their fields', async () => {
    renderRoute('/sign-in', [
      signInMock(
        apiErrorResult('BAD_USER_INPUT', 'email: This address cannot sign in here.', {
          fieldErrors: [{ field: 'email', message: 'This address cannot sign in here.' }],
        }),
      ),
    ]);
    expect(document.title).toBe('Sign in · Alliance Commons');
    await fillAndSubmit();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some details need your attention');
    const email = screen.getByLabelText('Email address');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('This address cannot sign in here.');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
  });

  it('shows the API’s message for INVALID_CREDENTIALS', async () => {
    renderRoute('/sign-in', [
      signInMock(apiErrorResult('INVALID_CREDENTIALS', 'The email address or password is wrong.')),
    ]);
    await fillAndSubmit();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The email address or password is wrong.');
    expect(alert).toHaveAttribute('data-code', 'INVALID_CREDENTIALS');
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('offers a password reset when sign-in is throttled after wrong passwords', async () => {
    renderRoute('/sign-in', [
      signInMock(
        apiErrorResult(
          'RATE_LIMITED',
          'Too many wrong passwords for this address from here: wait 15 seconds before trying again, or reset your password.',
          {
            retryAfterSeconds: 15,
          },
        ),
      ),
    ]);
    await fillAndSubmit();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('wait 15 seconds');
    expect(within(alert).getByRole('link', { name: 'Reset your password' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('shows the API’s message when sign-in is rate limited', async () => {
    renderRoute('/sign-in', [
      signInMock(
        apiErrorResult('RATE_LIMITED', 'Too many requests. Please wait 42 seconds and try again.', {
          retryAfterSeconds: 42,
        }),
      ),
    ]);
    await fillAndSubmit();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many requests. Please wait 42 seconds and try again.');
    expect(alert).toHaveAttribute('data-code', 'RATE_LIMITED');
  });

  it('checks the fields with the shared schema before sending anything', async () => {
    const signIn = jest.fn(() => ({ data: { signIn: viewerData() } }));
    renderRoute('/sign-in', [
      { request: { query: SignInDocument, variables: () => true }, result: signIn },
    ]);
    await userEvent.type(screen.getByLabelText('Email address'), 'not-an-address');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByText('Enter a valid email address, like name@example.org.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(signIn).not.toHaveBeenCalled();
  });

  it('signs in, refreshes the viewer and goes to ?next', async () => {
    const session = sessionViewerMock();
    const { router } = renderRoute('/sign-in?next=%2Forganizations%3Ftype%3DMEDIA', [
      session.mock,
      {
        request: {
          query: OrganizationsDocument,
          variables: { first: 12, filter: { stakeholderTypes: ['MEDIA'] } },
        },
        result: { data: { organizations: emptyDirectory } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: SignInDocument, variables: { input } },
        result: () => {
          session.signIn();
          return { data: { signIn: viewerData() } };
        },
      },
    ]);
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    await fillAndSubmit();

    await waitFor(() => expect(router.state.location.pathname).toBe('/organizations'));
    expect(router.state.location.search).toBe('?type=MEDIA');
    expect(await screen.findByRole('button', { name: /Ana Example/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(await screen.findByText('No organizations match these filters.')).toBeInTheDocument();
  });

  it('never follows a ?next to another site', async () => {
    const session = sessionViewerMock();
    const { router } = renderRoute('/sign-in?next=%2F%2Fevil.example%2Fphish', [
      session.mock,
      { ...platformStatsMock(), maxUsageCount: Number.POSITIVE_INFINITY },
      { ...recentPracticesMock(), maxUsageCount: Number.POSITIVE_INFINITY },
      {
        request: { query: SignInDocument, variables: { input } },
        result: () => {
          session.signIn();
          return { data: { signIn: viewerData() } };
        },
      },
    ]);
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    await fillAndSubmit();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByTestId('stat-organizations')).toBeInTheDocument();
  });
});
