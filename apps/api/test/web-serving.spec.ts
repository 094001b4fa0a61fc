import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

/** In `pnpm start` mode the API serves the built web app on the same origin. */
describe('serving the web app', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'alliance-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>Alliance Commons</title><div id="root"></div>',
    );
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    t = await startTestPlatform({ SERVE_WEB: 'true', WEB_DIST_DIR: dist });
  });
  afterAll(() => t.close());

  it('serves index.html for client-side routes', async () => {
    for (const path of ['/', '/about', '/practices/some-practice']) {
      const res = await fetch(`${t.url}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Alliance Commons</title>');
    }
  });

  it('serves fingerprinted assets with a long cache', async () => {
    const res = await fetch(`${t.url}/assets/app-abc123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('leaves the API paths to the API', async () => {
    const health = await fetch(`${t.url}/health/live`, { headers: { accept: 'text/html' } });
    expect(health.headers.get('content-type')).toContain('application/json');
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ platformStats { organizationCount } }' }),
    });
    expect(await res.json()).toMatchObject({ data: { platformStats: { organizationCount: 0 } } });
  });

  it('answers 404 for a missing asset instead of the app shell', async () => {
    const res = await fetch(`${t.url}/assets/missing.js`, { headers: { accept: '*/*' } });
    expect(res.status).toBe(404);
  });
});

describe('security headers', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('sends a same-origin content security policy and no framing', async () => {
    const res = await fetch(`${t.url}/health/live`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('the dev mailbox behind the web app', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'alliance-web-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Alliance Commons</title>');
    t = await startTestPlatform({ SERVE_WEB: 'true', WEB_DIST_DIR: dist });
  });
  afterAll(() => t.close());

  it('is the app for a browser and JSON for the app', async () => {
    const page = await fetch(`${t.url}/dev/mailbox`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(await page.text()).toContain('<title>Alliance Commons</title>');
    const json = await fetch(`${t.url}/dev/mailbox`, { headers: { accept: 'application/json' } });
    expect(await json.json()).toEqual({ mails: [] });
  });
});
