import { Controller, Get, NotFoundException } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { MailService } from './mail.service';

/**
 * The dev mailbox as JSON, for the web app's /dev/mailbox page. Only when no SMTP server is
 * configured and not in production: there, mail really leaves and this answers 404.
 */
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(
    private readonly mail: MailService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Get()
  async list() {
    if (!this.mail.usesDevMailbox || this.config.nodeEnv === 'production') throw new NotFoundException();
    return { mails: await this.mail.devMailbox() };
  }
}
