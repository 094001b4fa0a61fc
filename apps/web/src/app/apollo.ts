import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Where the API serves GraphQL: same origin in production, proxied by Vite in development. */
export const GRAPHQL_PATH = '/graphql';

export interface ApolloClientOptions {
  /** GraphQL endpoint; defaults to the same-origin {@link GRAPHQL_PATH}. */
  uri?: string;
}

/** The web app's Apollo Client: HTTP to the same-origin API (sending its cookies) and a normalised cache. */
export function createApolloClient({ uri = GRAPHQL_PATH }: ApolloClientOptions = {}): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
