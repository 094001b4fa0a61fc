/**
 * The rules every string from a client obeys before any feature sees it. Feature schemas
 * (the zod schemas shared with the web app) still enforce each field's own limits; these are
 * the floor under all of them.
 */

/** A generous cap for any one string; the longest field a feature accepts is far below it. */
export const MAX_STRING_LENGTH = 100_000;

/**
 * Secrets (passwords, emailed or API tokens, signing secrets) are compared byte for byte, so they
 * are checked but never changed: a space or a decomposed accent in a password is part of it.
 * Decided by name: an argument or input field whose name ends in password, token or secret.
 */
export const isSecretName = (name: string): boolean => /(password|token|secret)$/i.test(name);

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string is refused, or null when it is acceptable. */
export function stringProblem(value: string): string | null {
  if (value.length > MAX_STRING_LENGTH)
    return `Too long: at most ${MAX_STRING_LENGTH.toLocaleString('en')} characters.`;
  // PostgreSQL cannot store U+0000 in text; no form ever needs it.
  if (value.includes('\u0000')) return 'Contains a null character, which is not allowed.';
  // Lone surrogates cannot be encoded as UTF-8 (only JSON variables can carry them).
  if (UNPAIRED_SURROGATE.test(value))
    return 'Contains an invalid character (a broken Unicode sequence).';
  return null;
}

/**
 * The stored form of a string: Unicode NFC (so "é" typed two ways is one value for search,
 * uniqueness and comparisons) without surrounding whitespace. Secrets stay as typed.
 */
export function normaliseString(value: string, secret: boolean): string {
  return secret ? value : value.normalize('NFC').trim();
}
