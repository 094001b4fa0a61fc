/**
 * The common-password rule behind `passwordSchema`. A password of acceptable length is still
 * refused when it is easy to guess, that is when (after lower-casing) it:
 *  1. is one of the common long passwords from leaked password sets (COMMON_LONG_PASSWORDS);
 *  2. is one character or one chunk repeated ("aaaaaaaaaaaa", "abcabcabcabc", "passwordpassword");
 *  3. is a simple sequence, forwards or backwards, ignoring spaces, dots, dashes and underscores:
 *     the alphabet, digits ("123456789012", "0987-6543-2109"), digits in constant steps
 *     ("135791357913"), keyboard rows and columns (QWERTY, QWERTZ, AZERTY, Russian), e.g.
 *     "abcdefghijkl", "qwertyuiopas", "1qaz2wsx3edc";
 *  4. once digits and symbols are taken off both ends, and common letter-for-symbol swaps are
 *     undone ("@" → a, "0" → o, "3" → e, "$" → s, ...), is a common password or word
 *     (COMMON_PASSWORD_WORDS), a repeat or a sequence: "Password2024!", "P@ssw0rd!!!!",
 *     "2024sunshine", "aaaaaaaa1234", "abcdef123456".
 * Passphrases of several words ("correct horse battery staple") pass. The rule is deliberately
 * simple and runs in the browser as well as on the server.
 */
import { COMMON_LONG_PASSWORDS, COMMON_PASSWORD_WORDS } from './common-passwords.js';

let commonSet: ReadonlySet<string> | undefined;

/** Built on first use so that merely importing the package costs nothing. */
function common(): ReadonlySet<string> {
  commonSet ??= new Set([...COMMON_LONG_PASSWORDS, ...COMMON_PASSWORD_WORDS]);
  return commonSet;
}

const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '0123456789',
  'qwertyuiopasdfghjklzxcvbnm', // QWERTY rows
  'qwertzuiopasdfghjklyxcvbnm', // QWERTZ rows
  'azertyuiopqsdfghjklmwxcvbn', // AZERTY rows
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/', // QWERTY columns, top to bottom
  'zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0', // QWERTY columns, bottom to top
  'qazwsxedcrfvtgbyhnujmikolp',
  '1q2w3e4r5t6y7u8i9o0p',
  'q1w2e3r4t5y6u7i8o9p0',
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  'йцукенгшщзхъфывапролджэячсмитьбю', // Russian keyboard rows
];

const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '8': 'b',
  '(': 'c',
  '3': 'e',
  '6': 'g',
  '9': 'g',
  '!': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
  '+': 't',
  '2': 'z',
};

const reverse = (s: string): string => [...s].reverse().join('');

/** "abab", "aaaa", "passwordpassword": the whole string is one chunk repeated. */
function isRepeated(s: string): boolean {
  return /^(.+?)\1+$/su.test(s);
}

/** A run along one of SEQUENCES (wrapping around), forwards or backwards. */
function isSequence(s: string): boolean {
  if (s.length < 3) return false;
  const backwards = reverse(s);
  for (const sequence of SEQUENCES) {
    const haystack = sequence.repeat(Math.ceil(s.length / sequence.length) + 1);
    if (haystack.includes(s) || haystack.includes(backwards)) return true;
  }
  // Digits in constant steps, wrapping from 9 to 0: "135791357913", "246802468024".
  if (/^\d+$/.test(s)) {
    const step = (Number(s[1]) - Number(s[0]) + 10) % 10;
    return [...s].every((d, i) => i === 0 || (Number(d) - Number(s[i - 1]) + 10) % 10 === step);
  }
  return false;
}

function isTrivial(s: string): boolean {
  return s.length >= 3 && (isRepeated(s) || isSequence(s));
}

function deleet(s: string, one: 'i' | 'l'): string {
  return [...s].map((c) => (c === '1' ? one : (LEET[c] ?? c))).join('');
}

/** True when the password is common or easy to guess (see the rule above). */
export function isCommonPassword(password: string): boolean {
  const lower = password.normalize('NFKC').toLowerCase();
  const compact = lower.replace(/[\s._-]+/gu, '');
  const set = common();
  if (set.has(lower) || set.has(compact) || isRepeated(lower) || isTrivial(compact)) return true;

  // The part between the first and the last letter, with separators removed.
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/[\s._-]+/gu, '');
  if (!core) return false;
  const candidates = new Set([core, deleet(core, 'i'), deleet(core, 'l')]);
  for (const candidate of candidates) {
    if (set.has(candidate) || isTrivial(candidate)) return true;
  }
  return false;
}
