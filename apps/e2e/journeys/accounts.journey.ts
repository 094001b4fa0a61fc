import type { Browser, BrowserContext, Page } from 'playwright-core';
import { gql, launchBrowser, linkFromMail, newPage } from '../src/browser';

/**
 * Accounts: sign up and confirm the address from the dev mailbox, sign out and in, reset a
 * forgotten password, edit the profile and revoke a session, and use a personal API token.
 * The steps share one account and run in order.
 */

const run = Date.now();
const email = `user-${run}-1@example.net`;
const firstPassword = 'lantern orchard velvet compass';
const newPassword = 'meadow kettle granite sparrow';
const displayName = `Journey User ${run}`;

async function signIn(page: Page, address: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(address);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The header's account menu button, named after the signed-in user. */
const accountButton = (page: Page, name: string) =>
  page.getByRole('button', { name: `Account menu: ${name}` });

async function signOut(page: Page, name: string) {
  await accountButton(page, name).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
}

describe('accounts: sign up, sign in, passwords, sessions and API tokens', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page, errors } = await newPage(browser));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });
  afterEach(() => expect(errors).toEqual([]));

  it('signs up, is signed in and is asked to confirm the email address', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Sign up' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await expect(page.title()).resolves.toBe('Create an account · Alliance Commons');

    // The shared schema refuses a common password before anything is sent.
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Your name').fill(displayName);
    await page.getByLabel('Password', { exact: true }).fill('Password2024!');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('This password is too common').waitFor();

    await page.getByLabel('Password', { exact: true }).fill(firstPassword);
    await page.getByRole('button', { name: 'Create account' }).click();
    const banner = page.getByTestId('verify-email-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain(email);
    await accountButton(page, displayName).waitFor();
  });

  it('lists the confirmation mail in the dev mailbox, and its link confirms the address', async () => {
    await page.getByRole('link', { name: 'Dev mailbox' }).click();
    await page.waitForURL('**/dev/mailbox');
    const mail = page.getByTestId('dev-mail').filter({ hasText: email }).first();
    await mail.waitFor();
    expect(await mail.innerText()).toContain('Confirm your email address for Alliance Commons');

    const link = await linkFromMail(email, /Confirm your email address/);
    expect(new URL(link).pathname).toBe('/verify-email');
    await page.goto(link);
    await page.getByText('your email address is confirmed').waitFor();
    await page.getByTestId('verify-email-banner').waitFor({ state: 'detached' });

    // A confirmation link works once.
    await page.goto(link);
    await page
      .getByRole('alert')
      .filter({ hasText: /invalid|expired|already used/i })
      .waitFor();
  });

  it('signs out and signs back in', async () => {
    await page.goto('/');
    await signOut(page, displayName);
    expect(await page.getByRole('link', { name: 'Sign up' }).isVisible()).toBe(true);

    await signIn(page, email, firstPassword);
    await accountButton(page, displayName).waitFor();
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('resets a forgotten password with the mailed link; only the new password works afterwards', async () => {
    const other = await newPage(browser);
    await other.page.goto('/sign-in');
    await other.page.getByRole('link', { name: 'Forgot your password?' }).click();
    await other.page.getByLabel('Email address').fill(email);
    await other.page.getByRole('button', { name: 'Send the link' }).click();
    await other.page.getByText(`If an account exists for ${email}`).waitFor();

    const link = await linkFromMail(email, /Reset your Alliance Commons password/);
    expect(new URL(link).pathname).toBe('/reset-password');
    await other.page.goto(link);
    await other.page.getByLabel('New password', { exact: true }).fill(newPassword);
    await other.page.getByLabel('Repeat the new password').fill(newPassword);
    await other.page.getByRole('button', { name: 'Save the new password' }).click();
    await other.page.getByText('Your password has been changed').waitFor();

    await signIn(other.page, email, firstPassword);
    const alert = other.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('The email address or password is wrong.');

    await signIn(other.page, email, newPassword);
    await accountButton(other.page, displayName).waitFor();
    await signOut(other.page, displayName);
    expect(other.errors).toEqual([]);
    await other.context.close();

    // Resetting signed every session out, this one too.
    await page.reload();
    await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    await signIn(page, email, newPassword);
    await accountButton(page, displayName).waitFor();
  });

  const renamed = `${displayName} (renamed)`;

  it('changes the display name on the profile page', async () => {
    await accountButton(page, displayName).click();
    await page.getByRole('link', { name: 'Profile' }).click();
    await page.waitForURL('**/profile');
    const name = page.getByLabel('Your name');
    await name.fill(renamed);
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Your name has been saved.').waitFor();
    await accountButton(page, renamed).waitFor();
    await page.reload();
    await expect(page.getByLabel('Your name').inputValue()).resolves.toBe(renamed);
  });

  it('lists the sessions and signs another browser out', async () => {
    const second = await newPage(browser);
    await signIn(second.page, email, newPassword);
    await accountButton(second.page, renamed).waitFor();

    await page.goto('/profile');
    const sessions = page.getByTestId('session');
    const otherSession = page.locator('[data-testid="session"][data-current="false"]');
    await otherSession.waitFor();
    expect(await sessions.count()).toBe(2);
    expect(
      await page.locator('[data-testid="session"][data-current="true"]').innerText(),
    ).toContain('This browser');

    await otherSession.getByRole('button', { name: /^Sign out/ }).click();
    await page.getByText('That browser has been signed out.').waitFor();
    await otherSession.waitFor({ state: 'detached' });
    expect(await sessions.count()).toBe(1);

    await second.page.reload();
    await second.page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    expect(await accountButton(second.page, renamed).count()).toBe(0);
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('creates an API token, shows it once, uses it, and revokes it', async () => {
    await accountButton(page, renamed).click();
    await page.getByRole('link', { name: 'API tokens' }).click();
    await page.waitForURL('**/settings/api-tokens');
    await page.getByText('You have no API tokens.').waitFor();

    await page.getByLabel('Name').fill('Journey script');
    await page.getByLabel('Read only (queries)').check();
    await page.getByRole('button', { name: 'Create token' }).click();
    const panel = page.getByTestId('new-token');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('this is the only time it is shown');
    const secret = await page.getByTestId('token-secret').inputValue();
    expect(secret.length).toBeGreaterThan(20);

    const { viewer } = await gql<{ viewer: { email: string; displayName: string } }>(
      '{ viewer { email displayName } }',
      undefined,
      { authorization: `Bearer ${secret}` },
    );
    expect(viewer).toEqual({ email, displayName: renamed });

    await page.getByRole('button', { name: 'I have stored it' }).click();
    await panel.waitFor({ state: 'detached' });
    const row = page.getByTestId('api-token').filter({ hasText: 'Journey script' });
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).not.toContain(secret);
    expect(rowText).toContain(`${secret.slice(0, 12)}…`);
    expect(await page.content()).not.toContain(secret);

    await row.getByRole('button', { name: 'Revoke the token Journey script' }).click();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await page.getByText('The token “Journey script” has been revoked.').waitFor();
    await page.getByText('You have no API tokens.').waitFor();

    await expect(
      gql('{ viewer { email } }', undefined, { authorization: `Bearer ${secret}` }),
    ).rejects.toThrow(/UNAUTHENTICATED/);
  });
});
