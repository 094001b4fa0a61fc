import { Controller, Get, Header, Query } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { NotificationService } from './notification.service';

/** The link at the bottom of every notification email: one click, no sign-in. */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly notifications: NotificationService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async unsubscribe(@Query('key') key: string | undefined) {
    const ok = await this.notifications.unsubscribe(String(key ?? ''));
    const message = ok
      ? 'You will receive no more notification emails. You can turn them back on in your profile.'
      : 'This unsubscribe link is not valid. You can change your email settings in your profile.';
    return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Alliance Commons</title>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem">
<h1>Alliance Commons</h1><p>${message}</p><p><a href="${this.config.publicUrl}/profile">Your profile</a></p></body></html>`;
  }
}
