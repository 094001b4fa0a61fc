import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiTokensDocument, CreateApiTokenDocument } from '@alliance/graphql';
import { createCache } from '../../../app/apollo';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';

const SECRET = 'acm_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';

const token = {
  __typename: 'ApiToken' as const,
  id: 'QXBpVG9rZW46MQ',
  name: 'Case sync',
  prefix: 'acm_live_9f8e',
  scopes: ['READ' as const],
  createdAt: '2026-11-29T10:00:00.000Z',
  lastUsedAt: null,
  expiresAt: null as string | null,
  expired: false,
};

function tokensMock(list: (typeof token)[]) {
  return {
    request: { query: ApiTokensDocument },
    result: { data: { viewer: { __typename: 'Viewer', id: viewerData().id, apiTokens: list } } },
  };
}

describe('API tokens page', () => {
  it('sends visitors to sign in first', async () => {
    const { router } = renderRoute('/settings/api-tokens');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.search).toBe('?next=%2Fsettings%2Fapi-tokens');
  });

  it('explains how to use a token', async () => {
    renderRoute('/settings/api-tokens', [viewerMock(viewerData()), tokensMock([])]);
    expect(screen.getByText('Authorization: Bearer <token>')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the GraphQL API' })).toHaveAttribute(
      'href',
      '/graphql',
    );
    expect(await screen.findByText('You have no API tokens.')).toBeInTheDocument();
    expect(document.title).toBe('API tokens · Alliance Commons');
  });

  it('shows a new token’s secret once, with a warning, and never keeps it', async () => {
    const cache = createCache();
    renderRoute(
      '/settings/api-tokens',
      [
        viewerMock(viewerData()),
        tokensMock([]),
        {
          request: {
            query: CreateApiTokenDocument,
            variables: { input: { name: 'Case sync', scopes: ['READ', 'WRITE'] } },
          },
          result: {
            data: {
              createApiToken: { __typename: 'CreatedApiToken', token: SECRET, apiToken: token },
            },
          },
        },
        tokensMock([token]),
      ],
      { cache },
    );
    await screen.findByText('You have no API tokens.');

    await userEvent.type(screen.getByLabelText('Name'), 'Case sync');
    await userEvent.click(screen.getByLabelText('Read and write (queries and mutations)'));
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));

    const panel = await screen.findByTestId('new-token');
    expect(within(panel).getByLabelText('Token')).toHaveValue(SECRET);
    expect(panel).toHaveTextContent('this is the only time it is shown');
    expect(within(panel).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(
      within(panel).getByRole('heading', { name: 'Your new token “Case sync”' }),
    ).toHaveFocus();

    // The list shows the new token by its prefix only.
    const row = await screen.findByTestId('api-token');
    expect(row).toHaveTextContent('acm_live_9f8e…');
    expect(row).not.toHaveTextContent(SECRET);
    // The secret is not in the Apollo cache (the mutation ran with fetchPolicy no-cache).
    expect(JSON.stringify(cache.extract())).not.toContain(SECRET);

    await userEvent.click(within(panel).getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByTestId('new-token')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(SECRET);
    expect(screen.getByRole('button', { name: 'Create token' })).toBeInTheDocument();
  });

  it('marks expired tokens as expired', async () => {
    renderRoute('/settings/api-tokens', [
      viewerMock(viewerData()),
      tokensMock([
        { ...token, expiresAt: '2027-06-01T10:00:00.000Z' },
        {
          ...token,
          id: 'QXBpVG9rZW46Mg',
          name: 'Old sync',
          expiresAt: '2026-01-01T10:00:00.000Z',
          expired: true,
        },
      ]),
    ]);
    const [current, old] = await screen.findAllByTestId('api-token');
    expect(within(current).queryByTestId('api-token-expired')).not.toBeInTheDocument();
    expect(within(old).getByTestId('api-token-expired')).toHaveTextContent('Expired');
  });

  it('refuses an expiry more than a year ahead, before asking the API', async () => {
    renderRoute('/settings/api-tokens', [viewerMock(viewerData()), tokensMock([])]);
    await screen.findByText('You have no API tokens.');
    await userEvent.type(screen.getByLabelText('Name'), 'Forever');
    const inTwoYears = new Date();
    inTwoYears.setFullYear(inTwoYears.getFullYear() + 2);
    fireEvent.change(screen.getByLabelText(/Expires on/), {
      target: { value: inTwoYears.toISOString().slice(0, 10) },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    expect(
      await screen.findByText('A token can live at most 365 days: choose an earlier date.'),
    ).toBeInTheDocument();
  });

  it('copies the secret to the clipboard', async () => {
    const user = userEvent.setup();
    renderRoute('/settings/api-tokens', [
      viewerMock(viewerData()),
      tokensMock([]),
      {
        request: {
          query: CreateApiTokenDocument,
          variables: { input: { name: 'CI', scopes: ['READ'] } },
        },
        result: {
          data: {
            createApiToken: {
              __typename: 'CreatedApiToken',
              token: SECRET,
              apiToken: { ...token, name: 'CI' },
            },
          },
        },
      },
      tokensMock([{ ...token, name: 'CI' }]),
    ]);
    await screen.findByText('You have no API tokens.');
    await user.type(screen.getByLabelText('Name'), 'CI');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    await user.click(await screen.findByRole('button', { name: 'Copy' }));

    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(SECRET);
    expect(await screen.findByTestId('api-token')).toHaveTextContent('CI');
  });
});
