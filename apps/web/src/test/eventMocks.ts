import {
  CollectionPageDocument,
  EventPageDocument,
  EventSessionChoicesDocument,
  PresentedAtDocument,
} from '@alliance/graphql';

/** A practice as event and collection pages list it, with __typename everywhere. */
export function practiceItem(
  overrides: Partial<{ id: string; slug: string; title: string; summary: string }> = {},
) {
  return {
    __typename: 'Practice' as const,
    id: 'UHJhY3RpY2U6MQ',
    slug: 'multichannel-hotline',
    title: 'Multichannel anti-trafficking hotline',
    summary: 'A hotline reachable by phone, chat and messengers.',
    organization: {
      __typename: 'Organization' as const,
      id: 'T3JnOjE',
      name: 'SafeRoutes Network',
    },
    ...overrides,
  };
}

/** A misuse pattern as event and collection pages list it. */
export function patternItem(
  overrides: Partial<{ id: string; slug: string; title: string; summary: string }> = {},
) {
  return {
    __typename: 'MisusePattern' as const,
    id: 'TWlzdXNlUGF0dGVybjox',
    slug: 'fake-job-ads',
    title: 'Fake job advertisements on social media',
    summary: 'Recruiters post attractive jobs abroad that do not exist.',
    trend: 'ESTABLISHED' as const,
    organization: {
      __typename: 'Organization' as const,
      id: 'T3JnOjI',
      name: 'Nordic Payments FCU',
    },
    ...overrides,
  };
}

type Item = ReturnType<typeof practiceItem> | ReturnType<typeof patternItem>;

export function presentation(id: string, item: Item, viewerCanRemove = false) {
  return { __typename: 'EventPresentation' as const, id, viewerCanRemove, item };
}

export function session(
  overrides: Partial<{
    id: string;
    title: string;
    description: string;
    theme: string | null;
    startsAt: string | null;
    position: number;
    presentations: ReturnType<typeof presentation>[];
  }> = {},
) {
  return {
    __typename: 'EventSession' as const,
    id: 'U2Vzc2lvbjox',
    title: 'Opening plenary',
    description: '',
    theme: null,
    startsAt: null,
    position: 0,
    presentations: [],
    ...overrides,
  };
}

export const THEMES = [
  {
    title: 'Technology misuse by traffickers',
    description: 'How traffickers **recruit** and control online.',
  },
  { title: 'Technology against trafficking', description: 'Tools that work.' },
];

/** The 2019 conference as its page loads it. */
export function eventDetails(
  overrides: Partial<{
    viewerCanEdit: boolean;
    sessions: ReturnType<typeof session>[];
    themes: { title: string; description: string }[];
    presentationCount: number;
    description: string;
  }> = {},
) {
  const { themes = THEMES, ...rest } = overrides;
  return {
    __typename: 'Event' as const,
    id: 'RXZlbnQ6MQ',
    slug: 'alliance-conference-2019',
    name: '19th Alliance against Trafficking in Persons Conference',
    location: 'Vienna',
    startsOn: '2019-04-08',
    endsOn: '2019-04-09',
    presentationCount: 0,
    description: 'Using technology to combat trafficking in human beings.',
    url: 'https://www.osce.org/cthb/alliance-19',
    viewerCanEdit: false,
    themes: themes.map((theme) => ({ __typename: 'EventTheme' as const, ...theme })),
    sessions: [],
    ...rest,
  };
}

/** Answers EventPage for a slug with `event` (as often as asked: refetches too). */
export function eventPageMock(slug: string, event: ReturnType<typeof eventDetails> | null) {
  return {
    request: { query: EventPageDocument, variables: { slug } },
    result: { data: { event } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Where an item was presented, from its side. */
export function presentationPlace(
  id: string,
  place: { sessionId: string; session: string; eventSlug?: string; event?: string },
  viewerCanRemove = false,
) {
  return {
    __typename: 'EventPresentation' as const,
    id,
    viewerCanRemove,
    session: {
      __typename: 'EventSession' as const,
      id: place.sessionId,
      title: place.session,
      event: {
        __typename: 'Event' as const,
        id: 'RXZlbnQ6MQ',
        slug: place.eventSlug ?? 'alliance-conference-2019',
        name: place.event ?? '19th Alliance against Trafficking in Persons Conference',
        startsOn: '2019-04-08',
      },
    },
  };
}

/** Answers PresentedAt for an item once (pass it twice for a refetch with new data). */
export function presentedAtMock(
  item: Item,
  presentations: ReturnType<typeof presentationPlace>[],
  viewerCanEdit = false,
) {
  return {
    request: { query: PresentedAtDocument, variables: { id: item.id } },
    result: {
      data: { node: { __typename: item.__typename, id: item.id, viewerCanEdit, presentations } },
    },
  };
}

/** Answers EventSessionChoices with these events. */
export function sessionChoicesMock(
  events: {
    id: string;
    name: string;
    startsOn: string;
    sessions: { id: string; title: string; theme: string | null }[];
  }[],
) {
  return {
    request: { query: EventSessionChoicesDocument },
    result: {
      data: {
        events: {
          __typename: 'EventConnection',
          edges: events.map((event) => ({
            __typename: 'EventEdge',
            node: {
              __typename: 'Event',
              ...event,
              sessions: event.sessions.map((s) => ({ __typename: 'EventSession', ...s })),
            },
          })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function collectionEntry(position: number, item: Item, note = '') {
  return { __typename: 'CollectionItem' as const, position, note, item };
}

/** A collection as its page and editor load it. */
export function collectionDetails(
  entries: ReturnType<typeof collectionEntry>[],
  overrides: Partial<{ viewerCanEdit: boolean; introduction: string; title: string }> = {},
) {
  return {
    __typename: 'Collection' as const,
    id: 'Q29sbGVjdGlvbjox',
    slug: 'tools-for-the-financial-sector',
    title: 'Tools for the financial sector',
    introduction: 'Banks see the **money**.',
    itemCount: entries.length,
    updatedAt: '2026-03-01T10:00:00.000Z',
    curator: { __typename: 'User' as const, id: 'VXNlcjoy', displayName: 'Jonas Berg' },
    viewerCanEdit: false,
    items: {
      __typename: 'CollectionItemConnection' as const,
      totalCount: entries.length,
      nodes: entries,
    },
    ...overrides,
  };
}

export function collectionPageMock(
  slug: string,
  collection: ReturnType<typeof collectionDetails> | null,
) {
  return {
    request: { query: CollectionPageDocument, variables: { slug } },
    result: { data: { collection } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
