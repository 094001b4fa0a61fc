import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';

export interface OutgoingMail {
  to: string;
  subject: string;
  /** Plain text body; links are written out in full. */
  text: string;
}

export interface StoredMail extends OutgoingMail {
  id: string;
  from: string;
  sentAt: string;
}

const FROM = 'Alliance Commons <no-reply@alliance-commons.invalid>';
export const SEND_MAIL_JOB = 'mail.send';
/** A sent mail's job is deleted after a day: its text holds sign-in and reset links. */
const SENT_MAIL_KEPT_SECONDS = 24 * 3600;

/**
 * Outgoing mail, by MAIL_MODE (config.ts): `smtp` queues it as a job (jobs/) that sends it
 * through nodemailer's SMTP transport, retried with backoff while the server is unreachable or
 * refuses it, so an outage delays mail but loses none (at least once: the Message-ID is the
 * job's, so a mail resent after a crash mid-send is recognisably the same);
 * `mailbox` (development, no SMTP_URL) keeps it as JSON files under DATA_DIR/mailbox that the
 * web app shows at /dev/mailbox, so every flow works on a laptop with no mail server; `log`
 * (an explicit production opt-out) logs that a mail was not sent, never its text, which holds
 * sign-in and reset links.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport?: Transporter;
  readonly mailboxDir: string;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {
    this.mailboxDir = join(config.dataDir, 'mailbox');
    // Bounded waits, so a hung server fails the attempt (and it is retried) before the job expires.
    if (config.mailMode === 'smtp' && config.smtpUrl) {
      this.transport = nodemailer.createTransport({
        url: config.smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
    }
    const { mailRetrySeconds, mailRetryLimit } = jobs.settings;
    jobs.define<{ mail: OutgoingMail }>({
      name: SEND_MAIL_JOB,
      queue: {
        retryLimit: mailRetryLimit,
        retryDelay: mailRetrySeconds,
        retryBackoff: true,
        retryDelayMax: 3600,
        expireInSeconds: 60,
        deleteAfterSeconds: SENT_MAIL_KEPT_SECONDS,
      },
      work: this.transport !== undefined,
      handle: async ({ mail }, job) => {
        await this.transport!.sendMail({
          from: FROM,
          ...mail,
          messageId: `<${job.id}@alliance-commons.mail>`,
        });
      },
    });
  }

  /** True when mail is kept in the dev mailbox rather than sent (never in production). */
  get usesDevMailbox(): boolean {
    return this.config.mailMode === 'mailbox' && this.config.nodeEnv !== 'production';
  }

  /**
   * Sends a mail. Over SMTP it is queued: inside `em`'s transaction when given (it then leaves
   * only if the transaction commits), otherwise at once. The dev mailbox and MAIL_MODE=log are
   * local and cannot be down: they take the mail at once.
   */
  async send(mail: OutgoingMail, em?: EntityManager): Promise<void> {
    if (this.transport) {
      await this.jobs.send(
        SEND_MAIL_JOB,
        { mail: { to: mail.to, subject: mail.subject, text: mail.text } },
        {},
        em,
      );
      return;
    }
    if (!this.usesDevMailbox) {
      this.logger.warn(
        `Mail not sent (MAIL_MODE=log): "${mail.subject}" for …@${mail.to.split('@').pop()}`,
      );
      return;
    }
    const stored: StoredMail = {
      id: randomUUID(),
      from: FROM,
      sentAt: new Date().toISOString(),
      ...mail,
    };
    await fs.mkdir(this.mailboxDir, { recursive: true });
    await fs.writeFile(
      join(this.mailboxDir, `${Date.now()}-${stored.id}.json`),
      JSON.stringify(stored, null, 2),
    );
    this.logger.log(`Dev mailbox: "${mail.subject}" for ${mail.to}`);
  }

  /** The dev mailbox, newest first. */
  async devMailbox(): Promise<StoredMail[]> {
    const files = await fs.readdir(this.mailboxDir).catch(() => [] as string[]);
    const mails = await Promise.all(
      files
        .filter((f) => f.endsWith('.json'))
        .sort()
        .reverse()
        .slice(0, 200)
        .map(
          async (f) =>
            JSON.parse(await fs.readFile(join(this.mailboxDir, f), 'utf8')) as StoredMail,
        ),
    );
    return mails;
  }

  /** An absolute link into the web app. */
  link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** After the job queue stopped (onModuleDestroy), so a mail being sent finishes first. */
  onApplicationShutdown() {
    this.transport?.close();
  }
}
