import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProfileDocument, RevokeSessionDocument, UpdateProfileDocument } from '@alliance/graphql';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';

const session = (id: string, current: boolean, ip: string) => ({
  __typename: 'SessionInfo',
  id,
  current,
  createdAt: '2026-11-28T12:00:00.000Z',
  lastSeenAt: current ? '2026-11-29T12:00:00.000Z' : '2026-11-28T13:00:00.000Z',
  expiresAt: '2026-12-28T12:00:00.000Z',
  ip,
  userAgent:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
});

function profile(sessions: ReturnType<typeof session>[], displayName = 'Ana Example') {
  return {
    request: { query: ProfileDocument },
    result: {
      data: {
        viewer: {
          ...viewerData({ displayName }),
          createdAt: '2026-01-01T12:00:00.000Z',
          sessions,
          memberships: [
            {
              __typename: 'Membership',
              role: 'ADMIN',
              createdAt: '2026-01-02T12:00:00.000Z',
              organization: {
                __typename: 'Organization',
                id: 'T3JnOjE',
                slug: 'natco-at',
                name: 'NATCO Austria',
                verified: true,
              },
            },
          ],
        },
      },
    },
  };
}

describe('Profile page', () => {
  it('marks this browser and signs another one out', async () => {
    renderRoute('/profile', [
      viewerMock(viewerData()),
      profile([session('S1', true, '203.0.113.1'), session('S2', false, '203.0.113.2')]),
      {
        request: { query: RevokeSessionDocument, variables: { id: 'S2' } },
        result: { data: { revokeSession: true } },
      },
      profile([session('S1', true, '203.0.113.1')]),
    ]);
    const list = await screen.findByTestId('sessions');
    const [current, other] = within(list).getAllByTestId('session');
    expect(current).toHaveTextContent('This browser');
    expect(current).toHaveTextContent('Chrome · Linux');
    expect(within(current).queryByRole('button')).not.toBeInTheDocument();
    expect(other).toHaveTextContent('IP 203.0.113.2');

    await userEvent.click(within(other).getByRole('button', { name: /^Sign out Chrome · Linux/ }));
    expect(await screen.findByText('That browser has been signed out.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('session')).toHaveLength(1));
    expect(
      screen.queryByRole('button', { name: 'Sign out everywhere else' }),
    ).not.toBeInTheDocument();

    const orgs = screen.getByTestId('my-organizations');
    expect(within(orgs).getByRole('link', { name: 'NATCO Austria' })).toHaveAttribute(
      'href',
      '/organizations/natco-at',
    );
    expect(orgs).toHaveTextContent('Your role: Admin');
  });

  it('saves a new display name, and the header shows it', async () => {
    renderRoute('/profile', [
      viewerMock(viewerData()),
      profile([session('S1', true, '203.0.113.1')]),
      {
        request: { query: UpdateProfileDocument, variables: { input: { displayName: 'Ana P.' } } },
        result: { data: { updateProfile: viewerData({ displayName: 'Ana P.' }) } },
      },
    ]);
    const name = await screen.findByLabelText('Your name');
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Enter your name.')).toBeInTheDocument();

    await userEvent.type(name, 'Ana P.');
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Your name has been saved.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Account menu: Ana P\./ })).toBeInTheDocument();
  });
});
