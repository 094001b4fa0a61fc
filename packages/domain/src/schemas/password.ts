/**
 * Passwords: 12–128 characters and not common or easy to guess. The rule for "common" is
 * described in ../password-strength.ts. Passwords are never trimmed or otherwise changed.
 */
import { z } from 'zod';
import { isCommonPassword } from '../password-strength.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_TOO_COMMON_MESSAGE =
  'This password is too common or too easy to guess. Try a longer phrase of several unrelated words.';

export const passwordSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? 'Enter a password.'
        : 'Enter text for the password.',
  })
  .min(1, { error: 'Enter a password.', abort: true })
  .min(PASSWORD_MIN_LENGTH, {
    error: `Your password must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
    abort: true,
  })
  .max(PASSWORD_MAX_LENGTH, {
    error: `Your password must be at most ${PASSWORD_MAX_LENGTH} characters long.`,
    abort: true,
  })
  .refine((password) => !isCommonPassword(password), { error: PASSWORD_TOO_COMMON_MESSAGE });
