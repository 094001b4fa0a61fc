/**
 * Field schemas shared by the API and the web app. Error messages are plain English and are
 * shown to users as they are (the API passes them through as field errors).
 */
import { z } from 'zod';
import { COUNTRY_CODES } from '../country-names.js';
import { SUPPORTED_LOCALES } from '../languages.js';

export const EMAIL_MAX_LENGTH = 254;
export const DISPLAY_NAME_MAX_LENGTH = 80;
export const URL_MAX_LENGTH = 2048;

/** A message for a missing value, and another for a value of the wrong type (not text). */
export function requiredText(missing: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined || issue.input === null ? missing : 'Enter text for this field.',
  };
}

/** Email address: trimmed, lower-cased, at most 254 characters. */
export const emailSchema = z
  .string(requiredText('Enter your email address.'))
  .trim()
  .toLowerCase()
  .min(1, { error: 'Enter your email address.', abort: true })
  .max(EMAIL_MAX_LENGTH, {
    error: `Your email address must be at most ${EMAIL_MAX_LENGTH} characters long.`,
    abort: true,
  })
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.org.' }));

/** Name shown to other members: trimmed, 1–80 characters, on one line. */
export const displayNameSchema = z
  .string(requiredText('Enter your name.'))
  .trim()
  .min(1, { error: 'Enter your name.', abort: true })
  .max(DISPLAY_NAME_MAX_LENGTH, {
    error: `Your name must be at most ${DISPLAY_NAME_MAX_LENGTH} characters long.`,
    abort: true,
  })
  .regex(/^[^\p{Cc}\p{Zl}\p{Zp}]*$/u, { error: 'Your name must fit on one line.' });

/** Web address: a full http:// or https:// URL with a public domain name, at most 2048 characters. */
export const urlSchema = z
  .string(requiredText('Enter a web address.'))
  .trim()
  .min(1, { error: 'Enter a web address.', abort: true })
  .max(URL_MAX_LENGTH, {
    error: `The web address must be at most ${URL_MAX_LENGTH} characters long.`,
    abort: true,
  })
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error:
        'Enter a full web address starting with http:// or https://, like https://example.org.',
    }),
  );

/**
 * ISO 3166-1 alpha-2 country code (see COUNTRY_CODES). Case-insensitive on input ("de" → "DE").
 */
export const countryCodeSchema = z
  .string(requiredText('Choose a country.'))
  .trim()
  .toUpperCase()
  .pipe(z.enum(COUNTRY_CODES, { error: 'Choose a country from the list.' }));

/** One of the supported interface languages. */
export const localeSchema = z.enum(SUPPORTED_LOCALES, {
  error: 'Choose a language from the list.',
});

/**
 * Makes a text field optional: a missing value or an empty (or blank) string gives `undefined`,
 * anything else must pass `schema`. Forms send "" for an empty field; note that "" therefore
 * means "not given", not "clear this value".
 */
export function optionalText<T extends z.ZodType<unknown, string>>(schema: T) {
  return z
    .string({ error: 'Enter text for this field.' })
    .transform((value) => (value.trim() === '' ? undefined : value))
    .pipe(schema.optional())
    .optional();
}
