import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../../discussions/discussions.module';
import { EventsModule } from '../../events/events.module';
import { MisusePatternsModule } from '../../misuse-patterns/misuse-patterns.module';
import { PracticesModule } from '../../practices/practices.module';
import { WebhooksModule } from '../../webhooks/webhooks.module';
import { NodeResolver } from './node.resolver';

/** Relay's node(id) / nodes(ids) over every entity that implements Node. */
@Module({ imports: [PracticesModule, DiscussionsModule, WebhooksModule, EventsModule, MisusePatternsModule], providers: [NodeResolver] })
export class NodeModule {}
