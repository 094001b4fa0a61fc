import { z } from 'zod';
import {
  countryCodeSchema,
  displayNameSchema,
  emailSchema,
  fieldErrors,
  organizationInputSchema,
  signInInputSchema,
  signUpInputSchema,
  slugSchema,
  urlSchema,
  type OrganizationFormValues,
} from '../index.js';

function errorsOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? [] : fieldErrors(result.error);
}

function messagesOf(schema: z.ZodType, value: unknown): string[] {
  return errorsOf(schema, value).map((e) => e.message);
}

describe('emailSchema', () => {
  it('trims and lower-cases', () => {
    expect(emailSchema.parse('  Marianne.Dupont@Example.ORG ')).toBe('marianne.dupont@example.org');
  });

  it.each([
    'not-an-email',
    'a@b',
    'name@',
    '@example.org',
    'two@@example.org',
    'name @example.org',
  ])('refuses %p', (email) => {
    expect(messagesOf(emailSchema, email)).toEqual([
      'Enter a valid email address, like name@example.org.',
    ]);
  });

  it('asks for an email address when empty or missing', () => {
    expect(messagesOf(emailSchema, '   ')).toEqual(['Enter your email address.']);
    expect(messagesOf(emailSchema, undefined)).toEqual(['Enter your email address.']);
  });

  it('refuses more than 254 characters', () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}.org`;
    expect(email.length).toBe(258);
    expect(messagesOf(emailSchema, email)).toEqual([
      'Your email address must be at most 254 characters long.',
    ]);
  });
});

describe('displayNameSchema', () => {
  it('trims', () => {
    expect(displayNameSchema.parse('  Marianne  ')).toBe('Marianne');
  });

  it('accepts 1 and 80 characters', () => {
    expect(displayNameSchema.safeParse('M').success).toBe(true);
    expect(displayNameSchema.safeParse('M'.repeat(80)).success).toBe(true);
  });

  it('refuses empty, too long and multi-line names', () => {
    expect(messagesOf(displayNameSchema, '   ')).toEqual(['Enter your name.']);
    expect(messagesOf(displayNameSchema, 'M'.repeat(81))).toEqual([
      'Your name must be at most 80 characters long.',
    ]);
    expect(messagesOf(displayNameSchema, 'Mari\nanne')).toEqual([
      'Your name must fit on one line.',
    ]);
  });
});

describe('slugSchema', () => {
  it.each(['abc', 'la-strada', 'ngo-2024', '123', 'a'.repeat(60)])('accepts %p', (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it.each([
    ['ab', 'The short name must be at least 3 characters long.'],
    ['a'.repeat(61), 'The short name must be at most 60 characters long.'],
    [
      'La-Strada',
      'Use only lower-case letters (a–z), digits and hyphens in the short name, like my-organization.',
    ],
    [
      'la_strada',
      'Use only lower-case letters (a–z), digits and hyphens in the short name, like my-organization.',
    ],
    [
      'société',
      'Use only lower-case letters (a–z), digits and hyphens in the short name, like my-organization.',
    ],
    ['-strada', 'The short name cannot start or end with a hyphen.'],
    ['strada-', 'The short name cannot start or end with a hyphen.'],
    ['la--strada', 'The short name cannot contain two hyphens in a row.'],
  ])('refuses %p', (slug, message) => {
    expect(messagesOf(slugSchema, slug)).toEqual([message]);
  });
});

describe('urlSchema', () => {
  it.each([
    'https://example.org',
    'http://example.org/path?q=1#x',
    'https://www.la-strada.org/en/',
  ])('accepts %p', (url) => {
    expect(urlSchema.parse(url)).toBe(url);
  });

  it.each([
    'example.org',
    'ftp://example.org',
    'javascript:alert(1)',
    'https://localhost',
    'https://exa mple.org',
    'mailto:a@example.org',
  ])('refuses %p', (url) => {
    expect(messagesOf(urlSchema, url)).toEqual([
      'Enter a full web address starting with http:// or https://, like https://example.org.',
    ]);
  });

  it('refuses more than 2048 characters', () => {
    expect(messagesOf(urlSchema, `https://example.org/${'a'.repeat(2040)}`)).toEqual([
      'The web address must be at most 2048 characters long.',
    ]);
  });
});

describe('countryCodeSchema', () => {
  it('accepts known codes in any case', () => {
    expect(countryCodeSchema.parse('UA')).toBe('UA');
    expect(countryCodeSchema.parse(' de ')).toBe('DE');
  });

  it.each(['ZZ', 'UK', 'DEU', 'Germany', ''])('refuses %p', (code) => {
    expect(messagesOf(countryCodeSchema, code)).toEqual(['Choose a country from the list.']);
  });
});

