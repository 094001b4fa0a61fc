import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/database/embedded-postgres';

/**
 * The server process as `pnpm start` runs it (dist/main.js, built by turbo before tests):
 * configuration errors, the embedded database's life cycle, and shutdown.
 */
const MAIN = join(__dirname, '..', 'dist', 'main.js');

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(
  env: Record<string, string>,
  options: { ownProcessGroup?: boolean; cwd?: string } = {},
): Running {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    SERVE_WEB: 'false',
    LOG_LEVEL: 'warn',
    ...env,
  };
  delete childEnv.DATABASE_URL;
  if (env.DATABASE_URL) childEnv.DATABASE_URL = env.DATABASE_URL;
  delete childEnv.INIT_CWD;
  if (!env.DATA_DIR) delete childEnv.DATA_DIR;
  const child = spawn(process.execPath, [MAIN], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.ownProcessGroup,
    cwd: options.cwd,
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(r: Running, pattern: RegExp, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(r.output())) {
    if (r.child.exitCode !== null)
      throw new Error(`exited early with ${r.child.exitCode}:\n${r.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${r.output()}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

/** PostgreSQL processes whose command line names this data folder. */
function postgresProcessesFor(dataDir: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
        return cmd.includes('postgres') && cmd.includes(dataDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function eventually(check: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((res) => setTimeout(res, 200));
  }
  return true;
}

async function organizationCount(port: number): Promise<number> {
  const res = await fetch(`http://localhost:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ platformStats { organizationCount } }' }),
  });
  return ((await res.json()) as { data: { platformStats: { organizationCount: number } } }).data
    .platformStats.organizationCount;
}

function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-proc-'));
  chmodSync(dir, 0o755);
  return dir;
}

describe('the server process', () => {
  it.each([
    [
      { PORT: 'abc' },
      /^Invalid configuration: PORT must be a whole number between 1 and 65535 \(got "abc"\)\.$/,
    ],
    [
      { DATABASE_URL: 'postgres//nope' },
      /^Invalid configuration: DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\/\.$/,
    ],
  ])('stops with one clear line for %j', async (env, line) => {
    const r = run(env);
    expect(await r.exited).toBe(1);
    expect(r.output().trim()).toMatch(line);
    expect(r.output().trim().split('\n')).toHaveLength(1);
  });

  const asRoot = userInfo().uid === 0 ? it : it.skip;
  asRoot('says when the postgres user cannot reach DATA_DIR', async () => {
    const locked = mkdtempSync(join(tmpdir(), 'alliance-locked-')); // 0700
    try {
      const r = run({ DATA_DIR: join(locked, 'data'), PORT: String(await freePort()) });
      expect(await r.exited).toBe(1);
      expect(r.output()).toContain(`not reachable by the 'postgres' system user`);
      expect(r.output()).toContain(locked);
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });

  asRoot(
    'keeps the default DATA_DIR of a private checkout in the temp folder instead',
    async () => {
      const locked = mkdtempSync(join(tmpdir(), 'alliance-checkout-')); // 0700, like a mktemp clone
      try {
        const r = run({ PORT: String(await freePort()) }, { cwd: locked });
        await waitFor(r, /is running at/);
        const dataDir = /data in (\S+)\/postgres/.exec(r.output())![1];
        expect(dataDir.startsWith(join(tmpdir(), 'alliance-commons-data-'))).toBe(true);
        r.child.kill('SIGTERM');
        expect(await r.exited).toBe(0);
        rmSync(dataDir, { recursive: true, force: true });
      } finally {
        rmSync(locked, { recursive: true, force: true });
      }
    },
  );

  it('runs on the embedded database, keeps data across restarts, and leaves nothing behind', async () => {
    const dataDir = tempDataDir();
    const other = tempDataDir();
    try {
      const port = await freePort();
      const first = run({ DATA_DIR: dataDir, PORT: String(port) });
      await waitFor(first, /Alliance Commons is running at http:\/\/localhost:\d+/);
      expect(first.output()).toContain(`http://localhost:${port}`);
      expect((await fetch(`http://localhost:${port}/health/ready`)).status).toBe(200);
      const seeded = await organizationCount(port);
      expect(seeded).toBeGreaterThan(0);

      // A second instance with its own DATA_DIR and PORT runs beside the first.
      const port2 = await freePort();
      const second = run({ DATA_DIR: other, PORT: String(port2) });
      await waitFor(second, /is running at/);
      expect((await fetch(`http://localhost:${port2}/health/ready`)).status).toBe(200);

      // The same DATA_DIR cannot be served twice.
      const clash = run({ DATA_DIR: dataDir, PORT: String(await freePort()) });
      expect(await clash.exited).toBe(1);
      expect(clash.output()).toMatch(/DATA_DIR .* is in use by another Alliance Commons process/);

      // SIGTERM: graceful stop, no postgres left.
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(postgresProcessesFor(dataDir)).toEqual([]);
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
      expect(postgresProcessesFor(other)).toEqual([]);

      // Restart: the data is still there and the demo data is not loaded twice.
      const again = run({ DATA_DIR: dataDir, PORT: String(port) });
      await waitFor(again, /is running at/);
      expect(await organizationCount(port)).toBe(seeded);

      // A crash (SIGKILL) cannot shut down gracefully: the watchdog stops PostgreSQL.
      again.child.kill('SIGKILL');
      await again.exited;
      expect(await eventually(() => postgresProcessesFor(dataDir).length === 0)).toBe(true);

      // And the next start recovers from the crash.
      const recovered = run({ DATA_DIR: dataDir, PORT: String(port) });
      await waitFor(recovered, /is running at/);
      expect(await organizationCount(port)).toBe(seeded);
      recovered.child.kill('SIGTERM');
      expect(await recovered.exited).toBe(0);
      expect(postgresProcessesFor(dataDir)).toEqual([]);

      // Ctrl-C in a terminal: SIGINT to the whole process group, PostgreSQL included.
      const terminal = run({ DATA_DIR: dataDir, PORT: String(port) }, { ownProcessGroup: true });
      await waitFor(terminal, /is running at/);
      const started = Date.now();
      process.kill(-terminal.child.pid!, 'SIGINT');
      expect(await terminal.exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(terminal.output()).not.toMatch(/Shutdown took longer/);
      expect(postgresProcessesFor(dataDir)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(other, { recursive: true, force: true });
    }
  }, 180_000);
});
