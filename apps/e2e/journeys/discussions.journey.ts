import type { Page } from 'playwright-core';
import { journeyPeople, mailbox } from '../src/browser';

/**
 * Discussions, live: an editor starts a thread in a forum; a member opens the same thread in
 * another browser; the member's reply appears on the editor's page without reloading. Then the
 * editor mentions the member, whose bell counts it live and who receives the mail.
 */

const run = Date.now();

/** Waits for the header's bell to show `count` unread notifications. */
const bellCount = (page: Page, count: number) =>
  page.locator(`[data-testid="notification-bell"][data-count="${count}"]`).waitFor();

describe('discussions: live replies, mentions and notifications', () => {
  const people = journeyPeople();

  it('shows a reply by one person on the other’s open thread page without reloading, and notifies a mention', async () => {
    const editor = await people.signIn('editor@example.org');
    const member = await people.signIn('member@example.org');
    const title = `Live thread ${run}`;

    // The editor starts a thread from the forum index, with a preview of the first post.
    await editor.page.getByRole('link', { name: 'Discussions', exact: true }).click();
    await editor.page.getByRole('heading', { level: 1, name: 'Discussions' }).waitFor();
    await editor.page.getByRole('link', { name: 'Technology misuse by traffickers' }).click();
    await editor.page
      .getByRole('heading', { level: 1, name: /Technology misuse by traffickers/ })
      .waitFor();
    await editor.page.getByLabel('Title').fill(title);
    await editor.page.getByLabel('Your message').fill('Has anyone seen **QR-code** job ads?');
    await editor.page.getByRole('button', { name: 'Preview' }).click();
    await editor.page
      .getByTestId('composer-preview')
      .locator('strong', { hasText: 'QR-code' })
      .waitFor();
    await editor.page.getByRole('button', { name: 'Start thread' }).click();
    await editor.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await editor.page.getByTestId('post').first().waitFor();
    const threadUrl = editor.page.url();

    // The member opens the same thread in their own browser.
    await member.page.goto(threadUrl);
    await member.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await member.page.getByTestId('post').first().waitFor();
    await expect(member.page.getByTestId('post').count()).resolves.toBe(1);
    // Give the editor's subscription time to be established before the reply.
    await editor.page.waitForTimeout(1500);

    // The member replies; the editor's page shows it without reloading.
    const reply = `Yes, since spring: they lead to fake agencies (${run}).`;
    await member.page.getByLabel('Your reply').fill(reply);
    await member.page.getByRole('button', { name: 'Post reply' }).click();
    await member.page.getByTestId('post').filter({ hasText: reply }).waitFor();
    await editor.page.getByTestId('post').filter({ hasText: reply }).waitFor({ timeout: 10_000 });
    await expect(editor.page.getByTestId('post').count()).resolves.toBe(2);
    await expect(member.page.getByTestId('post').count()).resolves.toBe(2);

    // The member leaves the thread, so the mention counts as unread.
    await member.page.goto('/about');
    await member.page.locator('[data-testid="notification-bell"][data-loaded]').waitFor();
    const before = Number(
      await member.page.getByTestId('notification-bell').getAttribute('data-count'),
    );

    // The editor mentions the member with the autocomplete (authors of the thread).
    const composer = editor.page.getByLabel('Your reply');
    await composer.click();
    await composer.pressSequentially('Thanks @La');
    await editor.page.getByRole('button', { name: '@Lars Nilsson' }).click();
    await composer.pressSequentially('could you share the list?');
    await expect(composer.inputValue()).resolves.toMatch(
      /^Thanks @\[Lars Nilsson\]\(user:[^)]+\) could you share the list\?$/,
    );
    await editor.page.getByRole('button', { name: 'Post reply' }).click();
    await editor.page
      .getByTestId('post')
      .filter({ hasText: 'Thanks @Lars Nilsson could you share the list?' })
      .waitFor();

    // The member's bell counts it live, and the notification leads back to the thread.
    await bellCount(member.page, before + 1);
    await member.page.getByTestId('notification-bell').click();
    await member.page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await member.page
      .getByTestId('notification')
      .filter({ hasText: 'Elena Rusu mentioned you' })
      .filter({ hasText: title })
      .first()
      .waitFor();

    // …and by mail (the member gets notifications at once by default).
    let mail;
    for (let i = 0; i < 50 && !mail; i++) {
      mail = (await mailbox()).find(
        (m) =>
          m.to === 'member@example.org' && m.subject.includes(`You were mentioned in “${title}”`),
      );
      if (!mail) await new Promise((r) => setTimeout(r, 100));
    }
    expect(mail).toBeDefined();
  });
});
