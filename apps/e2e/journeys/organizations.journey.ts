import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, gql, launchBrowser, linkFromMail, newPage } from '../src/browser';

/**
 * Organizations: a verified newcomer registers an organization, invites someone by email (who
 * signs up with that address and accepts), approves a request to join, changes a role, cannot
 * leave as the last admin; a platform admin verifies the organization; a visitor filters the
 * directory. The steps share their people and run in order.
 */

const run = Date.now();
const password = 'harbour lantern thistle quartz';
const orgName = `Journey Shelter Network ${run}`;
const orgSlug = `journey-shelter-network-${run}`;

interface Person {
  email: string;
  name: string;
  context: BrowserContext;
  page: Page;
  errors: string[];
}

const accountButton = (page: Page, name: string) =>
  page.getByRole('button', { name: `Account menu: ${name}` });

async function signUp(page: Page, email: string, name: string) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await accountButton(page, name).waitFor();
}

/** A new person in their own browser context, signed up (and their address confirmed). */
async function newPerson(
  browser: Browser,
  n: number,
  label: string,
  { verify = true } = {},
): Promise<Person> {
  const { context, page, errors } = await newPage(browser);
  const person = {
    email: `user-${run}-${n}@example.net`,
    name: `${label} ${run}`,
    context,
    page,
    errors,
  };
  await page.goto('/sign-up');
  await signUp(page, person.email, person.name);
  if (verify) {
    await page.goto(await linkFromMail(person.email, /Confirm your email address/));
    await page.getByText('your email address is confirmed').waitFor();
  }
  return person;
}

/** The members table row of a person on the organization page. */
const memberRow = (page: Page, name: string) =>
  page.getByTestId('member').filter({ hasText: name });

