import { COMMON_LONG_PASSWORDS, COMMON_PASSWORD_WORDS } from '../common-passwords.js';
import {
  PASSWORD_TOO_COMMON_MESSAGE,
  fieldErrors,
  isCommonPassword,
  passwordSchema,
} from '../index.js';

function passwordErrors(value: unknown): string[] {
  const result = passwordSchema.safeParse(value);
  return result.success ? [] : fieldErrors(result.error).map((e) => e.message);
}

describe('common-password data', () => {
  it('bundles the long common passwords and the common words', () => {
    expect(COMMON_LONG_PASSWORDS.length).toBeGreaterThanOrEqual(300);
    expect(COMMON_PASSWORD_WORDS.length).toBeGreaterThanOrEqual(3000);
    for (const p of COMMON_LONG_PASSWORDS) expect(p.length).toBeGreaterThanOrEqual(12);
    expect(COMMON_LONG_PASSWORDS.length + COMMON_PASSWORD_WORDS.length).toBeGreaterThanOrEqual(
      1000,
    );
  });

  it('refuses every bundled long password, in any case', () => {
    for (const p of COMMON_LONG_PASSWORDS) {
      expect(isCommonPassword(p)).toBe(true);
      expect(isCommonPassword(p.toUpperCase())).toBe(true);
    }
  });
});

describe('isCommonPassword', () => {
  it.each([
    ['a listed password', 'qwerty123456'],
    ['a listed password with capitals', 'Password1234'],
    ['a single repeated character', 'aaaaaaaaaaaa'],
    ['a single repeated digit', '111111111111'],
    ['a repeated chunk', 'abcabcabcabc'],
    ['a repeated word', 'letmeinletmein'],
    ['the alphabet', 'abcdefghijkl'],
    ['the alphabet backwards', 'lkjihgfedcba'],
    ['digits in sequence, wrapping', '123456789012'],
    ['digits backwards with dashes', '0987-6543-2109'],
    ['digits in steps of two', '135791357913'],
    ['a keyboard row', 'qwertyuiopas'],
    ['a keyboard column walk', 'zaq12wsxcde3'],
    ['a German keyboard row', 'qwertzuiopas'],
    ['a Russian keyboard row', 'йцукенгшщзхъ'],
    ['a common word followed by a year', 'sunshine2024'],
    ['a common word preceded by digits', '2024sunshine'],
    ['a common word with a year and symbols', 'Welcome2024!!'],
    ['a common password with digits', 'iloveyou12345'],
    ['a common password in leetspeak', 'P@ssw0rd!!!!'],
    ['more leetspeak', 'p4$$w0rd2024'],
    ['the name of the platform', 'AllianceCommons1'],
    ['a repeated letter followed by digits', 'aaaaaaaa1234'],
    ['a sequence followed by digits', 'abcdef123456'],
  ])('refuses %s (%s)', (_why, password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each([
    'correct horse battery staple',
    'purple-monkey-dishwasher',
    'Tr0ub4dor&3xyz',
    'michael-9Kx!2pQ',
    'violet lantern orbit 42',
    'my cat is called Bob',
    'Пароль-для-Ольги-2024',
  ])('accepts %p', (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });
});

describe('passwordSchema', () => {
  it('accepts a long, uncommon password and leaves it unchanged', () => {
    expect(passwordSchema.parse('  violet lantern orbit 42  ')).toBe('  violet lantern orbit 42  ');
  });

  it('asks for a password when there is none', () => {
    expect(passwordErrors(undefined)).toEqual(['Enter a password.']);
    expect(passwordErrors('')).toEqual(['Enter a password.']);
  });

  it('refuses a password that is too short, with one message', () => {
    expect(passwordErrors('password')).toEqual([
      'Your password must be at least 12 characters long.',
    ]);
    expect(passwordErrors('x7#kQ9!mZ2p')).toEqual([
      'Your password must be at least 12 characters long.',
    ]);
  });

  it('accepts exactly 12 and 128 characters', () => {
    expect(passwordErrors('x7#kQ9!mZ2pW')).toEqual([]);
    expect(passwordErrors('x7#kQ9!mZ2pW'.repeat(10) + 'violetla')).toEqual([]);
  });

  it('refuses a password that is too long', () => {
    expect(passwordErrors('violet lantern orbit 42 '.repeat(6))).toEqual([
      'Your password must be at most 128 characters long.',
    ]);
  });

  it('refuses a weak password with a plain-English message', () => {
    expect(passwordErrors('Password2024!')).toEqual([PASSWORD_TOO_COMMON_MESSAGE]);
    expect(PASSWORD_TOO_COMMON_MESSAGE).toMatch(/too common/);
  });

  it('refuses a value that is not text', () => {
    expect(passwordErrors(123456789012)).toEqual(['Enter text for the password.']);
  });
});
