import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { PlatformStatsDocument } from '@alliance/graphql';
import { platformStatsMock, sampleStats } from '../../../test/platformStatsMocks';
import { practiceCard, recentPracticesMock } from '../../../test/practiceMocks';
import { renderRoute } from '../../../test/renderRoute';

const statsRegion = () => screen.getByRole('region', { name: 'The community in figures' });
const recentRegion = () => screen.getByRole('region', { name: 'Recently published practices' });

describe('Home page', () => {
  it('shows a loading state, then the platform figures', async () => {
    renderRoute('/', [platformStatsMock(), recentPracticesMock()]);

    expect(
      screen.getByRole('heading', { level: 1, name: /share what works/i }),
    ).toBeInTheDocument();
    expect(within(statsRegion()).getByRole('status')).toHaveTextContent('Loading…');
    expect(statsRegion()).toHaveAttribute('aria-busy', 'true');

    expect(await screen.findByTestId('stat-organizations')).toHaveTextContent('1,234');
    expect(screen.getByTestId('stat-organizations')).toHaveAttribute('data-value', '1234');
    expect(screen.getByTestId('stat-countries')).toHaveTextContent('42');
    expect(within(statsRegion()).queryByRole('status')).not.toBeInTheDocument();
    expect(statsRegion()).toHaveAttribute('aria-busy', 'false');

    const breakdown = screen.getByTestId('stakeholder-breakdown');
    expect(breakdown).toHaveAccessibleName('Organizations by stakeholder type');
    const items = within(breakdown).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(items[0]).toHaveTextContent('Government 400');
    expect(items[1]).toHaveTextContent('Civil society 634');
    expect(screen.getByTestId('stakeholder-type-INTERNATIONAL_ORGANIZATION')).toHaveTextContent(
      'International organization 0',
    );
    expect(document.title).toBe('Alliance Commons');
  });

  it('says so when no organization has joined yet', async () => {
    renderRoute('/', [
      recentPracticesMock(),
      platformStatsMock({
        organizationCount: 0,
        countryCount: 0,
        organizationsByStakeholderType: sampleStats.organizationsByStakeholderType.map((row) => ({
          ...row,
          count: 0,
        })),
      }),
    ]);

    expect(await screen.findByTestId('stat-organizations')).toHaveTextContent('0');
    expect(screen.getByText('No organizations have joined yet.')).toBeInTheDocument();
    expect(screen.getByTestId('stakeholder-breakdown')).toBeInTheDocument();
  });

  it('shows an error with a working "Try again" on a GraphQL error', async () => {
    const failure = {
      request: { query: PlatformStatsDocument },
      result: { errors: [new GraphQLError('database exploded')] },
    };
    renderRoute('/', [failure, platformStatsMock(), recentPracticesMock()]);

    const alert = await within(statsRegion()).findByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t load the platform figures.');
    expect(alert).not.toHaveTextContent('database exploded');
    expect(screen.queryByTestId('stat-organizations')).not.toBeInTheDocument();

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByTestId('stat-organizations')).toHaveTextContent('1,234');
    expect(within(statsRegion()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the error state on a network error', async () => {
    renderRoute('/', [
      { request: { query: PlatformStatsDocument }, error: new Error('offline') },
      recentPracticesMock(),
    ]);

    const alert = await within(statsRegion()).findByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t load the platform figures.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('lists the five newest practices under the figures, with a link to the library', async () => {
    const practices = [1, 2, 3, 4, 5].map((n) =>
      practiceCard({ id: `p${n}`, slug: `practice-${n}`, title: `Practice number ${n}` }),
    );
    renderRoute('/', [platformStatsMock(), recentPracticesMock(practices)]);

    const list = await within(recentRegion()).findByTestId('recent-practices');
    const links = within(list).getAllByRole('link', { name: /Practice number/ });
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      [1, 2, 3, 4, 5].map((n) => `/practices/practice-${n}`),
    );
    expect(list).toHaveTextContent('SafeRoutes Network');
    expect(
      within(recentRegion()).getByRole('link', { name: 'Browse the practice library' }),
    ).toHaveAttribute('href', '/practices');
  });

  it('says so when nothing is published yet', async () => {
    renderRoute('/', [platformStatsMock(), recentPracticesMock([])]);
    expect(
      await within(recentRegion()).findByText('No practices have been published yet.'),
    ).toBeInTheDocument();
  });
});