describe('organizationInputSchema', () => {
  const valid: OrganizationFormValues = {
    name: '  La Strada Ukraine ',
    stakeholderType: 'CIVIL_SOCIETY',
    country: 'ua',
  };

  it('accepts a minimal organization and normalizes it', () => {
    expect(organizationInputSchema.parse(valid)).toEqual({
      name: 'La Strada Ukraine',
      stakeholderType: 'CIVIL_SOCIETY',
      country: 'UA',
    });
  });

  it('accepts a complete organization', () => {
    const parsed = organizationInputSchema.parse({
      ...valid,
      slug: 'la-strada-ukraine',
      website: 'https://la-strada.org.ua',
      description: 'A national NGO against trafficking in human beings.',
    });
    expect(parsed.slug).toBe('la-strada-ukraine');
    expect(parsed.website).toBe('https://la-strada.org.ua');
  });

  it('treats empty optional fields as not given', () => {
    const parsed = organizationInputSchema.parse({
      ...valid,
      slug: '',
      website: '  ',
      description: '',
    });
    expect(parsed.slug).toBeUndefined();
    expect(parsed.website).toBeUndefined();
    expect(parsed.description).toBeUndefined();
  });

  it('reports every invalid field with a plain-English message', () => {
    expect(
      errorsOf(organizationInputSchema, {
        name: ' A ',
        slug: 'Bad Slug',
        stakeholderType: 'NGO',
        country: 'XX',
        website: 'la-strada.org',
        description: 'x'.repeat(2001),
      }),
    ).toEqual([
      {
        field: 'name',
        message: 'The name of the organization must be at least 2 characters long.',
      },
      {
        field: 'slug',
        message:
          'Use only lower-case letters (a–z), digits and hyphens in the short name, like my-organization.',
      },
      { field: 'stakeholderType', message: 'Choose the type of organization from the list.' },
      { field: 'country', message: 'Choose a country from the list.' },
      {
        field: 'website',
        message:
          'Enter a full web address starting with http:// or https://, like https://example.org.',
      },
      { field: 'description', message: 'The description must be at most 2000 characters long.' },
    ]);
  });

  it('reports missing required fields', () => {
    expect(errorsOf(organizationInputSchema, {})).toEqual([
      { field: 'name', message: 'Enter the name of the organization.' },
      { field: 'stakeholderType', message: 'Choose the type of organization from the list.' },
      { field: 'country', message: 'Choose a country.' },
    ]);
  });

  it('refuses a name over 120 characters and accepts 120', () => {
    expect(organizationInputSchema.safeParse({ ...valid, name: 'n'.repeat(120) }).success).toBe(
      true,
    );
    expect(errorsOf(organizationInputSchema, { ...valid, name: 'n'.repeat(121) })).toEqual([
      {
        field: 'name',
        message: 'The name of the organization must be at most 120 characters long.',
      },
    ]);
  });
});

describe('signUpInputSchema', () => {
  it('accepts and normalizes a valid sign-up', () => {
    expect(
      signUpInputSchema.parse({
        email: ' Marianne@Example.ORG ',
        password: 'violet lantern orbit 42',
        displayName: ' Marianne ',
      }),
    ).toEqual({
      email: 'marianne@example.org',
      password: 'violet lantern orbit 42',
      displayName: 'Marianne',
    });
  });

  it('reports each field once', () => {
    expect(
      errorsOf(signUpInputSchema, { email: 'nope', password: 'short', displayName: '' }),
    ).toEqual([
      { field: 'email', message: 'Enter a valid email address, like name@example.org.' },
      { field: 'password', message: 'Your password must be at least 12 characters long.' },
      { field: 'displayName', message: 'Enter your name.' },
    ]);
  });

  it('refuses a weak password', () => {
    expect(
      errorsOf(signUpInputSchema, {
        email: 'a@example.org',
        password: 'Password2024!',
        displayName: 'A',
      }),
    ).toEqual([
      {
        field: 'password',
        message:
          'This password is too common or too easy to guess. Try a longer phrase of several unrelated words.',
      },
    ]);
  });

  it('refuses a password that contains the email address', () => {
    expect(
      errorsOf(signUpInputSchema, {
        email: 'marianne.dupont@example.org',
        password: 'Marianne.Dupont-rocks',
        displayName: 'Marianne',
      }),
    ).toEqual([
      {
        field: 'password',
        message:
          'Your password must not contain your email address or the part of it before the @.',
      },
    ]);
  });
});

describe('signInInputSchema', () => {
  it('does not apply the strength rules', () => {
    expect(signInInputSchema.safeParse({ email: 'a@example.org', password: 'short' }).success).toBe(
      true,
    );
  });

  it('asks for both fields', () => {
    expect(errorsOf(signInInputSchema, {})).toEqual([
      { field: 'email', message: 'Enter your email address.' },
      { field: 'password', message: 'Enter your password.' },
    ]);
  });
});

describe('fieldErrors', () => {
  it('joins nested paths with dots and drops duplicates', () => {
    const error = new z.ZodError([
      { code: 'custom', path: ['contacts', 0, 'email'], message: 'Bad', input: 'x' },
      { code: 'custom', path: ['contacts', 0, 'email'], message: 'Bad', input: 'x' },
      { code: 'custom', path: [], message: 'Whole form', input: 'x' },
    ]);
    expect(fieldErrors(error)).toEqual([
      { field: 'contacts.0.email', message: 'Bad' },
      { field: '', message: 'Whole form' },
    ]);
  });
});
