import { createUser, PASSWORD } from '../utils/fixtures';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';

/**
 * Finding 9 (accounts): wrong passwords slow down the pair (address, client IP) with growing
 * delays instead of locking the account, so an attacker can neither lock the owner out from
 * elsewhere nor tell known addresses from unknown ones by how sign-in answers.
 */
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;

interface Answer {
  code: string | undefined;
  /** The message with its numbers masked (the wait is compared separately). */
  message: string | undefined;
  retryAfterSeconds: number | undefined;
  signedIn: boolean;
}

describe('sign-in throttling (finding 9)', () => {
  let t: TestPlatform;
  let subnet = 0;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  /** A fresh block of client addresses for one test. */
  const addresses = () => {
    subnet++;
    return (n: number) => `198.18.${subnet}.${n}`;
  };

  async function signIn(email: string, password: string, ip: string): Promise<Answer> {
    const res = await t.gql<{ signIn: { id: string } }>(
      SIGN_IN,
      { input: { email, password } },
      { 'x-forwarded-for': ip },
    );
    const error = res.errors?.[0];
    return {
      code: error?.extensions?.code,
      message: error?.message.replace(/\d+/g, 'N'),
      retryAfterSeconds: error?.extensions?.retryAfterSeconds as number | undefined,
      signedIn: !!res.data?.signIn,
    };
  }

  /** Lets the current delay of every throttled pair run out, as waiting would. */
  const letDelaysPass = () =>
    t.db.query(
      `UPDATE rate_limit SET expire = (extract(epoch FROM now()) * 1000)::bigint - 1 WHERE key LIKE 'sign-in:delay:%'`,
    );

  it('a known and an unknown address answer alike: same codes, same messages, same waits', async () => {
    const known = await createUser(t.db);
    const ip = addresses();
    const run = async (email: string, from: string) => {
      const answers: Answer[] = [];
      for (let i = 0; i < 7; i++) answers.push(await signIn(email, `wrong-password-${i}!`, from));
      await letDelaysPass();
      answers.push(await signIn(email, 'wrong-password-again!', from));
      answers.push(await signIn(email, 'wrong-password-again!', from));
      return answers;
    };
    const forKnown = await run(known.email, ip(1));
    const forUnknown = await run(`nobody-${subnet}@example.net`, ip(2));

    const shape = (a: Answer[]) => a.map(({ code, message }) => ({ code, message }));
    expect(shape(forUnknown)).toEqual(shape(forKnown));
    forKnown.forEach((a, i) =>
      expect(
        Math.abs((a.retryAfterSeconds ?? 0) - (forUnknown[i].retryAfterSeconds ?? 0)),
      ).toBeLessThanOrEqual(1),
    );
    // And what that shared behaviour is: a few free tries, then a wait that grows.
    expect(forKnown.slice(0, 5).map((a) => a.code)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(forKnown[5]).toMatchObject({ code: 'RATE_LIMITED', signedIn: false });
    expect(forKnown[5].retryAfterSeconds).toBeGreaterThan(0);
    expect(forKnown[6].code).toBe('RATE_LIMITED');
    expect(forKnown[7].code).toBe('INVALID_CREDENTIALS');
    expect(forKnown[8].code).toBe('RATE_LIMITED');
    expect(forKnown[8].retryAfterSeconds!).toBeGreaterThan(forKnown[5].retryAfterSeconds!);
    expect(forKnown.some((a) => a.code === 'ACCOUNT_LOCKED')).toBe(false);
  });

  it('spread over many addresses, a known and an unknown address still answer alike', async () => {
    const known = await createUser(t.db);
    const ip = addresses();
    const run = async (email: string, offset: number) => {
      const answers: Answer[] = [];
      for (let i = 0; i < 12; i++)
        answers.push(await signIn(email, `wrong-password-${i}!`, ip(offset + i)));
      answers.push(await signIn(email, PASSWORD, ip(offset + 50)));
      return answers.map(({ code, message }) => ({ code, message }));
    };
    const forKnown = await run(known.email, 1);
    const forUnknown = await run(`nobody-${subnet}@example.net`, 100);
    // The last try has the owner's password: only the known address signs in.
    expect(forKnown.slice(0, 12)).toEqual(forUnknown.slice(0, 12));
    expect(forKnown.slice(0, 12).every((a) => a.code === 'INVALID_CREDENTIALS')).toBe(true);
    expect(forKnown[12].code).toBeUndefined();
  });

  it('an attacker hammering from one address cannot lock the owner out from another', async () => {
    const owner = await createUser(t.db);
    const ip = addresses();
    for (let i = 0; i < 12; i++) await signIn(owner.email, `guess-${i}-password!`, ip(1));
    // The attacker's address is slowed down, even with the right password (no bypass).
    const attacker = await signIn(owner.email, PASSWORD, ip(1));
    expect(attacker).toMatchObject({ code: 'RATE_LIMITED', signedIn: false });
    // The owner, elsewhere, signs in at once.
    expect(await signIn(owner.email, PASSWORD, ip(2))).toMatchObject({
      code: undefined,
      signedIn: true,
    });
  });

  it('attackers spread over many addresses do not lock the owner out either', async () => {
    const owner = await createUser(t.db);
    const ip = addresses();
    for (let i = 0; i < 30; i++) await signIn(owner.email, `guess-${i}-password!`, ip(10 + i));
    expect(await signIn(owner.email, PASSWORD, ip(200))).toMatchObject({ signedIn: true });
  });

  it('a successful sign-in clears the pair’s count', async () => {
    const owner = await createUser(t.db);
    const ip = addresses()(1);
    for (let i = 0; i < 4; i++) await signIn(owner.email, `typo-${i}-password!`, ip);
    expect(await signIn(owner.email, PASSWORD, ip)).toMatchObject({ signedIn: true });
    for (let i = 0; i < 4; i++)
      expect((await signIn(owner.email, `typo-${i}-password!`, ip)).code).toBe(
        'INVALID_CREDENTIALS',
      );
  });

  it('one address trying many accounts meets the looser per-address limit', async () => {
    const ip = addresses()(1);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 31; i++)
      codes.push((await signIn(`spray-${i}@example.net`, 'Spring2024-password!', ip)).code);
    expect(codes.slice(0, 30).every((c) => c === 'INVALID_CREDENTIALS')).toBe(true);
    expect(codes[30]).toBe('RATE_LIMITED');
  });
});
