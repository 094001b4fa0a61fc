import { Global, Module } from '@nestjs/common';
import { NotificationService } from './notification.service';

/** Notifications are raised by several features (discussions, practices, organizations). */
@Global()
@Module({ providers: [NotificationService], exports: [NotificationService] })
export class NotificationsModule {}
