import { createHash } from 'node:crypto';
import { gql } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { createApolloClient, sha256Hex } from '../apollo';

const STATS = gql`
  query PlatformStats {
    platformStats {
      organizationCount
    }
  }
`;
const DATA = { platformStats: { __typename: 'PlatformStats', organizationCount: 7 } };
const NOT_FOUND = {
  errors: [
    { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
  ],
};

interface SentBody {
  operationName?: string;
  query?: string;
  extensions?: { persistedQuery?: { version: number; sha256Hash: string } };
}

/** A fake API: answers each request with the next of `answers`, and records what was sent. */
function mockFetch(...answers: object[]) {
  const sent: { method: string; body: SentBody }[] = [];
  const fetchMock = jest.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
    sent.push({ method: init?.method ?? 'GET', body: JSON.parse(String(init?.body)) as SentBody });
    const answer = answers[sent.length - 1] ?? answers[answers.length - 1];
    return new Response(JSON.stringify(answer), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  return { sent, fetchMock };
}

/** The operation as the client sends it (with __typename added for the cache). */
const SENT_QUERY = print(addTypenameToDocument(STATS));
const SENT_HASH = createHash('sha256').update(SENT_QUERY).digest('hex');

describe('the web app’s Apollo Client: automatic persisted queries', () => {
  afterEach(() => jest.restoreAllMocks());

  it('hashes with the Web Crypto API like Node does', async () => {
    await expect(sha256Hex('{ platformStats { organizationCount } }')).resolves.toBe(
      createHash('sha256').update('{ platformStats { organizationCount } }').digest('hex'),
    );
  });

  it('sends the hash alone first, then the query when the server does not know it', async () => {
    const { sent } = mockFetch(NOT_FOUND, { data: DATA });
    const client = createApolloClient({ uri: 'http://localhost/graphql', wsUrl: false });

    const result = await client.query({ query: STATS });

    expect(result.data).toEqual(DATA);
    expect(sent).toHaveLength(2);
    const persistedQuery = { version: 1, sha256Hash: SENT_HASH };
    // First: POST with only the hash.
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.body.query).toBeUndefined();
    expect(sent[0]!.body.extensions).toMatchObject({ persistedQuery });
    // Then, after PERSISTED_QUERY_NOT_FOUND: POST with the query and the same hash.
    expect(sent[1]!.method).toBe('POST');
    expect(sent[1]!.body.query).toBe(SENT_QUERY);
    expect(sent[1]!.body.extensions).toMatchObject({ persistedQuery });
  });

  it('sends only the hash once the server knows the query', async () => {
    const { sent } = mockFetch({ data: DATA });
    const client = createApolloClient({ uri: 'http://localhost/graphql', wsUrl: false });

    await expect(client.query({ query: STATS })).resolves.toMatchObject({ data: DATA });

    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.body.query).toBeUndefined();
    expect(sent[0]!.body.extensions?.persistedQuery?.sha256Hash).toBe(SENT_HASH);
  });

  it('sends queries in full where the browser has no crypto.subtle (not a secure context)', async () => {
    const subtle = Object.getOwnPropertyDescriptor(crypto, 'subtle');
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    try {
      const { sent } = mockFetch({ data: DATA });
      const client = createApolloClient({ uri: 'http://localhost/graphql', wsUrl: false });

      await expect(client.query({ query: STATS })).resolves.toMatchObject({ data: DATA });

      expect(sent).toHaveLength(1);
      expect(sent[0]!.body.query).toBe(SENT_QUERY);
      expect(sent[0]!.body.extensions?.persistedQuery).toBeUndefined();
    } finally {
      if (subtle) Object.defineProperty(crypto, 'subtle', subtle);
    }
  });
});
