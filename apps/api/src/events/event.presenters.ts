import { toGlobalId } from '../common/relay/global-id';
import type { MisusePattern } from '../misuse-patterns/misuse-pattern.entity';
import { presentMisusePattern } from '../misuse-patterns/misuse-pattern.presenters';
import type { Practice } from '../practices/practice.entity';
import { presentPractice } from '../practices/practice.presenters';
import type {
  Collection,
  CollectionItem,
  Event,
  EventPresentation,
  EventSession,
} from './event.entity';
import type {
  CollectionItemModel,
  CollectionModel,
  EventModel,
  EventPresentationModel,
  EventSessionModel,
  LibraryItemValue,
} from './event.models';

export const presentEvent = (e: Event): EventModel => ({
  id: toGlobalId('Event', e.id),
  entity: e,
  slug: e.slug,
  name: e.name,
  description: e.description,
  location: e.location,
  url: e.url,
  startsOn: e.startsOn,
  endsOn: e.endsOn,
  themes: e.themes.map((t) => ({ title: t.title, description: t.description ?? '' })),
});

export const presentEventSession = (s: EventSession): EventSessionModel => ({
  id: toGlobalId('EventSession', s.id),
  entity: s,
  title: s.title,
  description: s.description,
  theme: s.theme,
  startsAt: s.startsAt,
  position: s.position,
});

export const presentPresentation = (p: EventPresentation): EventPresentationModel => ({
  id: toGlobalId('EventPresentation', p.id),
  entity: p,
});

export const presentCollection = (c: Collection): CollectionModel => ({
  id: toGlobalId('Collection', c.id),
  entity: c,
  slug: c.slug,
  title: c.title,
  introduction: c.introduction,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

export const presentCollectionItem = (i: CollectionItem): CollectionItemModel => ({
  entity: i,
  position: i.position,
  note: i.note,
});

/** A practice or pattern for the LibraryItem union, tagged with its GraphQL type. */
export function presentLibraryItem(
  item: { practice: Practice } | { pattern: MisusePattern },
): LibraryItemValue {
  return 'practice' in item
    ? Object.assign(presentPractice(item.practice), { __typename: 'Practice' as const })
    : Object.assign(presentMisusePattern(item.pattern), { __typename: 'MisusePattern' as const });
}
