import { randomBytes } from 'node:crypto';
import { JobQueue } from '../src/jobs/job-queue';
import { CLEANUP_JOB } from '../src/jobs/cleanup.jobs';
import { WEBHOOK_PRUNE_JOB } from '../src/webhooks/webhook.worker';
import { createUser } from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';
import { eventually } from './utils/waiting';

describe('scheduled clean-ups (job queue)', () => {
  let t: TestPlatform;
  const saved = process.env.JOBS_POLL_SECONDS;

  beforeAll(async () => {
    process.env.JOBS_POLL_SECONDS = '0.5';
    t = await startTestPlatform();
  });
  afterAll(async () => {
    await t?.close();
    if (saved === undefined) delete process.env.JOBS_POLL_SECONDS;
    else process.env.JOBS_POLL_SECONDS = saved;
  });

  const hash = () => randomBytes(32).toString('hex');
  const runJob = async (name: string) => {
    const id = await t.platform.app.get(JobQueue).send(name, {});
    await eventually(
      () =>
        t.db
          .query(`SELECT state FROM pgboss.job WHERE id = $1`, [id])
          .then((r: { state: string }[]) => r[0]?.state),
      (state) => state === 'completed',
      `${name} to complete`,
    );
  };

  it('deletes sessions ended over 30 days ago and spent email tokens, and keeps the rest', async () => {
    const user = await createUser(t.db);
    const session = (expires: string, revoked: string | null) =>
      t.db
        .query(
          `INSERT INTO user_session (token_hash, user_id, last_seen_at, expires_at, revoked_at)
           VALUES ($1, $2, now(), now() + CAST($3 AS interval), now() + CAST($4 AS interval)) RETURNING id`,
          [hash(), user.id, expires, revoked],
        )
        .then((r: { id: string }[]) => r[0].id);
    const oldExpired = await session('-31 days', null);
    const oldRevoked = await session('+10 days', '-40 days');
    const recentlyExpired = await session('-2 days', null);
    const live = await session('+10 days', null);
    const token = (expires: string, used: string | null) =>
      t.db
        .query(
          `INSERT INTO email_token (token_hash, user_id, purpose, expires_at, used_at)
           VALUES ($1, $2, 'RESET_PASSWORD', now() + CAST($3 AS interval), now() + CAST($4 AS interval)) RETURNING id`,
          [hash(), user.id, expires, used],
        )
        .then((r: { id: string }[]) => r[0].id);
    const expiredToken = await token('-2 days', null);
    const usedToken = await token('+1 hour', '-2 days');
    const liveToken = await token('+1 hour', null);

    await runJob(CLEANUP_JOB);
    const sessions = (
      await t.db.query(`SELECT id FROM user_session WHERE id = ANY($1)`, [
        [oldExpired, oldRevoked, recentlyExpired, live],
      ])
    ).map((r: { id: string }) => r.id);
    expect(sessions.sort()).toEqual([recentlyExpired, live].sort());
    const tokens = (
      await t.db.query(`SELECT id FROM email_token WHERE id = ANY($1)`, [
        [expiredToken, usedToken, liveToken],
      ])
    ).map((r: { id: string }) => r.id);
    expect(tokens).toEqual([liveToken]);
    // The user's own live session still signs in.
    expect((await t.gql<any>(`{ viewer { id } }`, {}, user.session)).data.viewer).not.toBeNull();
  });

  it('deletes webhook events older than 30 days (their deliveries go with them by cascade)', async () => {
    const event = (age: string) =>
      t.db
        .query(
          `INSERT INTO webhook_event (type, occurred_at, dispatched_at) VALUES ('ping', now() - CAST($1 AS interval), now()) RETURNING id`,
          [age],
        )
        .then((r: { id: string }[]) => String(r[0].id));
    const old = await event('31 days');
    const recent = await event('29 days');
    await runJob(WEBHOOK_PRUNE_JOB);
    const left = (
      await t.db.query(`SELECT id FROM webhook_event WHERE id = ANY($1)`, [[old, recent]])
    ).map((r: { id: string }) => String(r.id));
    expect(left).toEqual([recent]);
  });
});
