import { ApiToken } from '../src/identity/api-token.entity';
import { createUser } from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name prefix scopes expiresAt } } }`;

describe('partner API tokens', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('is shown once, stored hashed, authenticates as Bearer, records last use, and can be revoked', async () => {
    const user = await createUser(t.db);
    const created = await t.gql<any>(
      CREATE,
      { input: { name: 'NRM integration', scopes: ['READ'] } },
      user.session,
    );
    expect(created.errors).toBeUndefined();
    const { token, apiToken } = created.data.createApiToken;
    expect(token).toMatch(/^acp_[\w-]{43}$/);
    expect(apiToken).toMatchObject({
      name: 'NRM integration',
      scopes: ['READ'],
      prefix: token.slice(0, 12),
    });

    const stored = await t.db
      .getRepository(ApiToken)
      .createQueryBuilder('t')
      .addSelect('t.tokenHash')
      .getOneOrFail();
    expect(stored.tokenHash).not.toContain(token.slice(4, 20));
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const bearer = { authorization: `Bearer ${token}` };
    const viewer = await t.gql<any>(`{ viewer { email } }`, {}, bearer);
    expect(viewer.data.viewer.email).toBe(user.email);
    // The token list is for the browser session only (test/security/tokens.spec.ts).
    const listed = await t.gql<any>(
      `{ viewer { apiTokens { name lastUsedAt } } }`,
      {},
      user.session,
    );
    expect(listed.data.viewer.apiTokens[0].lastUsedAt).not.toBeNull();
    // The secret is never readable again.
    expect(JSON.stringify(listed)).not.toContain(token);

    expect(
      (
        await t.gql<any>(
          `mutation($id: ID!) { revokeApiToken(id: $id) }`,
          { id: apiToken.id },
          user.session,
        )
      ).data,
    ).toEqual({ revokeApiToken: true });
    const after = await t.gql(`{ viewer { email } }`, {}, bearer);
    expect(after.status).toBe(401);
    expect(after.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('a read token cannot run mutations; a write token can, but cannot mint tokens', async () => {
    const user = await createUser(t.db);
    const read = (
      await t.gql<any>(CREATE, { input: { name: 'read', scopes: ['READ'] } }, user.session)
    ).data.createApiToken.token;
    const write = (
      await t.gql<any>(CREATE, { input: { name: 'write', scopes: ['WRITE'] } }, user.session)
    ).data.createApiToken;
    expect(write.apiToken.scopes).toEqual(['READ', 'WRITE']);
    const update = `mutation { updateProfile(input: { displayName: "Renamed" }) { displayName } }`;
    const denied = await t.gql(update, {}, { authorization: `Bearer ${read}` });
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    const allowed = await t.gql<any>(update, {}, { authorization: `Bearer ${write.token}` });
    expect(allowed.data.updateProfile.displayName).toBe('Renamed');
    const mint = await t.gql(
      CREATE,
      { input: { name: 'x', scopes: ['READ'] } },
      { authorization: `Bearer ${write.token}` },
    );
    expect(mint.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('stops working when it expires, and rejects a past expiry or no scope at creation', async () => {
    const user = await createUser(t.db);
    const past = await t.gql(
      CREATE,
      { input: { name: 'old', scopes: ['READ'], expiresAt: '2020-01-01T00:00:00Z' } },
      user.session,
    );
    expect(past.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const none = await t.gql(CREATE, { input: { name: 'none', scopes: [] } }, user.session);
    expect(none.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const soon = (
      await t.gql<any>(
        CREATE,
        {
          input: {
            name: 'soon',
            scopes: ['READ'],
            expiresAt: new Date(Date.now() + 60_000).toISOString(),
          },
        },
        user.session,
      )
    ).data.createApiToken.token;
    expect(
      (await t.gql<any>(`{ viewer { email } }`, {}, { authorization: `Bearer ${soon}` })).data
        .viewer.email,
    ).toBe(user.email);
    await t.db.query(
      `UPDATE api_token SET expires_at = now() - interval '1 second' WHERE name = 'soon'`,
    );
    expect(
      (await t.gql(`{ viewer { email } }`, {}, { authorization: `Bearer ${soon}` })).status,
    ).toBe(401);
  });

  it('rejects a malformed bearer header with 401', async () => {
    const res = await t.gql(
      `{ platformStats { organizationCount } }`,
      {},
      { authorization: 'Bearer nonsense' },
    );
    expect(res.status).toBe(401);
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
