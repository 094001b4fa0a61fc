import { Global, Module } from '@nestjs/common';
import { PgPubSub } from './pg-pubsub.service';

@Global()
@Module({ providers: [PgPubSub], exports: [PgPubSub] })
export class RealtimeModule {}
