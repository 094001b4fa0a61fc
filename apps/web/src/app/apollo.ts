import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

/** Where the API serves GraphQL: same origin in production, proxied by Vite in development. */
export const GRAPHQL_PATH = '/graphql';

export interface ApolloClientOptions {
  /** GraphQL endpoint; defaults to the same-origin {@link GRAPHQL_PATH}. */
  uri?: string;
  /**
   * WebSocket URL for subscriptions (graphql-ws); defaults to the same-origin /graphql with ws: or
   * wss:. `false` sends everything over HTTP (no sockets, e.g. in tests).
   */
  wsUrl?: string | false;
}

/** The same-origin subscriptions endpoint: ws(s)://<host>/graphql. */
export function defaultWsUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${protocol}://${window.location.host}${GRAPHQL_PATH}`;
}

/** True for subscription operations, which go over the WebSocket. */
function isSubscription({ query }: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(query);
  return (
    definition.kind === Kind.OPERATION_DEFINITION &&
    definition.operation === OperationTypeNode.SUBSCRIPTION
  );
}

/** Hex SHA-256 of a string, from the browser's Web Crypto API (no extra dependency). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Automatic persisted queries (APQ), which Apollo Server accepts by default: an operation goes
 * out as the SHA-256 of its text only; the first time a server has not seen it, it answers
 * PERSISTED_QUERY_NOT_FOUND and the link sends it again with the text, which the server then
 * remembers. Requests stay POSTs (no `useGETForHashedQueries`), so CSRF prevention and cookies
 * are unaffected. In production every API replica keeps its own in-memory APQ cache, so a
 * request landing on a replica that has not seen the hash yet costs one extra round trip with
 * the full query, and nothing more. `crypto.subtle` only exists in secure contexts (https, or
 * http on localhost): elsewhere operations are simply sent in full.
 */
export function persistedQueriesLink(): ApolloLink | null {
  if (typeof crypto === 'undefined' || !crypto.subtle) return null;
  return new PersistedQueryLink({ sha256: sha256Hex });
}

/**
 * The normalised cache, shared by the app and the tests. The paged lists ("Load more") merge
 * their pages Relay-style: one list per filter, pages appended in order.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    // Fragments on a union match its members only if the cache knows them (schema.graphql:
    // union LibraryItem): events and collections list practices and patterns through one.
    possibleTypes: { LibraryItem: ['Practice', 'MisusePattern'] },
    typePolicies: {
      Query: {
        fields: {
          organizations: relayStylePagination(['filter']),
          users: relayStylePagination(['query']),
          auditEvents: relayStylePagination(['action']),
          // `first` too: the home page's 5 newest and the library's pages are different lists.
          practices: relayStylePagination(['filter', 'orderBy', 'first']),
          // The library, the gap list and the pattern picker are different lists.
          misusePatterns: relayStylePagination(['filter', 'orderBy', 'first']),
          threads: relayStylePagination(['categoryId', 'practiceId', 'first']),
          posts: relayStylePagination(['threadId']),
          notifications: relayStylePagination(['unreadOnly']),
          search: relayStylePagination(['query', 'filter', 'facets', 'sort', 'first']),
          events: relayStylePagination(['first']),
          collections: relayStylePagination(),
        },
      },
      // A search hit's highlights belong to the search that found it: hits stay inside their
      // result list instead of being normalised by id (the id is that of what was found).
      PracticeSearchHit: { keyFields: false },
      ThreadSearchHit: { keyFields: false },
      PostSearchHit: { keyFields: false },
      OrganizationSearchHit: { keyFields: false },
    },
  });
}

/**
 * The web app's Apollo Client: HTTP to the same-origin API (sending its cookies) with automatic
 * persisted queries, subscriptions over graphql-ws on the same path, and a normalised cache.
 */
export function createApolloClient({
  uri = GRAPHQL_PATH,
  wsUrl,
}: ApolloClientOptions = {}): ApolloClient {
  const persisted = persistedQueriesLink();
  const transport = new HttpLink({ uri, credentials: 'same-origin' });
  // Persisted queries for HTTP only: subscriptions send their text over the WebSocket.
  const http = persisted ? persisted.concat(transport) : transport;
  const url = wsUrl ?? (typeof window === 'undefined' ? false : defaultWsUrl());
  // Lazy: the socket opens with the first subscription (the browser's session cookie
  // authenticates it) and closes again when none is left.
  const link = url
    ? ApolloLink.split(
        isSubscription,
        new GraphQLWsLink(createClient({ url, lazy: true, retryAttempts: Infinity })),
        http,
      )
    : http;
  return new ApolloClient({
    link,
    cache: createCache(),
  });
}
