import { Controller, Get, NotFoundException } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { MailService } from './mail.service';

/**
 * The dev mailbox as JSON, for the web app's /dev/mailbox page. Only in MAIL_MODE=mailbox, which
 * production refuses: everywhere else (mail really leaves, or is only logged) this answers 404,
 * as for any path that does not exist.
 */
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(
    private readonly mail: MailService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Get()
  async list() {
    if (!this.mail.usesDevMailbox || this.config.nodeEnv === 'production')
      throw new NotFoundException(`Cannot GET /dev/mailbox`);
    return { mails: await this.mail.devMailbox() };
  }
}
