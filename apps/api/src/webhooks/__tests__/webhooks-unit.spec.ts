import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../../config/config';
import { verifyAllianceSignature } from '../verify-signature';
import { excerpt } from '../webhook-payloads';
import {
  openSecret,
  sealSecret,
  SecretUnavailableError,
  newSigningSecret,
} from '../webhook-secrets';
import { sendDelivery, signatureFor } from '../webhook-sender';
import { loadWebhookSettings, retryDelayMs } from '../webhook-settings';
import { guardedLookup, isForbiddenAddress, webhookUrlProblem } from '../webhook-url';

describe('webhook URL rules', () => {
  it.each([
    '127.0.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '192.0.2.1',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:7f00:1',
    '64:ff9b::a00:1',
    '2001:db8::1',
  ])('refuses %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e'])(
    'allows the public address %s',
    (address) => {
      expect(isForbiddenAddress(address)).toBe(false);
    },
  );

  it('in production, accepts https to public hosts only', () => {
    expect(webhookUrlProblem('https://hooks.example.org/alliance?x=1', true)).toBeNull();
    expect(webhookUrlProblem('https://93.184.215.14/hook', true)).toBeNull();
    for (const url of [
      'http://hooks.example.org/',
      'ftp://hooks.example.org/',
      'https://localhost/',
      'https://a.localhost/',
      'https://printer.local/',
      'https://metadata.google.internal/',
      'https://intranet/',
      'https://127.0.0.1/',
      'https://2130706433/',
      'https://[::1]/',
      'https://[::ffff:10.0.0.1]/',
      'https://user:pw@hooks.example.org/',
      'not a url',
    ]) {
      expect({ url, problem: webhookUrlProblem(url, true) }).toEqual({
        url,
        problem: expect.any(String),
      });
    }
  });

  it('outside production, also accepts http to this machine', () => {
    for (const url of [
      'http://localhost:4000/hook',
      'http://127.0.0.1:4000/hook',
      'http://[::1]:4000/hook',
      'https://10.0.0.1/hook',
    ]) {
      expect(webhookUrlProblem(url, false)).toBeNull();
    }
    expect(webhookUrlProblem('http://hooks.example.org/hook', false)).toMatch(/https/);
    expect(webhookUrlProblem('http://192.168.1.2/hook', false)).toMatch(/https/);
  });

  it('refuses host names that resolve to forbidden addresses when connecting', async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      guardedLookup('localhost', {}, (e) => resolve(e)),
    );
    expect(error?.code).toBe('EWEBHOOKADDRESS');
  });
});

