import { Module } from '@nestjs/common';
import { CollectionItemResolver, CollectionResolver } from './collection.resolver';
import { CollectionService } from './collection.service';
import {
  EventPresentationResolver,
  EventResolver,
  EventSessionResolver,
  MisusePatternPresentationsResolver,
  PracticePresentationsResolver,
} from './event.resolver';
import { EventService } from './event.service';

/** Events with their sessions and presentations, and curated collections. */
@Module({
  providers: [
    EventService,
    CollectionService,
    EventResolver,
    EventSessionResolver,
    EventPresentationResolver,
    PracticePresentationsResolver,
    MisusePatternPresentationsResolver,
    CollectionResolver,
    CollectionItemResolver,
  ],
  exports: [EventService, CollectionService],
})
export class EventsModule {}
