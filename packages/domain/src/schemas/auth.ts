import { z } from 'zod';
import { isCommonPassword } from '../password-strength.js';
import { displayNameSchema, emailSchema } from './fields.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordSchema } from './password.js';

/**
 * Sign-up. Besides each field's own rules, the password must not contain the email address or
 * the part of it before the "@" (when that part has 4 characters or more).
 */
export const signUpInputSchema = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    displayName: displayNameSchema,
  })
  .superRefine((value, ctx) => {
    const { email, password } = value;
    if (typeof email !== 'string' || typeof password !== 'string') return;
    // Only when the password passed its own checks, so that one message is shown at a time.
    if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) return;
    if (isCommonPassword(password)) return;
    const lower = password.toLowerCase();
    const localPart = email.split('@')[0] ?? '';
    if (
      (email.includes('@') && lower.includes(email)) ||
      (localPart.length >= 4 && lower.includes(localPart))
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['password'],
        message:
          'Your password must not contain your email address or the part of it before the @.',
      });
    }
  });
export type SignUpFormValues = z.input<typeof signUpInputSchema>;
export type SignUpInput = z.output<typeof signUpInputSchema>;

/** Sign-in: no strength rules here, only presence (accounts may predate a rule change). */
export const signInInputSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: 'Enter your password.' })
    .min(1, { error: 'Enter your password.', abort: true })
    .max(1024, { error: 'This password is too long.' }),
});
export type SignInInput = z.output<typeof signInInputSchema>;
