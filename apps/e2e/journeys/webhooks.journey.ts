import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, newPage } from '../src/browser';

/**
 * Webhooks: the demo organization admin opens natco-at's page, registers a webhook pointing at a
 * local receiver (node:http on 127.0.0.1, allowed outside production), is shown its signing
 * secret once, sends a test and finds the ping in the delivery log, then deletes the webhook.
 *
 * The platform of the journeys delivers webhooks live (global-setup sets WEBHOOK_POLL_MS): the
 * journey waits for the signed request at the receiver, verifies its signature with the secret
 * the page showed, and sees "Delivered" in the log.
 */

const run = Date.now();

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver that answers 204 and remembers every request with its raw body. */
function startReceiver(): Promise<{ server: Server; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(204).end();
    });
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as AddressInfo).port, received }),
    );
  });
}

/** The recipe the page shows: "sha256=" + hex HMAC-SHA256 of "<timestamp>.<raw body>". */
function signatureIsValid(secret: string, request: Received): boolean {
  const timestamp = String(request.headers['x-alliance-timestamp'] ?? '');
  const signature = String(request.headers['x-alliance-signature'] ?? '');
  const expected = Buffer.from(
    'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest('hex'),
  );
  const got = Buffer.from(signature);
  return (
    /^\d+$/.test(timestamp) &&
    Math.abs(Date.now() / 1000 - Number(timestamp)) <= 300 &&
    got.length === expected.length &&
    timingSafeEqual(got, expected)
  );
}

describe('webhooks: an organization admin registers one, tests it and reads the delivery log', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let hookUrl: string;
  let secret: string;
  const orgUrl = '/organizations/natco-at';
  const description = `Journey receiver ${run}`;

  /** The list item of the journey's webhook. */
  const item = () => page.getByTestId('webhook').filter({ hasText: hookUrl });

  beforeAll(async () => {
    receiver = await startReceiver();
    hookUrl = `http://127.0.0.1:${receiver.port}/alliance-hook/${run}`;
    browser = await launchBrowser();
    ({ context, page, errors } = await newPage(browser));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await new Promise((resolve) => receiver?.server.close(resolve));
  });
  afterEach(() => {
    expect(errors).toEqual([]);
  });

  it('shows the webhooks section to the demo organization admin', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill('orgadmin@example.org');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('account-name').waitFor();

    await page.goto(orgUrl);
    await page.getByTestId('viewer-role').filter({ hasText: 'Admin' }).waitFor();
    const section = page.getByTestId('webhooks-section');
    await section.getByRole('heading', { level: 2, name: 'Webhooks' }).waitFor();
    // How a receiver verifies deliveries, without leaving the page.
    const verify = section.getByTestId('webhook-verify');
    expect(await verify.innerText()).toContain('X-Alliance-Signature');
    expect(await verify.innerText()).toContain('HMAC-SHA256');
  });

  it('adds a webhook to a local receiver and shows its signing secret once', async () => {
    const section = page.getByTestId('webhooks-section');
    await section.getByLabel('Endpoint URL').fill(hookUrl);
    await section.getByRole('checkbox', { name: /^Practice published/ }).check();
    await section.getByRole('checkbox', { name: /^Post written/ }).check();
    await section.getByLabel(/^Description/).fill(description);
    await section.getByRole('button', { name: 'Add webhook' }).click();

    const panel = page.getByTestId('webhook-secret');
    await panel.waitFor();
    secret = await panel.getByLabel('Signing secret').inputValue();
    expect(secret).toMatch(/^whsec_/);
    expect(await panel.innerText()).toContain('this is the only time it is shown');
    await panel.getByRole('button', { name: 'Copy' }).waitFor();
    await expect(
      panel
        .getByRole('heading', { name: 'Signing secret of your new webhook' })
        .evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);

    const row = item();
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('Active');
    expect(text).toContain(description);
    expect(text).toContain('Practice published, Post written');
    expect(text).not.toContain(secret);

    await panel.getByRole('button', { name: 'I have stored it' }).click();
    await panel.waitFor({ state: 'detached' });
    // Never shown again: not after a reload either.
    await page.reload();
    await item().waitFor();
    expect(await page.content()).not.toContain(secret);
  });

  it('sends a test ping and shows it in the delivery log', async () => {
    const row = item();
    await row.getByRole('button', { name: `Send a test to ${hookUrl}` }).click();
    await page
      .getByText(`A test ping to ${hookUrl} is queued: follow it in the delivery log.`)
      .waitFor();
    const ping = row.locator('[data-testid="webhook-delivery"][data-event="PING"]');
    await ping.waitFor();
    expect(await ping.innerText()).toContain('Test ping');

    // The worker delivers it: a signed POST at the receiver…
    for (let i = 0; i < 100 && receiver.received.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const [request] = receiver.received;
    expect(request?.path).toBe(`/alliance-hook/${run}`);
    expect(request?.headers['x-alliance-event']).toBe('ping');
    expect(signatureIsValid(secret, request!)).toBe(true);
    const body = JSON.parse(request!.body) as { id: string; type: string };
    expect(body.type).toBe('ping');
    expect(request?.headers['x-alliance-delivery']).toBe(body.id);

    // …and the log says so once refreshed.
    const delivered = row.locator(
      '[data-testid="webhook-delivery"][data-event="PING"][data-status="SUCCEEDED"]',
    );
    for (let i = 0; i < 50 && (await delivered.count()) === 0; i++) {
      await row.getByRole('button', { name: 'Refresh' }).click();
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await delivered.innerText()).toContain('204');
  });

  it('deletes the webhook once confirmed', async () => {
    const row = item();
    await row.getByRole('button', { name: `Delete the webhook ${hookUrl}` }).click();
    await row.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText(`The webhook ${hookUrl} was deleted.`).waitFor();
    await row.waitFor({ state: 'detached' });
    await page.reload();
    // Wait for the list (or its empty state) before counting.
    await page
      .getByTestId('webhooks-section')
      .locator('[data-testid="webhooks"], p:text-is("No webhooks yet.")')
      .first()
      .waitFor();
    expect(await page.getByTestId('webhook').filter({ hasText: hookUrl }).count()).toBe(0);
  });
});
