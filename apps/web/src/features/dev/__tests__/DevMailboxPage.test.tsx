import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../../test/renderRoute';

const mail = {
  id: 'm1',
  from: 'Alliance Commons <no-reply@alliance-commons.invalid>',
  to: 'ana@example.org',
  subject: 'Confirm your email address for Alliance Commons',
  text: 'Hello Ana,\n\nPlease confirm:\nhttp://localhost:3000/verify-email?token=abc123\n\nThanks.',
  sentAt: '2026-11-29T12:00:00.000Z',
};

function answer(status: number, body: unknown) {
  return Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
}

describe('Dev mailbox page', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('lists the mails with their links clickable, and the footer links to it', async () => {
    global.fetch = jest.fn(() => answer(200, { mails: [mail] })) as typeof fetch;
    renderRoute('/dev/mailbox');

    const item = await screen.findByTestId('dev-mail');
    expect(within(item).getByRole('heading', { name: mail.subject })).toBeInTheDocument();
    expect(item).toHaveTextContent('ana@example.org');
    expect(
      within(item).getByRole('link', { name: 'http://localhost:3000/verify-email?token=abc123' }),
    ).toHaveAttribute('href', 'http://localhost:3000/verify-email?token=abc123');
    expect(await screen.findByRole('link', { name: 'Dev mailbox' })).toHaveAttribute(
      'href',
      '/dev/mailbox',
    );
    expect(global.fetch).toHaveBeenCalledWith('/dev/mailbox', expect.anything());
    expect(document.title).toBe('Dev mailbox · Alliance Commons');
  });

  it('says so when the mailbox is off (404 in production)', async () => {
    global.fetch = jest.fn(() => answer(404, { message: 'Not Found' })) as typeof fetch;
    renderRoute('/dev/mailbox');
    expect(await screen.findByText(/The dev mailbox is not available here/)).toBeInTheDocument();
  });
});