describe('webhook delivery', () => {
  it('signs so the documented function verifies, and judges 2xx only a success', async () => {
    const received: { headers: Record<string, unknown>; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res
          .writeHead(
            req.url === '/redirect' ? 302 : 204,
            req.url === '/redirect' ? { location: 'http://127.0.0.1/elsewhere' } : {},
          )
          .end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const secret = newSigningSecret();
      const body = JSON.stringify({
        id: 'd1',
        type: 'ping',
        occurredAt: new Date().toISOString(),
        data: {},
      });
      const delivery = { url: `${base}/ok`, secret, event: 'ping', deliveryId: 'd1', body };
      const ok = await sendDelivery(delivery, { timeoutMs: 2000, production: false });
      expect(ok).toMatchObject({ ok: true, status: 204, error: null });
      const [{ headers }] = received;
      expect(
        verifyAllianceSignature(
          secret,
          received[0].body,
          headers['x-alliance-timestamp'] as string,
          headers['x-alliance-signature'] as string,
        ),
      ).toBe(true);
      expect(headers['x-alliance-signature']).toBe(
        signatureFor(secret, Number(headers['x-alliance-timestamp']), body),
      );

      const redirected = await sendDelivery(
        { ...delivery, url: `${base}/redirect` },
        { timeoutMs: 2000, production: false },
      );
      expect(redirected).toMatchObject({
        ok: false,
        status: 302,
        error: expect.stringContaining('HTTP 302'),
      });
      expect(received).toHaveLength(2);

      // Production: a local receiver is refused before any connection.
      const refused = await sendDelivery(delivery, { timeoutMs: 2000, production: true });
      expect(refused).toMatchObject({
        ok: false,
        status: null,
        error: expect.stringMatching(/^Not sent: /),
      });
      expect(received).toHaveLength(2);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('backs off by ×4 from the base, capped', () => {
    const settings = { retryMs: 30_000, maxRetryDelayMs: 6 * 3600_000 };
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(settings, n))).toEqual([
      30_000, 120_000, 480_000, 1_920_000, 7_680_000, 21_600_000, 21_600_000,
    ]);
  });

  it('shortens post bodies to an excerpt with mentions as names', () => {
    expect(excerpt('Thanks @[Ana Lopez](user:VXNlcjox)!\n\nSee   below.')).toBe(
      'Thanks @Ana Lopez! See below.',
    );
    const long = excerpt('word '.repeat(200));
    expect(long).toHaveLength(280);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('signing secrets at rest', () => {
  const key = randomBytes(32);

  it('are encrypted with the key, bound to their webhook', () => {
    const secret = newSigningSecret();
    const sealed = sealSecret(secret, 'webhook-1', key);
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain(secret.slice(6));
    expect(openSecret(sealed, 'webhook-1', key)).toBe(secret);
    expect(() => openSecret(sealed, 'webhook-2', key)).toThrow(SecretUnavailableError);
    expect(() => openSecret(sealed, 'webhook-1', randomBytes(32))).toThrow(SecretUnavailableError);
    expect(() => openSecret(sealed, 'webhook-1', null)).toThrow(/WEBHOOK_SECRET_KEY is not set/);
  });

  it('are kept in plain text without a key, and still readable once a key is set', () => {
    const sealed = sealSecret('whsec_x', 'webhook-1', null);
    expect(sealed).toBe('plain:whsec_x');
    expect(openSecret(sealed, 'webhook-1', key)).toBe('whsec_x');
  });
});

describe('webhook settings', () => {
  it('defaults: 1 s polling (off in tests), 30 s backoff, 8 attempts, 10 s timeout, no key', () => {
    expect(loadWebhookSettings({ nodeEnv: 'production' }, {})).toEqual({
      pollMs: 1000,
      retryMs: 30_000,
      maxRetryDelayMs: 21_600_000,
      maxAttempts: 8,
      timeoutMs: 10_000,
      secretKey: null,
      production: true,
    });
    expect(loadWebhookSettings({ nodeEnv: 'test' }, {}).pollMs).toBe(0);
    expect(loadWebhookSettings({ nodeEnv: 'test' }, { WEBHOOK_POLL_MS: '50' }).pollMs).toBe(50);
  });

  it('reads the key as hex or base64, and names a bad variable', () => {
    const key = randomBytes(32);
    expect(
      loadWebhookSettings({ nodeEnv: 'development' }, { WEBHOOK_SECRET_KEY: key.toString('hex') })
        .secretKey,
    ).toEqual(key);
    expect(
      loadWebhookSettings(
        { nodeEnv: 'development' },
        { WEBHOOK_SECRET_KEY: key.toString('base64') },
      ).secretKey,
    ).toEqual(key);
    expect(() =>
      loadWebhookSettings({ nodeEnv: 'development' }, { WEBHOOK_SECRET_KEY: 'short' }),
    ).toThrow(ConfigError);
    expect(() =>
      loadWebhookSettings({ nodeEnv: 'development' }, { WEBHOOK_RETRY_MS: 'soon' }),
    ).toThrow(/WEBHOOK_RETRY_MS/);
    expect(() =>
      loadWebhookSettings({ nodeEnv: 'development' }, { WEBHOOK_MAX_ATTEMPTS: '0' }),
    ).toThrow(/WEBHOOK_MAX_ATTEMPTS/);
  });
});
