import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PASSWORD_TOO_COMMON_MESSAGE } from '@alliance/domain';
import { SignUpDocument, ViewerDocument } from '@alliance/graphql';
import { apiErrorResult } from '../../../test/graphqlErrors';
import { platformStatsMock } from '../../../test/platformStatsMocks';
import { recentPracticesMock } from '../../../test/practiceMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData } from '../../../test/viewerMocks';

async function fill(values: { email?: string; displayName?: string; password?: string }) {
  if (values.email) await userEvent.type(screen.getByLabelText('Email address'), values.email);
  if (values.displayName)
    await userEvent.type(screen.getByLabelText('Your name'), values.displayName);
  if (values.password) await userEvent.type(screen.getByLabelText('Password'), values.password);
  await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('Sign-up page', () => {
  const neverCalled = () => {
    const result = jest.fn(() => ({ data: { signUp: viewerData() } }));
    return { result, mock: { request: { query: SignUpDocument, variables: () => true }, result } };
  };

  it('shows the password rules', () => {
    renderRoute('/sign-up');
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAccessibleDescription(/12 to 128 characters/);
    expect(password).toHaveAccessibleDescription(/not a common password/);
    expect(password).toHaveAccessibleDescription(/not containing your email address/);
  });

  it.each([
    ['too short', 'short pass', 'Your password must be at least 12 characters long.'],
    ['common', 'Password2024!', PASSWORD_TOO_COMMON_MESSAGE],
    [
      'containing the email address',
      'ana.petrova-secret-phrase',
      'Your password must not contain your email address',
    ],
  ])(
    'refuses a password that is %s with the shared schema’s message, before sending',
    async (_, password, message) => {
      const { result, mock } = neverCalled();
      renderRoute('/sign-up', [mock]);
      await fill({ email: 'ana.petrova@example.org', displayName: 'Ana', password });

      const field = screen.getByLabelText('Password');
      await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
      expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
      expect(field).toHaveFocus();
      expect(screen.getByRole('alert')).toHaveTextContent('Some details need your attention');
      expect(result).not.toHaveBeenCalled();
    },
  );

  it('reports every missing field at once', async () => {
    const { result, mock } = neverCalled();
    renderRoute('/sign-up', [mock]);
    await fill({});
    expect(await screen.findByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your name.')).toBeInTheDocument();
    expect(screen.getByText('Enter a password.')).toBeInTheDocument();
    expect(result).not.toHaveBeenCalled();
  });

  it('shows a CONFLICT (email taken) next to the email field, with a way to sign in', async () => {
    const input = {
      email: 'ana@example.org',
      displayName: 'Ana',
      password: 'correct horse battery staple',
    };
    renderRoute('/sign-up', [
      {
        request: { query: SignUpDocument, variables: { input } },
        result: apiErrorResult('CONFLICT', 'An account with this email address already exists.', {
          fieldErrors: [
            { field: 'email', message: 'An account with this email address already exists.' },
          ],
        }),
      },
    ]);
    await fill(input);
    expect(await screen.findByRole('link', { name: 'Sign in with this address' })).toHaveAttribute(
      'href',
      '/sign-in?email=ana%40example.org&next=%2F',
    );
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
      'An account with this email address already exists.',
    );
  });

  it('signs the new account in and asks to confirm the email address', async () => {
    const input = {
      email: 'ana@example.org',
      displayName: 'Ana',
      password: 'correct horse battery staple',
    };
    let signedUp = false;
    const { router } = renderRoute('/sign-up', [
      { ...platformStatsMock(), maxUsageCount: Number.POSITIVE_INFINITY },
      { ...recentPracticesMock(), maxUsageCount: Number.POSITIVE_INFINITY },
      {
        request: { query: ViewerDocument },
        result: () => ({
          data: {
            viewer: signedUp ? viewerData({ displayName: 'Ana', emailVerified: false }) : null,
          },
        }),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: SignUpDocument, variables: { input } },
        result: () => {
          signedUp = true;
          return { data: { signUp: viewerData({ displayName: 'Ana', emailVerified: false }) } };
        },
      },
    ]);
    await fill(input);

    const banner = await screen.findByTestId('verify-email-banner');
    expect(banner).toHaveTextContent(
      'Please confirm your email address: we sent a link to ana@example.org',
    );
    expect(screen.getByRole('button', { name: 'Send the link again' })).toBeInTheDocument();
    // The banner follows the refreshed viewer; the move home comes after it (slower under load).
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByTestId('stat-organizations')).toBeInTheDocument();
  });
});
