import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  GraphQLError,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { createClient } from 'graphql-ws';
import { QueryFailedError } from 'typeorm';
import { formatGraphQLError } from '../../src/common/errors';
import {
  addMember,
  createOrganization,
  createPracticeRow,
  createThreadRow,
  createUser,
  PASSWORD,
  type FixtureUser,
} from '../utils/fixtures';
import { startTestPlatform, type GqlResponse, type TestPlatform } from '../utils/test-platform';

/**
 * Finding 10: bad strings in any argument or input field answer BAD_USER_INPUT naming the field,
 * never INTERNAL_SERVER_ERROR (PostgreSQL refuses 0x00, so a NUL used to reach it and fail).
 * One layer (src/common/input) checks every argument of every field, over HTTP and WebSocket.
 */
const NUL = 'a\u0000b';
const schema = buildSchema(
  readFileSync(
    join(__dirname, '..', '..', '..', '..', 'packages', 'graphql', 'schema.graphql'),
    'utf8',
  ),
);

type Err = NonNullable<GqlResponse['errors']>[number];
const firstError = (res: GqlResponse): Err | undefined => res.errors?.[0];

describe('input sanitising (finding 10)', () => {
  let t: TestPlatform;
  let admin: FixtureUser;
  let member: FixtureUser;
  let thread: { globalId: string };
  let ip = 0;
  // Each request from its own address, so per-IP rate limits never stand in for the answer.
  const from = (headers: Record<string, string> = {}) => ({
    'x-forwarded-for': `10.77.${(++ip >> 8) & 255}.${ip & 255}`,
    ...headers,
  });

  beforeAll(async () => {
    t = await startTestPlatform();
    admin = await createUser(t.db, { platformRole: 'ADMIN' });
    member = await createUser(t.db);
    const org = await createOrganization(t.db, { verifiedAt: new Date() });
    await addMember(t.db, org.id, member.id, 'MEMBER');
    await createPracticeRow(t.db, org.id, {});
    thread = await createThreadRow(t.db, member.id);
  });
  afterAll(() => t.close());

  const expectFieldError = (res: GqlResponse, field: string) => {
    expect(firstError(res)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(JSON.stringify(res)).not.toContain('INTERNAL_SERVER_ERROR');
  };

  describe('the paths the review named', () => {
    it('practice(slug) as an inline literal', async () => {
      expectFieldError(await t.gql(`{ practice(slug: "a\\u0000b") { id } }`, {}, from()), 'slug');
    });

    it('library filter.query through a variable, and the organization directory', async () => {
      expectFieldError(
        await t.gql(
          `query($q: String) { practices(filter: { query: $q }) { totalCount } }`,
          { q: NUL },
          from(),
        ),
        'filter.query',
      );
      expectFieldError(
        await t.gql(
          `query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }`,
          { f: { query: NUL } },
          from(),
        ),
        'filter.query',
      );
    });

    it('similarPractices(title, summary)', async () => {
      expectFieldError(
        await t.gql(
          `query($s: String!) { similarPractices(title: "Screening", summary: $s) { id } }`,
          { s: NUL },
          from(),
        ),
        'summary',
      );
    });

    it('reply bodies, leaving no post behind', async () => {
      const [{ count: before }] = await t.db.query('SELECT count(*)::int AS count FROM post');
      const res = await t.gql(
        `mutation($t: ID!, $b: String!) { reply(threadId: $t, body: $b) { id } }`,
        { t: thread.globalId, b: `Hello ${NUL}` },
        from(member.session),
      );
      expectFieldError(res, 'body');
      const [{ count: after }] = await t.db.query('SELECT count(*)::int AS count FROM post');
      expect(after).toBe(before);
    });

    it('admin users(query)', async () => {
      expectFieldError(
        await t.gql(
          `query($q: String) { users(query: $q) { totalCount } }`,
          { q: NUL },
          from(admin.session),
        ),
        'query',
      );
    });

    it('strings in lists inside input objects', async () => {
      const res = await t.gql(
        `query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }`,
        { f: { countries: ['DE', NUL] } },
        from(),
      );
      expectFieldError(res, 'filter.countries[1]');
    });
  });

  describe('the string rules', () => {
    it('refuses unpaired surrogates (only JSON variables can carry them)', async () => {
      const body =
        '{"query":"query($q: String) { practices(filter: { query: $q }) { totalCount } }","variables":{"q":"x\\ud800y"}}';
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...from() },
        body,
      });
      expectFieldError({ status: res.status, ...((await res.json()) as object) }, 'filter.query');
    });

    it('refuses strings over the global cap, naming the field', async () => {
      const res = await t.gql(
        `query($q: String) { practices(filter: { query: $q }) { totalCount } }`,
        { q: 'x'.repeat(100_001) },
        from(),
      );
      expectFieldError(res, 'filter.query');
      expect(firstError(res)!.message).toMatch(/100000|100,000/);
    });

    it('normalises to NFC and trims what is stored', async () => {
      const decomposed = '  Cafe\u0301 meeting notes  ';
      const res = await t.gql<any>(
        `mutation($t: ID!, $b: String!) { reply(threadId: $t, body: $b) { body } }`,
        { t: thread.globalId, b: decomposed },
        from(member.session),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.reply.body).toBe('Caf\u00e9 meeting notes');
    });

    it('keeps passwords exactly as typed (secrets are neither trimmed nor normalised)', async () => {
      const user = await createUser(t.db);
      const padded = '  padded Heron-Lantern-93  ';
      const changed = await t.gql(
        `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`,
        { i: { currentPassword: PASSWORD, newPassword: padded } },
        from(user.session),
      );
      expect(changed.errors).toBeUndefined();
      const exact = await t.gql(
        `mutation($i: SignInInput!) { signIn(input: $i) { id } }`,
        { i: { email: user.email, password: padded } },
        from(),
      );
      expect(exact.errors).toBeUndefined();
      const trimmed = await t.gql(
        `mutation($i: SignInInput!) { signIn(input: $i) { id } }`,
        { i: { email: user.email, password: padded.trim() } },
        from(),
      );
      expect(firstError(trimmed)?.extensions?.code).toBe('INVALID_CREDENTIALS');
    });

    it('still refuses a NUL in a secret', async () => {
      const res = await t.gql(
        `mutation($i: SignInInput!) { signIn(input: $i) { id } }`,
        { i: { email: 'x@example.org', password: NUL } },
        from(),
      );
      expectFieldError(res, 'input.password');
    });
  });

  it.each([
    ['22P02', 'invalid input syntax for type uuid: "nope"'],
    ['22001', 'value too long for type character varying(80)'],
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
  ])(
    'answers BAD_USER_INPUT, not INTERNAL_SERVER_ERROR, when PostgreSQL refuses a value (%s)',
    (code, message) => {
      const dbError = new QueryFailedError(
        'SELECT 1',
        [],
        Object.assign(new Error(message), { code }),
      );
      const located = new GraphQLError(message, { originalError: dbError, path: ['practice'] });
      const logged: unknown[] = [];
      const formatted = formatGraphQLError(located.toJSON(), located, (e) => logged.push(e));
      expect(formatted).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        path: ['practice'],
      });
      expect(formatted.message).not.toContain(message); // the database's wording stays in the log
      expect(logged).toEqual([dbError]);
    },
  );

  it('covers subscriptions over WebSocket', async () => {
    const client = createClient({
      url: `${t.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
    });
    try {
      const outcome = await new Promise<unknown>((resolve) => {
        client.subscribe(
          {
            query: 'subscription($t: ID!) { postAdded(threadId: $t) { id } }',
            variables: { t: NUL },
          },
          { next: resolve, error: resolve, complete: () => resolve('completed') },
        );
      });
      // graphql-ws hands over either an error message (an array) or a result with errors.
      const errors = (
        Array.isArray(outcome) ? outcome : (outcome as { errors?: unknown[] }).errors
      ) as Err[] | undefined;
      expect(errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'threadId' },
      });
    } finally {
      await client.dispose();
    }
  });

  /**
   * Every Query and Mutation field with a string anywhere in its arguments (String or ID, at the
   * top or nested in input objects and lists), called with a NUL in every such place: the answer
   * is BAD_USER_INPUT naming a field, whoever calls (the check comes before authorisation, so
   * the answer says nothing about access).
   */
  it('answers BAD_USER_INPUT for a NUL in every string argument of every operation', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        const op = operationFor(root, field);
        if (!op) continue;
        checked++;
        for (const caller of [{}, admin.session]) {
          const res = await t.gql(op.query, op.variables, from(caller));
          const error = firstError(res);
          if (
            error?.extensions?.code !== 'BAD_USER_INPUT' ||
            typeof error.extensions.field !== 'string'
          ) {
            failures.push(
              `${root.name}.${field.name} (${caller === admin.session ? 'admin' : 'visitor'}): ${JSON.stringify(res.errors ?? res.data).slice(0, 200)}`,
            );
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });
});

/** A variable-only operation calling `field` with a NUL in every string it takes; null without strings. */
function operationFor(root: GraphQLObjectType, field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((a) => isNonNullType(a.type) || takesString(a.type));
  if (!field.args.some((a) => takesString(a.type))) return null;
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const uses: string[] = [];
  args.forEach((arg: GraphQLArgument, i) => {
    defs.push(`$v${i}: ${arg.type.toString()}`);
    uses.push(`${arg.name}: $v${i}`);
    variables[`v${i}`] = sample(arg.type);
  });
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const keyword = root.name === 'Mutation' ? 'mutation' : 'query';
  return {
    query: `${keyword} Probe(${defs.join(', ')}) { ${field.name}(${uses.join(', ')})${selection} }`,
    variables,
  };
}

function takesString(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID';
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => takesString(f.type, seen));
}

/** A value of `type` with NUL in every string: required fields and every string-bearing one filled. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields()) as GraphQLInputField[]) {
      if (isNonNullType(f.type) || takesString(f.type)) value[f.name] = sample(f.type);
    }
    return value;
  }
  switch (getNamedType(type).name) {
    case 'String':
    case 'ID':
      return NUL;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date().toISOString();
    default:
      return {};
  }
}
