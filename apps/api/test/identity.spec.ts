import { AuditEvent } from '../src/audit/audit-event.entity';
import { Session } from '../src/identity/session.entity';
import { User } from '../src/identity/user.entity';
import { createUser, databaseFingerprint, PASSWORD } from './utils/fixtures';
import { mailsTo } from './utils/mailbox';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id email displayName emailVerified } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id email } }`;
const VIEWER = `{ viewer { id email emailVerified sessions { id current } } }`;

/** Raw POST that also returns Set-Cookie, as a browser would see it. */
async function post(
  t: TestPlatform,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: Record<string, any>;
    errors?: { message: string; extensions: Record<string, any> }[];
  };
  return {
    status: res.status,
    cookie: res.headers.get('set-cookie'),
    retryAfter: res.headers.get('retry-after'),
    ...body,
  };
}

const cookieHeader = (setCookie: string | null) => ({ cookie: setCookie!.split(';')[0] });

async function mailTo(t: TestPlatform, to: string, subject: RegExp): Promise<string> {
  const mail = (await mailsTo(t, to)).find((m) => subject.test(m.subject));
  if (!mail) throw new Error(`no mail to ${to} matching ${subject}`);
  return /token=([\w-]+)/.exec(mail.text)![1];
}

describe('accounts', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  describe('sign-up', () => {
    it.each([
      [{ email: 'not-an-email', displayName: 'A', password: 'kettle-orbit-lantern-42' }, 'email'],
      [{ email: 'weak@example.net', displayName: 'A', password: 'password1234' }, 'password'],
      [{ email: 'short@example.net', displayName: 'A', password: 'short' }, 'password'],
      [{ email: 'long@example.net', displayName: 'A', password: 'x'.repeat(129) }, 'password'],
      [
        { email: 'noname@example.net', displayName: '  ', password: 'kettle-orbit-lantern-42' },
        'displayName',
      ],
    ])('rejects %j with a field error and stores nothing', async (input, field) => {
      const before = await databaseFingerprint(t.db);
      const res = await post(t, SIGN_UP, { input }, { 'x-forwarded-for': '198.51.100.1' });
      expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(
        res.errors![0].extensions.fieldErrors.map((e: { field: string }) => e.field),
      ).toContain(field);
      expect(res.cookie).toBeNull();
      expect(await databaseFingerprint(t.db)).toBe(before);
    });

    it('creates the account, signs it in with a safe cookie and mails a single-use verification link', async () => {
      const email = 'Newcomer@Example.net';
      const res = await post(t, SIGN_UP, {
        input: { email, displayName: 'New Comer', password: 'kettle-orbit-lantern-42' },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.signUp).toMatchObject({
        email: 'newcomer@example.net',
        emailVerified: false,
      });
      expect(res.cookie).toMatch(/^ac_session=[\w-]{43}; /);
      expect(res.cookie).toMatch(/HttpOnly/);
      expect(res.cookie).toMatch(/SameSite=Lax/);
      expect(res.cookie).not.toMatch(/Secure/); // PUBLIC_URL is http here

      const stored = await t.db
        .getRepository(User)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where({ email: 'newcomer@example.net' })
        .getOneOrFail();
      expect(stored.passwordHash).toMatch(/^\$argon2id\$/);

      const token = await mailTo(t, 'newcomer@example.net', /Confirm your email/);
      expect(
        (await post(t, `mutation($t: String!) { verifyEmail(token: $t) }`, { t: token })).data,
      ).toEqual({ verifyEmail: true });
      const viewer = await post(t, VIEWER, {}, cookieHeader(res.cookie));
      expect(viewer.data!.viewer.emailVerified).toBe(true);
      const again = await post(t, `mutation($t: String!) { verifyEmail(token: $t) }`, { t: token });
      expect(again.errors![0].extensions.code).toBe('INVALID_TOKEN');
    });

    it('refuses a second account with the same address, whatever its case', async () => {
      const before = await databaseFingerprint(t.db);
      const res = await post(t, SIGN_UP, {
        input: {
          email: 'NEWCOMER@example.net',
          displayName: 'X',
          password: 'kettle-orbit-lantern-42',
        },
      });
      expect(res.errors![0].extensions.code).toBe('CONFLICT');
      expect(await databaseFingerprint(t.db)).toBe(before);
    });
  });

  describe('sign-in', () => {
    it('signs in, lists the session as current, signs out', async () => {
      const user = await createUser(t.db);
      const res = await post(t, SIGN_IN, { input: { email: user.email, password: PASSWORD } });
      expect(res.data!.signIn.email).toBe(user.email);
      const viewer = await post(t, VIEWER, {}, cookieHeader(res.cookie));
      expect(
        viewer.data!.viewer.sessions.filter((s: { current: boolean }) => s.current),
      ).toHaveLength(1);
      const out = await post(t, `mutation { signOut }`, {}, cookieHeader(res.cookie));
      expect(out.cookie).toMatch(/ac_session=;/);
      expect((await post(t, VIEWER, {}, cookieHeader(res.cookie))).data!.viewer).toBeNull();
    });

    it('says only that the credentials are wrong, for a wrong password or an unknown address', async () => {
      const user = await createUser(t.db);
      const wrong = await post(
        t,
        SIGN_IN,
        { input: { email: user.email, password: 'not-the-password-1' } },
        { 'x-forwarded-for': '198.51.100.2' },
      );
      const unknown = await post(
        t,
        SIGN_IN,
        { input: { email: 'nobody@example.net', password: 'not-the-password-1' } },
        { 'x-forwarded-for': '198.51.100.2' },
      );
      expect(wrong.errors![0]).toMatchObject({ extensions: { code: 'INVALID_CREDENTIALS' } });
      expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    });

    it('slows down wrong passwords per address and client IP (never locks the account), and records it', async () => {
      const user = await createUser(t.db);
      const attacker = { 'x-forwarded-for': '198.51.100.10' };
      for (let i = 0; i < 5; i++) {
        const res = await post(
          t,
          SIGN_IN,
          { input: { email: user.email, password: `wrong-password-${i}!` } },
          attacker,
        );
        expect(res.errors![0].extensions.code).toBe('INVALID_CREDENTIALS');
      }
      const paused = await post(
        t,
        SIGN_IN,
        { input: { email: user.email, password: PASSWORD } },
        attacker,
      );
      expect(paused.errors![0].extensions.code).toBe('RATE_LIMITED');
      expect(paused.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      expect(Number(paused.retryAfter)).toBe(paused.errors![0].extensions.retryAfterSeconds);
      expect(paused.cookie).toBeNull();
      // The owner, from elsewhere, is not locked out (test/security/sign-in-throttle.spec.ts has more).
      expect(
        (
          await post(
            t,
            SIGN_IN,
            { input: { email: user.email, password: PASSWORD } },
            { 'x-forwarded-for': '198.51.100.11' },
          )
        ).data!.signIn.email,
      ).toBe(user.email);
      const events = await t.db.getRepository(AuditEvent).findBy({ subjectId: user.id });
      expect(events.filter((e) => e.action === 'user.sign_in_failed')).toHaveLength(5);
      expect(events.filter((e) => e.action === 'user.sign_in_throttled')).toHaveLength(1);
    });

    it('limits sign-in attempts per address with RATE_LIMITED and a retry time', async () => {
      const headers = { 'x-forwarded-for': '198.51.100.99' };
      let res;
      for (let i = 0; i < 31; i++) {
        res = await post(
          t,
          SIGN_IN,
          { input: { email: `someone${i}@example.net`, password: 'whatever-password' } },
          headers,
        );
      }
      expect(res!.errors![0].extensions.code).toBe('RATE_LIMITED');
      expect(res!.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      // The wait is also in the standard header.
      expect(Number(res!.retryAfter)).toBe(res!.errors![0].extensions.retryAfterSeconds);
    });
  });

  describe('passwords', () => {
    it('changes the password and signs out the other browsers', async () => {
      const user = await createUser(t.db);
      const other = await post(t, SIGN_IN, { input: { email: user.email, password: PASSWORD } });
      const wrong = await post(
        t,
        `mutation { changePassword(input: { currentPassword: "nope", newPassword: "granite-willow-88-ferry" }) }`,
        {},
        user.session,
      );
      expect(wrong.errors![0].extensions.code).toBe('INVALID_CREDENTIALS');
      const ok = await post(
        t,
        `mutation { changePassword(input: { currentPassword: "${PASSWORD}", newPassword: "granite-willow-88-ferry" }) }`,
        {},
        user.session,
      );
      expect(ok.data).toEqual({ changePassword: true });
      expect((await post(t, VIEWER, {}, cookieHeader(other.cookie))).data!.viewer).toBeNull();
      expect((await post(t, VIEWER, {}, user.session)).data!.viewer).not.toBeNull();
      const oldPassword = await post(t, SIGN_IN, {
        input: { email: user.email, password: PASSWORD },
      });
      expect(oldPassword.errors![0].extensions.code).toBe('INVALID_CREDENTIALS');
    });

    it('resets a forgotten password with a single-use emailed link, signing out everywhere', async () => {
      const user = await createUser(t.db);
      const unknown = await post(
        t,
        `mutation { requestPasswordReset(email: "ghost@example.net") }`,
      );
      expect(unknown.data).toEqual({ requestPasswordReset: true });
      await post(t, `mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: user.email });
      const token = await mailTo(t, user.email, /Reset your/);
      const weak = await post(
        t,
        `mutation($t: String!) { resetPassword(input: { token: $t, newPassword: "123456789012" }) }`,
        { t: token },
      );
      expect(weak.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const reset = await post(
        t,
        `mutation($t: String!) { resetPassword(input: { token: $t, newPassword: "harbour-quartz-31-violet" }) }`,
        { t: token },
      );
      expect(reset.data).toEqual({ resetPassword: true });
      expect((await post(t, VIEWER, {}, user.session)).data!.viewer).toBeNull();
      const reused = await post(
        t,
        `mutation($t: String!) { resetPassword(input: { token: $t, newPassword: "another-quartz-31-violet" }) }`,
        { t: token },
      );
      expect(reused.errors![0].extensions.code).toBe('INVALID_TOKEN');
      expect(
        (
          await post(t, SIGN_IN, {
            input: { email: user.email, password: 'harbour-quartz-31-violet' },
          })
        ).data!.signIn.email,
      ).toBe(user.email);
    });

    it('refuses an expired reset link', async () => {
      const user = await createUser(t.db);
      await post(
        t,
        `mutation($e: String!) { requestPasswordReset(email: $e) }`,
        { e: user.email },
        { 'x-forwarded-for': '198.51.100.40' },
      );
      const token = await mailTo(t, user.email, /Reset your/);
      await t.db.query(
        `UPDATE email_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [user.id],
      );
      const res = await post(
        t,
        `mutation($t: String!) { resetPassword(input: { token: $t, newPassword: "harbour-quartz-31-violet" }) }`,
        { t: token },
      );
      expect(res.errors![0].extensions.code).toBe('INVALID_TOKEN');
    });
  });

  describe('sessions', () => {
    it('lists my sessions and revokes another one, but not someone else’s', async () => {
      const user = await createUser(t.db);
      const second = await post(t, SIGN_IN, { input: { email: user.email, password: PASSWORD } });
      const { sessions } = (await post(t, VIEWER, {}, user.session)).data!.viewer;
      expect(sessions).toHaveLength(2);
      const otherId = sessions.find((s: { current: boolean }) => !s.current).id;
      const stranger = await createUser(t.db);
      const denied = await post(
        t,
        `mutation($id: ID!) { revokeSession(id: $id) }`,
        { id: otherId },
        stranger.session,
      );
      expect(denied.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(
        (
          await post(
            t,
            `mutation($id: ID!) { revokeSession(id: $id) }`,
            { id: otherId },
            user.session,
          )
        ).data,
      ).toEqual({ revokeSession: true });
      expect((await post(t, VIEWER, {}, cookieHeader(second.cookie))).data!.viewer).toBeNull();
    });

    it('ends a session after its idle timeout', async () => {
      const user = await createUser(t.db);
      await t.db
        .getRepository(Session)
        .update(user.sessionId, { lastSeenAt: new Date(Date.now() - 15 * 86_400_000) });
      expect((await post(t, VIEWER, {}, user.session)).data!.viewer).toBeNull();
    });
  });
});
