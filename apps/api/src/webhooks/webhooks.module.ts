import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { loadWebhookSettings, WEBHOOK_SETTINGS } from './webhook-settings';
import { OrganizationWebhooksResolver, WebhookResolver } from './webhook.resolver';
import { WebhookService } from './webhook.service';
import { WebhookWorker } from './webhook.worker';

/** Webhooks, the partner API: organizations receive signed events they may see (docs/webhooks.md). */
@Module({
  providers: [
    {
      provide: WEBHOOK_SETTINGS,
      useFactory: (config: AppConfig) => loadWebhookSettings(config),
      inject: [APP_CONFIG],
    },
    WebhookService,
    WebhookWorker,
    WebhookResolver,
    OrganizationWebhooksResolver,
  ],
  exports: [WebhookService, WebhookWorker],
})
export class WebhooksModule {}
