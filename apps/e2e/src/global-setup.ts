import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * Starts the platform the way `pnpm start` serves it after building: the API's dist/main.js
 * from the repository root, serving the built web app, on a fresh DATA_DIR (embedded
 * PostgreSQL, demo data) — or on DATABASE_URL when set. Turbo has built both apps before.
 */
export default async function globalSetup() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'alliance-e2e-'));
  chmodSync(dataDir, 0o755);
  const child = spawn(process.execPath, ['--enable-source-maps', 'apps/api/dist/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      INIT_CWD: ROOT,
      // Journeys present themselves as different clients (X-Forwarded-For from the loopback
      // "proxy"), so per-IP limits on sign-up and sign-in apply per journey, as in production.
      TRUST_PROXY: 'loopback',
      // Webhooks are delivered live (the worker is off by default under NODE_ENV=test).
      WEBHOOK_POLL_MS: '200',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`platform did not start in 90s:\n${output}`)),
      90_000,
    );
    child.on('exit', (code) => reject(new Error(`platform exited with ${code}:\n${output}`)));
    const check = setInterval(() => {
      const match = /is running at (http\S+)/.exec(output);
      if (match) {
        clearInterval(check);
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    }, 100);
  });
  (globalThis as { __platform?: ChildProcess }).__platform = child;
  (globalThis as { __platformOutput?: () => string }).__platformOutput = () => output;
  process.env.E2E_BASE_URL = url;
  process.env.E2E_DATA_DIR = dataDir;
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.on('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? res(address.port) : rej(new Error('no port')),
      );
    });
  });
}
