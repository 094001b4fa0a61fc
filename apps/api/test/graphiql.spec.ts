import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

const WEB_DIR = join(__dirname, '../../web');

/**
 * The web app's build (apps/web/dist) when it has GraphiQL in it. When it does not (the web app
 * is not built yet, e.g. the API's tests run before it in a fresh checkout), GraphiQL alone is
 * built the way `pnpm --filter @alliance/web build` builds it, into a temporary folder beside a
 * stand-in index.html: apps/web/dist is left alone.
 */
function webDistWithGraphiql(): { dir: string; temporary: boolean } {
  const dist = join(WEB_DIR, 'dist');
  if (existsSync(join(dist, 'graphiql.html')) && existsSync(join(dist, 'index.html')))
    return { dir: dist, temporary: false };
  const out = mkdtempSync(join(tmpdir(), 'alliance-graphiql-'));
  execFileSync(
    process.execPath,
    [
      join(WEB_DIR, 'node_modules/vite/bin/vite.js'),
      'build',
      '--mode',
      'graphiql',
      '--outDir',
      out,
      '--logLevel',
      'error',
    ],
    {
      cwd: WEB_DIR,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><title>Alliance Commons</title><div id="root"></div>',
  );
  return { dir: out, temporary: true };
}

/** What a browser's address bar sends. */
const BROWSER_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const STATS = '{ platformStats { organizationCount } }';

describe('GraphiQL at /graphql', () => {
  let t: TestPlatform;
  let dist: string;
  let temporary = false;
  beforeAll(async () => {
    ({ dir: dist, temporary } = webDistWithGraphiql());
    t = await startTestPlatform({ SERVE_WEB: 'true', WEB_DIST_DIR: dist });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    // Only the folder this test built: the checkout itself may live in the temp folder (CI).
    if (temporary) rmSync(dist, { recursive: true, force: true });
  });

  it('is what a browser gets, built from same-origin assets only', async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    expect(html).toBe(readFileSync(join(dist, 'graphiql.html'), 'utf8'));
    expect(html).toContain('<title>GraphiQL');

    // Every script and stylesheet is one of ours under /assets (the icon is an inline data: SVG).
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    const links = [...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((href) => !href.startsWith('data:'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of [...scripts, ...links]) expect(src).toMatch(/^\/assets\/[\w.~-]+\.(js|css)$/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script (CSP script-src 'self')

    // They are served, and the Monaco workers the page starts are files of ours too.
    const entry = await fetch(`${t.url}${scripts[0]}`);
    expect(entry.status).toBe(200);
    const code = await entry.text();
    const workers = [...code.matchAll(/new Worker\(`(\/assets\/[^`]+)`/g)].map((m) => m[1]!);
    expect(workers).toHaveLength(3); // editor, JSON and GraphQL
    for (const path of [...links, ...workers])
      expect((await fetch(`${t.url}${path}`)).status).toBe(200);
    expect(code).not.toMatch(/esm\.sh|unpkg\.com|cdn\.jsdelivr/);
  });

  it('runs under the same content security policy as the rest of the platform', async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    const api = await fetch(`${t.url}/health/live`);
    const policy = (res: Response) =>
      Object.fromEntries(
        (res.headers.get('content-security-policy') ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name!, values.join(' ')]),
      );
    const csp = policy(page);
    expect(csp).toEqual(policy(api));
    // Monaco's workers are files under /assets (worker-src falls back to script-src), its fonts
    // data: URLs (helmet's default font-src); nothing from elsewhere, no eval, no blob: workers.
    expect(csp).toMatchObject({
      'script-src': "'self'",
      'connect-src': "'self'",
      'frame-ancestors': "'none'",
    });
    expect(csp['worker-src']).toBeUndefined();
    expect(csp['child-src']).toBeUndefined();
  });

  it('leaves POSTs and JSON requests to GraphQL', async () => {
    const post = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT },
      body: JSON.stringify({ query: STATS }),
    });
    expect(post.headers.get('content-type')).toContain('json');
    expect(await post.json()).toMatchObject({ data: { platformStats: { organizationCount: 0 } } });

    // A client asking for JSON without a query reaches the API, which says what is missing.
    const json = await fetch(`${t.url}/graphql`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(json.status).toBe(400);
    expect(await json.text()).not.toContain('<title>GraphiQL');
  });

  it('still executes GET requests that carry a query', async () => {
    for (const accept of [BROWSER_ACCEPT, 'application/json']) {
      const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent(STATS)}`, {
        // Apollo's CSRF prevention wants a preflight header on GET operations.
        headers: { accept, 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ data: { platformStats: { organizationCount: 0 } } });
    }
  });
});
