import { Global, Module } from '@nestjs/common';
import { DevMailboxController } from './dev-mailbox.controller';
import { MailService } from './mail.service';

@Global()
@Module({ providers: [MailService], controllers: [DevMailboxController], exports: [MailService] })
export class MailModule {}
