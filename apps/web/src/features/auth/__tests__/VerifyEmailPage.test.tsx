import { screen } from '@testing-library/react';
import { VerifyEmailDocument, ViewerDocument } from '@alliance/graphql';
import { apiErrorResult } from '../../../test/graphqlErrors';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData } from '../../../test/viewerMocks';

describe('Email verification page', () => {
  it('sends the token once and confirms; the banner goes away', async () => {
    let verified = false;
    const verify = jest.fn(() => {
      verified = true;
      return { data: { verifyEmail: true } };
    });
    renderRoute('/verify-email?token=abc', [
      {
        request: { query: ViewerDocument },
        result: () => ({ data: { viewer: viewerData({ emailVerified: verified }) } }),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: VerifyEmailDocument, variables: { token: 'abc' } },
        result: verify,
        maxUsageCount: 5,
      },
    ]);
    expect(
      await screen.findByText('Thank you: your email address is confirmed.'),
    ).toBeInTheDocument();
    expect(verify).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('verify-email-banner')).not.toBeInTheDocument();
  });

  it('shows the API’s message for a used or expired link', async () => {
    renderRoute('/verify-email?token=old', [
      {
        request: { query: VerifyEmailDocument, variables: { token: 'old' } },
        result: apiErrorResult(
          'INVALID_TOKEN',
          'This link is invalid, has expired or was already used. Ask for a new one.',
        ),
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This link is invalid, has expired or was already used.');
    expect(alert).toHaveAttribute('data-code', 'INVALID_TOKEN');
  });
});
