import { screen, waitFor } from '@testing-library/react';
import { PlatformInfoDocument } from '@alliance/graphql';
import { createCache } from '../../../app/apollo';
import { platformInfoMock } from '../../../test/platformInfoMocks';
import { renderRoute } from '../../../test/renderRoute';

describe('demo mode banner', () => {
  it('shows a slim warning above the header on every page while the platform runs in demo mode', async () => {
    renderRoute('/about', [platformInfoMock(true)]);

    const banner = await screen.findByRole('note');
    expect(banner).toHaveTextContent(
      "Demo mode — demo accounts and the dev mailbox are open; don't enter real data.",
    );
    // Before the header, after the skip link: the first thing seen, the skip link still first.
    const header = screen.getByRole('banner');
    expect(banner.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows nothing when the platform is not in demo mode', async () => {
    const cache = createCache();
    renderRoute('/about', [platformInfoMock(false)], { cache });

    // The answer has arrived (and been rendered) before the banner's absence is checked.
    await waitFor(() => expect(cache.readQuery({ query: PlatformInfoDocument })).not.toBeNull());
    expect(
      screen.getByRole('heading', { level: 1, name: 'About Alliance Commons' }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('demo-mode-banner')).not.toBeInTheDocument();
  });
});
