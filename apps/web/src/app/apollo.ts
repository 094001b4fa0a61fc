import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** Where the API serves GraphQL: same origin in production, proxied by Vite in development. */
export const GRAPHQL_PATH = '/graphql';

export interface ApolloClientOptions {
  /** GraphQL endpoint; defaults to the same-origin {@link GRAPHQL_PATH}. */
  uri?: string;
}

/**
 * The normalised cache, shared by the app and the tests. The paged lists ("Load more") merge
 * their pages Relay-style: one list per filter, pages appended in order.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          organizations: relayStylePagination(['filter']),
          users: relayStylePagination(['query']),
          auditEvents: relayStylePagination(['action']),
          // `first` too: the home page's 5 newest and the library's pages are different lists.
          practices: relayStylePagination(['filter', 'orderBy', 'first']),
        },
      },
    },
  });
}

/** The web app's Apollo Client: HTTP to the same-origin API (sending its cookies) and a normalised cache. */
export function createApolloClient({ uri = GRAPHQL_PATH }: ApolloClientOptions = {}): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: createCache(),
  });
}
