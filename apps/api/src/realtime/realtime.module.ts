import { Global, Module } from '@nestjs/common';
import { LiveViewer } from './live-viewer';
import { PgPubSub } from './pg-pubsub.service';

@Global()
@Module({ providers: [PgPubSub, LiveViewer], exports: [PgPubSub, LiveViewer] })
export class RealtimeModule {}
