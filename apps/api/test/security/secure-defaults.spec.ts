import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/config';
import { freePort } from '../../src/database/embedded-postgres';
import { createUser } from '../utils/fixtures';
import { createTestDatabase, startTestPlatform, type TestPlatform } from '../utils/test-platform';

/**
 * Finding 12: the README start line runs in development mode, where the dev mailbox and the demo
 * accounts are open to whoever reaches the port. Secure defaults: development listens on the
 * loopback only, production needs a real mail server (or an explicit MAIL_MODE=log), has no dev
 * mailbox and loads demo data only when asked; demo mode is visible (platformInfo.demoMode, the
 * web app's banner).
 */
const load = (env: Record<string, string>) => loadConfig(env, '/srv/alliance');
const configError = (env: Record<string, string>): ConfigError => {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`no ConfigError for ${JSON.stringify(env)}`);
};
const PRODUCTION = { NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587' };

describe('secure defaults (finding 12)', () => {
  describe('configuration', () => {
    it('listens on the loopback only outside production, on every interface in production, as HOST says otherwise', () => {
      expect(load({}).host).toBe('127.0.0.1');
      expect(load({ NODE_ENV: 'test' }).host).toBe('127.0.0.1');
      expect(load(PRODUCTION).host).toBe('0.0.0.0');
      expect(load({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
      expect(load({ ...PRODUCTION, HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
      expect(configError({ HOST: 'not a host!' }).variable).toBe('HOST');
    });

    it('refuses to start in production without SMTP_URL, in one line, unless MAIL_MODE=log says so', () => {
      const error = configError({ NODE_ENV: 'production' });
      expect(error.variable).toBe('SMTP_URL');
      expect(error.message).toMatch(/SMTP_URL.*MAIL_MODE=log/);
      expect(error.message).not.toContain('\n');
      expect(load({ NODE_ENV: 'production', MAIL_MODE: 'log' }).mailMode).toBe('log');
      expect(load(PRODUCTION).mailMode).toBe('smtp');
      expect(load({}).mailMode).toBe('mailbox');
      expect(configError({ NODE_ENV: 'production', MAIL_MODE: 'mailbox' }).variable).toBe(
        'MAIL_MODE',
      );
      expect(configError({ MAIL_MODE: 'smtp' }).variable).toBe('SMTP_URL');
    });

    it('loads demo data by default in development only', () => {
      expect(load({}).seedDemo).toBe(true);
      expect(load(PRODUCTION).seedDemo).toBe(false);
      expect(load({ ...PRODUCTION, SEED_DEMO: 'true' }).seedDemo).toBe(true);
    });
  });

  it('stops the production server with one clear line when SMTP_URL is missing', async () => {
    const database = await createTestDatabase();
    try {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        SERVE_WEB: 'false',
        LOG_LEVEL: 'warn',
        PORT: String(await freePort()),
      };
      delete env.SMTP_URL;
      delete env.MAIL_MODE;
      const child = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'main.js')], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGTERM'), 30_000); // it started: the test fails below
        child.on('exit', (c) => {
          clearTimeout(timer);
          resolve(c);
        });
      });
      expect(output.trim()).toMatch(/^Invalid configuration: SMTP_URL .*MAIL_MODE=log.*\.$/);
      expect(output.trim().split('\n')).toHaveLength(1);
      expect(code).toBe(1);
    } finally {
      await database.drop();
    }
  });

  describe('in development', () => {
    let t: TestPlatform;
    beforeAll(async () => {
      t = await startTestPlatform({ NODE_ENV: 'development' });
    });
    afterAll(() => t.close());

    it('listens on 127.0.0.1 only', () => {
      expect((t.platform.app.getHttpServer().address() as AddressInfo).address).toBe('127.0.0.1');
    });

    it('says it is in demo mode', async () => {
      const res = await t.gql<{ platformInfo: { demoMode: boolean } }>(
        '{ platformInfo { demoMode } }',
      );
      expect(res.data?.platformInfo.demoMode).toBe(true);
    });
  });

  it('listens where HOST says', async () => {
    const t = await startTestPlatform({ NODE_ENV: 'development', HOST: '0.0.0.0' });
    try {
      expect((t.platform.app.getHttpServer().address() as AddressInfo).address).toBe('0.0.0.0');
    } finally {
      await t.close();
    }
  });

  describe('in production with MAIL_MODE=log and SEED_DEMO unset', () => {
    let t: TestPlatform;
    let dataDir: string;
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'alliance-prod-'));
      // SEED_DEMO '' counts as unset: the production default applies.
      t = await startTestPlatform({
        NODE_ENV: 'production',
        MAIL_MODE: 'log',
        SEED_DEMO: '',
        DATA_DIR: dataDir,
        HOST: '127.0.0.1',
      });
    });
    afterAll(() => t.close());

    it('loads no demo data and is not in demo mode', async () => {
      const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM organization');
      expect(count).toBe(0);
      const res = await t.gql<{ platformInfo: { demoMode: boolean } }>(
        '{ platformInfo { demoMode } }',
      );
      expect(res.data?.platformInfo.demoMode).toBe(false);
    });

    it('has no dev mailbox, and logs mail instead of keeping it', async () => {
      expect(
        (await fetch(`${t.url}/dev/mailbox`, { headers: { accept: 'application/json' } })).status,
      ).toBe(404);
      const user = await createUser(t.db);
      const res = await t.gql('mutation($e: String!) { requestPasswordReset(email: $e) }', {
        e: user.email,
      });
      expect(res.errors).toBeUndefined(); // the reset mail is sent before the answer
      expect(readdirSync(dataDir)).not.toContain('mailbox');
    });

    it('is in demo mode once the demo accounts exist (SEED_DEMO=true once, or `cli seed`)', async () => {
      await createUser(t.db, { email: 'admin@example.org', platformRole: 'ADMIN' });
      const res = await t.gql<{ platformInfo: { demoMode: boolean } }>(
        '{ platformInfo { demoMode } }',
      );
      expect(res.data?.platformInfo.demoMode).toBe(true);
    });
  });
});
