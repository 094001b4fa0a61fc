import { freePort } from '../src/database/embedded-postgres';
import { MailService } from '../src/mail/mail.service';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';
import { eventually } from './utils/waiting';

const JOB_ENV = { JOBS_POLL_SECONDS: '0.5', MAIL_RETRY_SECONDS: '1', MAIL_RETRY_LIMIT: '1' };

describe('/health/ready reports the job queue', () => {
  let t: TestPlatform;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    for (const [k, v] of Object.entries(JOB_ENV)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    // A mail server that is never there: mail fails for good after one retry.
    t = await startTestPlatform({
      SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
      MAIL_MODE: 'smtp',
    });
  });
  afterAll(async () => {
    await t?.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  const ready = async () => {
    const res = await fetch(`${t.url}/health/ready`);
    return {
      status: res.status,
      body: (await res.json()) as { status: string; components: { jobs: Record<string, any> } },
    };
  };

  it('shows queued and failed jobs: failures degrade the queue but leave the instance ready', async () => {
    const before = await ready();
    expect(before.body.components.jobs).toMatchObject({ status: 'up', failed: 0 });

    await t.platform.app
      .get(MailService)
      .send({ to: 'nobody@example.net', subject: 'Lost?', text: 'Kept as failed, not lost.' });
    const queued = await ready();
    expect(
      queued.body.components.jobs.queued + queued.body.components.jobs.active,
    ).toBeGreaterThanOrEqual(1);

    const failed = await eventually(
      ready,
      (r) => r.body.components.jobs.failed === 1,
      'the mail job to fail for good',
    );
    expect(failed.status).toBe(200);
    expect(failed.body.status).toBe('up');
    expect(failed.body.components.jobs).toMatchObject({
      status: 'degraded',
      failed: 1,
      detail: '1 job(s) failed after their last retry',
      queues: { 'mail.send': { queued: 0, active: 0, failed: 1 } },
    });
  });
});
