import { SMTPServer } from 'smtp-server';
import { freePort } from '../src/database/embedded-postgres';
import { MailService } from '../src/mail/mail.service';
import { createUser } from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';
import { eventually } from './utils/waiting';

interface Received {
  to: string;
  messageId: string;
  raw: string;
}

/** A real SMTP server on `port` that keeps what it receives. */
async function startSmtp(port: number, received: Received[]): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    hideSTARTTLS: true,
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          messageId: /^Message-ID: (.*)$/im.exec(raw)?.[1] ?? '',
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return server;
}

const JOB_ENV = { JOBS_POLL_SECONDS: '0.5', MAIL_RETRY_SECONDS: '1' };

describe('mail on the job queue (SMTP)', () => {
  let t: TestPlatform;
  let port: number;
  let smtp: SMTPServer | undefined;
  const received: Received[] = [];
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    for (const [k, v] of Object.entries(JOB_ENV)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    port = await freePort();
    // Nothing listens on the port yet: the mail server is down.
    t = await startTestPlatform({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_MODE: 'smtp' });
  });

  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  const jobs = async () =>
    (await t.db.query(
      `SELECT state, retry_count FROM pgboss.job WHERE name = 'mail.send' ORDER BY created_on`,
    )) as { state: string; retry_count: number }[];

  it('keeps mail while the SMTP server is down and sends each one once when it comes back', async () => {
    const user = await createUser(t.db);
    const reset = await t.gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, {
      e: user.email,
    });
    expect(reset.data).toEqual({ requestPasswordReset: true });
    await t.platform.app.get(MailService).send({
      to: 'second@example.net',
      subject: 'Second',
      text: 'Kept while the server is down.',
    });

    // Both fail to connect and wait for a retry; nothing is lost.
    await eventually(
      jobs,
      (rows) => rows.length === 2 && rows.every((r) => r.state === 'retry' && r.retry_count >= 1),
      'both mails to be retrying',
    );
    expect(received).toHaveLength(0);

    smtp = await startSmtp(port, received);
    await eventually(
      jobs,
      (rows) => rows.length === 2 && rows.every((r) => r.state === 'completed'),
      'both mails to be sent',
      40_000,
    );
    expect(received.map((r) => r.to).sort()).toEqual(['second@example.net', user.email].sort());
    expect(received.find((r) => r.to === user.email)!.raw).toContain(
      'Subject: Reset your Alliance Commons password',
    );
    expect(new Set(received.map((r) => r.messageId)).size).toBe(2);
  });

  it("queues mail inside the caller's transaction: a rolled-back transaction sends nothing", async () => {
    const mail = t.platform.app.get(MailService);
    const before = (await jobs()).length;
    await expect(
      t.db.transaction(async (em) => {
        await mail.send(
          { to: 'rolled-back@example.net', subject: 'Never', text: 'Never sent.' },
          em,
        );
        throw new Error('the caller fails after queuing');
      }),
    ).rejects.toThrow('the caller fails');
    await t.db.transaction(async (em) => {
      await mail.send({ to: 'committed@example.net', subject: 'Committed', text: 'Sent.' }, em);
    });
    await eventually(
      () => Promise.resolve(received.map((r) => r.to)),
      (to) => to.includes('committed@example.net'),
      'the committed mail',
    );
    expect(received.map((r) => r.to)).not.toContain('rolled-back@example.net');
    expect((await jobs()).length).toBe(before + 1);
  });
});
