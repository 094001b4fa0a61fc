import { Client } from 'pg';
import { createThreadRow, createUser } from './utils/fixtures';
import { mailsTo } from './utils/mailbox';
import { createTestDatabase, startTestPlatform, type TestPlatform } from './utils/test-platform';
import { eventually } from './utils/waiting';

const REPLY = `mutation($t: ID!, $b: String!) { reply(threadId: $t, body: $b) { id } }`;
// The digest hour is an hour before the test runs (UTC), so the instance that runs now never meets it.
const hourBefore = (new Date().getUTCHours() + 23) % 24;
const JOB_ENV = {
  DIGEST_CRON: `0 ${hourBefore} * * *`,
  JOBS_CRON_CHECK_SECONDS: '1',
  JOBS_POLL_SECONDS: '0.5',
};

describe('daily digest on the job queue', () => {
  const saved: Record<string, string | undefined> = {};
  let database: { url: string; drop(): Promise<void> };
  let t: TestPlatform | undefined;

  beforeAll(async () => {
    for (const [k, v] of Object.entries(JOB_ENV)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await t?.close();
    await database?.drop();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('catches up at start when the API was down past the digest hour, and sends it once', async () => {
    t = await startTestPlatform({ DATABASE_URL: database.url });
    const reader = await createUser(t.db);
    await t.gql(`mutation { updateNotificationPreferences(email: DAILY) }`, {}, reader.session);
    const poster = await createUser(t.db);
    const thread = await createThreadRow(t.db, reader.id);
    await t.gql(REPLY, { t: thread.globalId, b: 'While you were away' }, poster.session);
    // The schedule is in place and passes run; its hour has not come, so nothing is sent.
    const lastPass = () =>
      t!.db
        .query(`SELECT cron_on FROM pgboss.version`)
        .then((r: { cron_on: Date | null }[]) => r[0]?.cron_on ?? null);
    await eventually(lastPass, (at) => at !== null, 'a schedule pass');
    expect(
      await t.db.query(
        `SELECT cron FROM pgboss.schedule WHERE name = 'notifications.daily-digest'`,
      ),
    ).toEqual([{ cron: JOB_ENV.DIGEST_CRON }]);
    expect(await mailsTo(t, reader.email)).toHaveLength(0);
    await t.close();
    t = undefined;

    // The API was down for two days: the last pass and the schedule's creation lie before the
    // digest hour that went by meanwhile.
    const db = new Client({ connectionString: database.url });
    await db.connect();
    await db.query(`UPDATE pgboss.version SET cron_on = now() - interval '2 days'`);
    await db.query(`UPDATE pgboss.schedule SET created_on = now() - interval '3 days'`);
    await db.end();

    // Back up: the first pass sends the missed digest.
    t = await startTestPlatform({ DATABASE_URL: database.url });
    const sent = await eventually(
      () => mailsTo(t!, reader.email),
      (mails) => mails.length > 0,
      'the caught-up digest',
      30_000,
    );
    expect(sent[0].subject).toMatch(/digest: 1 update in 1 discussion/);
    // The mail leaves inside the job; the job is marked completed just after (not at once under load).
    const jobs = await eventually(
      () => t!.db.query(`SELECT state FROM pgboss.job WHERE name = 'notifications.daily-digest'`),
      (rows: { state: string }[]) => rows.every((r) => r.state !== 'active'),
      'the digest job to finish',
    );
    expect(jobs).toEqual([{ state: 'completed' }]);
    // Later passes owe nothing more.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await mailsTo(t, reader.email)).toHaveLength(1);
  });
});
