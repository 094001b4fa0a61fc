import {
  chromium,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from 'playwright-core';

/** Debian's Chromium, headless, with no background traffic (the machines have no internet). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const baseUrl = () => process.env.E2E_BASE_URL!;

let clients = 0;
/** A distinct client address per browser context (TEST-NET-3, never routed). */
export const nextClientIp = () => `203.0.113.${(++clients % 250) + 1}`;

/** Someone in their own browser context; `errors` collects the uncaught errors of their page. */
export interface Person {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh browser context (own cookies, own client address) and page; page errors are collected. */
export async function newPage(browser: Browser): Promise<Person> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    extraHTTPHeaders: { 'x-forwarded-for': nextClientIp() },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** POSTs a GraphQL operation to the running platform, for checking what the page shows. */
export async function gql<T>(
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': nextClientIp(), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** GraphQL with the cookies of a signed-in browser context (what that person may see and do). */
export async function gqlAs<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export interface DevMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}

/** The dev mailbox (mail is kept there when no SMTP_URL is set), newest first. */
export async function mailbox(): Promise<DevMail[]> {
  const res = await fetch(`${baseUrl()}/dev/mailbox`);
  return ((await res.json()) as { mails: DevMail[] }).mails;
}

/** Waits for the newest mail to `to` whose subject matches, and returns the first link in it. */
export async function linkFromMail(to: string, subject: RegExp): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const mail = (await mailbox()).find((m) => m.to === to && subject.test(m.subject));
    const link = mail && /https?:\/\/\S+/.exec(mail.text)?.[0];
    if (link) return link;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}

/** The demo accounts of the seed (apps/api/src/database/seed/demo-users.ts). */
export const DEMO_PASSWORD = 'Alliance-Commons-Demo-19';

/** Signs a demo account in through the sign-in page, in a browser context of its own. */
async function signIn(browser: Browser, email: string): Promise<Person> {
  const person = await newPage(browser);
  const { page } = person;
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByTestId('account-name').waitFor();
  return person;
}

/**
 * The people of a journey file, each in their own browser context of one Chromium. Call it in the
 * `describe` block: it launches Chromium before the first test, checks after every test that no
 * page of anyone so far has thrown, and closes every context and Chromium after the last test.
 */
export function journeyPeople() {
  let browser: Browser | undefined;
  const people: Person[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const person of people) await person.context.close();
    await browser?.close();
  });
  afterEach(() => {
    for (const person of people) expect(person.errors).toEqual([]);
  });

  const started = (): Browser => {
    if (!browser) throw new Error('Chromium starts in beforeAll: call this inside a test.');
    return browser;
  };
  const join = (person: Person) => {
    people.push(person);
    return person;
  };
  return {
    /** Someone new, not signed in (a visitor). */
    newPerson: async () => join(await newPage(started())),
    /** A demo account, signed in through the sign-in page. */
    signIn: async (email: string) => join(await signIn(started(), email)),
  };
}

/** Waits for an element's data-value to become `value`. */
export const dataValue = (page: Page, testId: string, value: number) =>
  page.locator(`[data-testid="${testId}"][data-value="${value}"]`).first().waitFor();

/** Waits until a directory's results (library, search) match the address (no query in flight). */
export const settled = (page: Page) =>
  page.locator('.directory__results[aria-busy="false"]').waitFor();