describe('organizations: create, invite, join, roles, verification and the directory', () => {
  let browser: Browser;
  let founder: Person;
  let invitee: Person;
  let asker: Person;
  const orgUrl = `/organizations/${orgSlug}`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const person of [founder, invitee, asker]) await person?.context.close();
    await browser?.close();
  });
  afterEach(() => {
    for (const person of [founder, invitee, asker]) if (person) expect(person.errors).toEqual([]);
  });

  it('lets a newcomer with a confirmed address register an organization and become its admin', async () => {
    founder = await newPerson(browser, 1, 'Founder');
    const { page } = founder;
    await page.goto('/organizations');
    await page.getByRole('link', { name: 'Register an organization' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register an organization' }).waitFor();

    await page.getByLabel('Name of the organization').fill(orgName);
    // The short name is suggested from the name.
    await expect(page.getByLabel('Short name for the web address').inputValue()).resolves.toBe(
      orgSlug,
    );
    await page.getByLabel('Type of organization').selectOption({ label: 'Civil society' });
    await page.getByLabel('Country of its seat').selectOption({ label: 'Austria' });
    await page.getByLabel('Website').fill('https://shelter.example.org');
    await page
      .getByLabel('What it does')
      .fill('Runs shelters and a hotline for people leaving exploitation.');
    await page.getByRole('button', { name: 'Register organization' }).click();

    await page.waitForURL(`**${orgUrl}`);
    await page.getByRole('heading', { level: 1, name: orgName }).waitFor();
    expect(await page.getByTestId('unverified-badge').innerText()).toBe('Not verified yet');
    expect(await page.getByTestId('viewer-role').innerText()).toContain('Admin');
    await memberRow(page, founder.name).waitFor();
    await expect(page.title()).resolves.toBe(`${orgName} · Alliance Commons`);
  });

  it('invites someone by email, who signs up with that address and accepts from the mailed link', async () => {
    const inviteeEmail = `user-${run}-2@example.net`;
    const { page } = founder;
    await page.getByLabel('Email address').fill(inviteeEmail);
    await page.getByLabel('Role', { exact: true }).selectOption('MEMBER');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${inviteeEmail}.`).waitFor();
    await page
      .getByTestId('invitation')
      .filter({ hasText: inviteeEmail })
      .filter({ hasText: 'Pending' })
      .waitFor();

    const link = await linkFromMail(inviteeEmail, new RegExp(`invites you to ${orgName}`));
    expect(new URL(link).pathname).toBe('/invitations/accept');

    const visitor = await newPage(browser);
    invitee = { email: inviteeEmail, name: `Invitee ${run}`, ...visitor };
    await invitee.page.goto(link);
    await invitee.page.getByText(`${orgName} invites you to join as Member.`).waitFor();
    await invitee.page.getByRole('link', { name: 'Create an account' }).click();
    await invitee.page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    // The address comes from the invitation.
    await expect(invitee.page.getByLabel('Email address').inputValue()).resolves.toBe(inviteeEmail);
    await signUp(invitee.page, inviteeEmail, invitee.name);

    // Back on the invitation, now signed in with the invited address.
    await invitee.page.getByRole('button', { name: 'Accept invitation' }).click();
    await invitee.page.waitForURL(`**${orgUrl}`);
    await memberRow(invitee.page, invitee.name).waitFor();
    expect(await invitee.page.getByTestId('viewer-role').innerText()).toContain('Member');

    await page.reload();
    await memberRow(page, invitee.name).waitFor();
    await page
      .getByTestId('invitation')
      .filter({ hasText: inviteeEmail })
      .filter({ hasText: 'Accepted' })
      .waitFor();
  });

  it('approves a request to join with the role Editor', async () => {
    asker = await newPerson(browser, 3, 'Asker');
    await asker.page.goto(orgUrl);
    await asker.page.getByText('Only members can see who belongs to this organization.').waitFor();
    await asker.page
      .getByLabel('Message to the organization’s admins')
      .fill('I run the regional hotline.');
    await asker.page.getByRole('button', { name: 'Request to join' }).click();
    await asker.page.getByTestId('join-request-status').waitFor();

    const { page } = founder;
    await page.reload();
    const request = page.getByTestId('join-request').filter({ hasText: asker.name });
    await request.waitFor();
    expect(await request.innerText()).toContain('I run the regional hotline.');
    await request.getByRole('combobox', { name: `Role for ${asker.name}` }).selectOption('EDITOR');
    await request.getByRole('button', { name: `Approve ${asker.name}` }).click();
    await request.waitFor({ state: 'detached' });

    const row = memberRow(page, asker.name);
    await row.waitFor();
    await expect(row.getByRole('combobox').inputValue()).resolves.toBe('EDITOR');

    await asker.page.reload();
    await asker.page.getByTestId('viewer-role').filter({ hasText: 'Editor' }).waitFor();
  });

  it('changes a member’s role', async () => {
    const { page } = founder;
    await page.getByRole('combobox', { name: `Role of ${invitee.name}` }).selectOption('EDITOR');
    await page.getByText(`${invitee.name} is now Editor.`).waitFor();
    await page.reload();
    await expect(memberRow(page, invitee.name).getByRole('combobox').inputValue()).resolves.toBe(
      'EDITOR',
    );
  });

  it('does not let the last admin leave', async () => {
    const { page } = founder;
    await page.getByRole('button', { name: `Leave ${orgName}` }).click();
    await page.getByRole('button', { name: 'Yes, leave' }).click();
    const alert = page.locator('[role="alert"][data-code="LAST_ADMIN"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('at least one admin');
    await page.reload();
    await memberRow(page, founder.name).waitFor();
    expect(await page.getByTestId('viewer-role').innerText()).toContain('Admin');
  });

  it('lets a platform admin verify it from /admin; the badge appears and the audit log shows it', async () => {
    const { organization } = await gql<{ organization: { id: string } }>(
      'query ($slug: String!) { organization(slug: $slug) { id } }',
      { slug: orgSlug },
    );
    const admin = await newPage(browser);
    const { page } = admin;
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill('admin@example.org');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const adminName = await page.getByTestId('account-name').innerText();

    await page.getByRole('button', { name: `Account menu: ${adminName}` }).click();
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('tab', { name: 'Awaiting verification', selected: true }).waitFor();
    const pending = page.getByTestId('pending-organization').filter({ hasText: orgName });
    await pending.getByRole('button', { name: `Verify ${orgName}` }).click();
    await pending.waitFor({ state: 'detached' });

    await page.goto(orgUrl);
    const badge = page.getByTestId('verified-badge');
    await badge.waitFor();
    expect(await badge.innerText()).toMatch(/^Verified on /);
    await page.getByRole('button', { name: `Withdraw the verification of ${orgName}` }).waitFor();

    await page.goto('/admin');
    await page.getByRole('tab', { name: 'Audit log' }).click();
    await page.getByLabel('Action', { exact: true }).selectOption('organization.verified');
    await page.waitForURL(
      (url) =>
        url.searchParams.get('tab') === 'audit' &&
        url.searchParams.get('action') === 'organization.verified',
    );
    const event = page.locator(`[data-testid="audit-event"][data-subject-id="${organization.id}"]`);
    await event.waitFor();
    const text = await event.innerText();
    expect(text).toContain('organization.verified');
    expect(text).toContain(adminName);
    expect(text).toContain('Organization');
    expect(admin.errors).toEqual([]);
    await admin.context.close();

    // The founder sees the badge too.
    await founder.page.reload();
    await founder.page.getByTestId('verified-badge').waitFor();
  });

  it('lets a visitor filter the directory by stakeholder type', async () => {
    const counts = await gql<{
      all: { totalCount: number };
      civil: { totalCount: number; nodes: { name: string }[] };
    }>(`{
      all: organizations(first: 1) { totalCount }
      civil: organizations(first: 100, filter: { stakeholderTypes: [CIVIL_SOCIETY] }) { totalCount nodes { name } }
    }`);
    expect(counts.civil.nodes.map((n) => n.name)).toContain(orgName);
    expect(counts.civil.totalCount).toBeLessThan(counts.all.totalCount);

    const visitor = await newPage(browser);
    const { page } = visitor;
    await page.goto('/organizations');
    const resultCount = page.getByTestId('result-count');
    await page
      .locator(`[data-testid="result-count"][data-value="${counts.all.totalCount}"]`)
      .waitFor();

    await page.getByRole('checkbox', { name: 'Civil society' }).check();
    await page.waitForURL(
      (url) => url.pathname === '/organizations' && url.search === '?type=CIVIL_SOCIETY',
    );
    await page
      .locator(`[data-testid="result-count"][data-value="${counts.civil.totalCount}"]`)
      .waitFor();
    expect(await resultCount.innerText()).toContain(String(counts.civil.totalCount));

    // Every card shown is of that type, and they are as many as the API counts (or a full page).
    const cards = page.getByTestId('organization-card');
    const shown = await cards.count();
    expect(shown).toBe(Math.min(counts.civil.totalCount, 12));
    const types = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-type')));
    expect(new Set(types)).toEqual(new Set(['CIVIL_SOCIETY']));

    // The filter lives in the address: a fresh load shows the same.
    await page.goto('/organizations?type=CIVIL_SOCIETY');
    await page
      .locator(`[data-testid="result-count"][data-value="${counts.civil.totalCount}"]`)
      .waitFor();
    expect(await page.getByRole('checkbox', { name: 'Civil society' }).isChecked()).toBe(true);
    expect(visitor.errors).toEqual([]);
    await visitor.context.close();
  });
});
