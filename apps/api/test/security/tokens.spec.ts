import { ApiToken } from '../../src/identity/api-token.entity';
import { createToken, createUser, databaseFingerprint } from '../utils/fixtures';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';

/**
 * Finding 13: API tokens live at most a year, expired ones are listed as expired, and a token
 * (read or write) cannot reach the account's security records — the browsers and IP addresses
 * it is signed in from, its other tokens, and for platform admins the user list and audit log.
 */
const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id expiresAt } } }`;
const DAY = 86_400_000;

describe('API tokens and what they reach (finding 13)', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  describe('expiry', () => {
    it.each([
      ['the year 275760', new Date(8.64e15).toISOString()],
      ['two years from now', new Date(Date.now() + 2 * 365 * DAY).toISOString()],
      ['a year and two days from now', new Date(Date.now() + 367 * DAY).toISOString()],
    ])('refuses an expiry of %s with a field error, storing nothing', async (_label, expiresAt) => {
      const user = await createUser(t.db);
      const before = await databaseFingerprint(t.db);
      const res = await t.gql(
        CREATE,
        { input: { name: 'Far future', scopes: ['READ'], expiresAt } },
        user.session,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(
        (res.errors![0].extensions!.fieldErrors as { field: string }[]).map((e) => e.field),
      ).toEqual(['expiresAt']);
      expect(await databaseFingerprint(t.db)).toBe(before);
    });

    it('accepts an expiry within a year, and gives a token without one a year', async () => {
      const user = await createUser(t.db);
      const inTenMonths = new Date(Date.now() + 300 * DAY);
      const chosen = await t.gql<any>(
        CREATE,
        { input: { name: 'Ten months', scopes: ['READ'], expiresAt: inTenMonths.toISOString() } },
        user.session,
      );
      expect(chosen.errors).toBeUndefined();
      expect(new Date(chosen.data.createApiToken.apiToken.expiresAt).getTime()).toBe(
        inTenMonths.getTime(),
      );
      const unset = await t.gql<any>(
        CREATE,
        { input: { name: 'Default', scopes: ['READ'] } },
        user.session,
      );
      expect(unset.errors).toBeUndefined();
      const expiresAt = new Date(unset.data.createApiToken.apiToken.expiresAt).getTime();
      expect(Math.abs(expiresAt - (Date.now() + 365 * DAY))).toBeLessThan(60_000);
    });

    it('lists an expired token as expired', async () => {
      const user = await createUser(t.db);
      await createToken(t.db, user.id, ['read']);
      await createToken(t.db, user.id, ['read']);
      const [old] = await t.db
        .getRepository(ApiToken)
        .find({ where: { userId: user.id }, order: { createdAt: 'ASC' } });
      await t.db
        .getRepository(ApiToken)
        .update(old.id, { expiresAt: new Date(Date.now() - DAY), name: 'old' });
      const res = await t.gql<any>(`{ viewer { apiTokens { name expired } } }`, {}, user.session);
      expect(res.errors).toBeUndefined();
      expect(res.data.viewer.apiTokens).toEqual(
        expect.arrayContaining([
          { name: 'old', expired: true },
          { name: 'fixture', expired: false },
        ]),
      );
    });
  });

  describe('what a token may not read', () => {
    const SECURITY_RECORDS = [
      [
        'the viewer’s sessions (IP addresses and browsers)',
        `{ viewer { sessions { ip userAgent } } }`,
      ],
      ['the viewer’s API tokens', `{ viewer { apiTokens { name prefix } } }`],
    ] as const;

    it.each(SECURITY_RECORDS)(
      '%s: FORBIDDEN to read and write tokens, shown to the browser session',
      async (_label, query) => {
        const user = await createUser(t.db);
        for (const scopes of [['read'], ['read', 'write']] as const) {
          const res = await t.gql<any>(query, {}, await createToken(t.db, user.id, [...scopes]));
          expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
          expect(JSON.stringify(res.data ?? null)).not.toMatch(/userAgent|prefix/);
        }
        const bySession = await t.gql<any>(query, {}, user.session);
        expect(bySession.errors).toBeUndefined();
        expect(bySession.data.viewer).not.toBeNull();
      },
    );

    it('a platform admin’s token reads neither the user list (emails) nor the audit log (IP addresses)', async () => {
      const admin = await createUser(t.db, { platformRole: 'ADMIN' });
      for (const query of [
        `{ users(first: 5) { nodes { email } } }`,
        `{ auditEvents(first: 5) { nodes { ip } } }`,
      ]) {
        const res = await t.gql<any>(query, {}, await createToken(t.db, admin.id, ['read']));
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect((await t.gql<any>(query, {}, admin.session)).errors).toBeUndefined();
      }
    });

    it('a read token still reads the viewer’s own profile', async () => {
      const user = await createUser(t.db);
      const res = await t.gql<any>(
        `{ viewer { id email displayName } }`,
        {},
        await createToken(t.db, user.id, ['read']),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.viewer.email).toBe(user.email);
    });
  });
});
