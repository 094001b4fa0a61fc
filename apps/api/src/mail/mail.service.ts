import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';

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

/**
 * Outgoing mail, by MAIL_MODE (config.ts): `smtp` sends it through nodemailer's SMTP transport;
 * `mailbox` (development, no SMTP_URL) keeps it as JSON files under DATA_DIR/mailbox that the
 * web app shows at /dev/mailbox, so every flow works on a laptop with no mail server; `log`
 * (an explicit production opt-out) logs that a mail was not sent, never its text, which holds
 * sign-in and reset links.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport?: Transporter;
  readonly mailboxDir: string;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    this.mailboxDir = join(config.dataDir, 'mailbox');
    if (config.mailMode === 'smtp' && config.smtpUrl) this.transport = nodemailer.createTransport(config.smtpUrl);
  }

  /** True when mail is kept in the dev mailbox rather than sent (never in production). */
  get usesDevMailbox(): boolean {
    return this.config.mailMode === 'mailbox' && this.config.nodeEnv !== 'production';
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({ from: FROM, ...mail });
      return;
    }
    if (!this.usesDevMailbox) {
      this.logger.warn(`Mail not sent (MAIL_MODE=log): "${mail.subject}" for …@${mail.to.split('@').pop()}`);
      return;
    }
    const stored: StoredMail = { id: randomUUID(), from: FROM, sentAt: new Date().toISOString(), ...mail };
    await fs.mkdir(this.mailboxDir, { recursive: true });
    await fs.writeFile(join(this.mailboxDir, `${Date.now()}-${stored.id}.json`), JSON.stringify(stored, null, 2));
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
        .map(async (f) => JSON.parse(await fs.readFile(join(this.mailboxDir, f), 'utf8')) as StoredMail),
    );
    return mails;
  }

  /** An absolute link into the web app. */
  link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  onModuleDestroy() {
    this.transport?.close();
  }
}
