import {
  createUnionType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import { ConnectionType } from '../common/relay/connection';
import { NodeInterface } from '../common/relay/node';
import { MisusePatternModel } from '../misuse-patterns/misuse-pattern.models';
import { PracticeModel } from '../practices/practice.models';
import type {
  Collection,
  CollectionItem,
  Event,
  EventPresentation,
  EventSession,
} from './event.entity';

/**
 * A practice or a misuse pattern: what can be presented at an event session or put in a
 * collection. Presenters tag each value with its __typename.
 */
export const LibraryItemUnion = createUnionType({
  name: 'LibraryItem',
  description: 'A practice or a misuse pattern.',
  types: () => [PracticeModel, MisusePatternModel] as const,
  resolveType: (value: { __typename?: string }) => value.__typename,
});
export type LibraryItemValue = (PracticeModel | MisusePatternModel) & {
  __typename: 'Practice' | 'MisusePattern';
};

@ObjectType('EventTheme', { description: 'One of the themes of an event.' })
export class EventThemeModel {
  @Field({ description: 'Title of the theme.' })
  title: string;

  @Field({ description: 'What the theme covers (markdown, render it sanitised).' })
  description: string;
}

@ObjectType('Event', {
  implements: () => [NodeInterface],
  description: 'A conference or meeting where practices and misuse patterns were presented.',
})
export class EventModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  entity: Event;

  @Field({ description: 'Short name used in its address.' })
  slug: string;

  @Field({ description: 'Name of the event.' })
  name: string;

  @Field({ description: 'About the event (markdown, render it sanitised).' })
  description: string;

  @Field({ description: 'Where it took place (empty when unknown).' })
  location: string;

  @Field(() => String, { nullable: true, description: 'Its official web page.' })
  url: string | null;

  @Field({ description: 'First day (ISO date, YYYY-MM-DD).' })
  startsOn: string;

  @Field({ description: 'Last day (ISO date, YYYY-MM-DD).' })
  endsOn: string;

  @Field(() => [EventThemeModel], { description: 'Its themes, in order.' })
  themes: EventThemeModel[];
}

@ObjectType('EventSession', {
  implements: () => [NodeInterface],
  description: 'A session of an event, under one of its themes.',
})
export class EventSessionModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  entity: EventSession;

  @Field({ description: 'Title of the session.' })
  title: string;

  @Field({ description: 'What was discussed (markdown, render it sanitised).' })
  description: string;

  @Field(() => String, {
    nullable: true,
    description: 'The title of the event theme it belongs to.',
  })
  theme: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it started, if known.' })
  startsAt: Date | null;

  @Field(() => Int, { description: 'Its place in the programme (ascending).' })
  position: number;
}

@ObjectType('EventPresentation', {
  description: 'A practice or misuse pattern presented at an event session.',
})
export class EventPresentationModel {
  @Field(() => ID, { description: 'Opaque id, for unmarkPresented.' })
  id: string;

  entity: EventPresentation;
}

@ObjectType('Collection', {
  implements: () => [NodeInterface],
  description:
    'An ordered list of practices and misuse patterns curated by moderators, with an introduction.',
})
export class CollectionModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  entity: Collection;

  @Field({ description: 'Short name used in its address.' })
  slug: string;

  @Field({ description: 'Title of the collection.' })
  title: string;

  @Field({ description: 'Why these items belong together (markdown, render it sanitised).' })
  introduction: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it was last changed.' })
  updatedAt: Date;
}

@ObjectType('CollectionItem', { description: 'One entry of a collection.' })
export class CollectionItemModel {
  entity: CollectionItem;

  @Field(() => Int, { description: 'Its place in the collection (ascending, from 0).' })
  position: number;

  @Field({ description: 'The curator’s note on why it is included (may be empty).' })
  note: string;
}

export const EventConnection = ConnectionType(EventModel, 'Event', 'A page of events.');
export const CollectionConnection = ConnectionType(
  CollectionModel,
  'Collection',
  'A page of collections.',
);
export const CollectionItemConnection = ConnectionType(
  CollectionItemModel,
  'CollectionItem',
  'A page of the items of a collection, in order.',
);

@InputType('EventThemeInput', { description: 'A theme of an event.' })
export class EventThemeInput {
  @Field({ description: 'Title of the theme (unique within the event).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What the theme covers (markdown).' })
  description?: string | null;
}

@InputType('EventInput', { description: 'An event as written by a moderator.' })
export class EventInput {
  @Field(() => String, {
    nullable: true,
    description: 'Short name for its address; made from the name when left out.',
  })
  slug?: string | null;

  @Field({ description: 'Name of the event.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'About the event (markdown).' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it takes place.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Its official web page (http or https).' })
  url?: string | null;

  @Field({ description: 'First day (YYYY-MM-DD).' })
  startsOn: string;

  @Field({ description: 'Last day (YYYY-MM-DD), not before the first.' })
  endsOn: string;

  @Field(() => [EventThemeInput], {
    nullable: true,
    description:
      'Its themes, in order (replace the current ones; sessions of a removed theme lose it).',
  })
  themes?: EventThemeInput[] | null;
}

@InputType('EventSessionInput', { description: 'A session of an event.' })
export class EventSessionInput {
  @Field({ description: 'Title of the session.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What was discussed (markdown).' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The title of one of the event’s themes.' })
  theme?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it starts.' })
  startsAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Its place in the programme; after the last session when left out.',
  })
  position?: number | null;
}

@InputType('CollectionInput', { description: 'A collection as written by a moderator.' })
export class CollectionInput {
  @Field(() => String, {
    nullable: true,
    description: 'Short name for its address; made from the title when left out.',
  })
  slug?: string | null;

  @Field({ description: 'Title of the collection.' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why these items belong together (markdown).',
  })
  introduction?: string | null;
}

@InputType('CollectionItemInput', { description: 'One entry of a collection.' })
export class CollectionItemInput {
  @Field(() => ID, { description: 'A Practice or MisusePattern global id.' })
  itemId: string;

  @Field(() => String, { nullable: true, description: 'Why it is included.' })
  note?: string | null;
}
