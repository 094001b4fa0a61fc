import type { Browser, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, gql, launchBrowser, newPage } from '../src/browser';

/**
 * A developer opens /graphql in the browser and gets GraphiQL, served by the API from the web
 * app's build: nothing is fetched from another origin (it works offline, under the same-origin
 * CSP). They write a query, run it and read the answer in the result pane. Signed in, their
 * queries run as them.
 */

const QUERY = '{ platformStats { organizationCount } }';

/** The text of a Monaco editor (its rendered lines), with Monaco's non-breaking spaces as spaces. */
const editorText = (page: Page, selector: string) =>
  page
    .locator(`${selector} .view-lines`)
    .innerText()
    .then((text) => text.replace(/\u00a0/g, ' '));

/** Replaces the query in GraphiQL's editor (Monaco), runs it, and returns the result pane's text. */
async function runQuery(page: Page, query: string, answerContains: string): Promise<string> {
  const queryEditor = page.locator('.graphiql-query-editor .monaco-editor').first();
  await queryEditor.waitFor();
  await queryEditor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  expect(await editorText(page, '.graphiql-query-editor')).toBe(query);
  await page.getByRole('button', { name: /execute query/i }).click();
  await page.locator('.graphiql-response .view-lines', { hasText: answerContains }).waitFor();
  return (await editorText(page, '.graphiql-response')).replace(/\s+/g, '');
}

describe('GraphiQL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('runs a query from the browser with same-origin assets only', async () => {
    const { platformStats } = await gql<{ platformStats: { organizationCount: number } }>(QUERY);
    expect(platformStats.organizationCount).toBeGreaterThan(0); // the demo data

    const { page, context, errors } = await newPage(browser);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    page.on('console', (message) => {
      // CSP violations are reported on the console, not as page errors.
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });

    await page.goto('/graphql');
    await expect(page.title()).resolves.toContain('GraphiQL');
    await expect(page.getByRole('note').innerText()).resolves.toContain(
      'Requests run as you; see the API docs',
    );

    const result = await runQuery(page, QUERY, 'organizationCount');
    expect(result).toContain(
      `"data":{"platformStats":{"organizationCount":${platformStats.organizationCount}}}`,
    );

    // Monaco's editor, GraphQL and JSON services ran in workers from /assets (Monaco falls back
    // to running them in the page, quietly, when it cannot start a worker).
    for (let i = 0; i < 100 && !workers.some((w) => w.includes('graphql.worker')); i++) {
      await page.waitForTimeout(100);
    }
    expect(workers).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/assets\/editor\.worker-[\w-]+\.js$/),
        expect.stringMatching(/^\/assets\/graphql\.worker-[\w-]+\.js$/),
        expect.stringMatching(/^\/assets\/json\.worker-[\w-]+\.js$/),
      ]),
    );

    // Everything the page, its workers and its styles fetched came from the platform itself.
    expect(requests.length).toBeGreaterThan(3);
    const elsewhere = requests.filter(
      (url) =>
        !url.startsWith(`${baseUrl()}/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
    );
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs queries as the signed-in user', async () => {
    const { page, context, errors } = await newPage(browser);
    // Sign in within the browser context: the session cookie is the browser's from then on.
    const signIn = await context.request.post('/graphql', {
      data: {
        query: 'mutation ($i: SignInInput!) { signIn(input: $i) { id } }',
        variables: { i: { email: 'editor@example.org', password: DEMO_PASSWORD } },
      },
    });
    expect(((await signIn.json()) as { errors?: unknown }).errors).toBeUndefined();

    await page.goto('/graphql');
    const result = await runQuery(page, '{ viewer { email } }', 'editor@example.org');
    expect(result).toContain('"data":{"viewer":{"email":"editor@example.org"}}');
    expect(errors).toEqual([]);
    await context.close();
  });
});
