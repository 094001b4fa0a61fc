import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_LOCALE,
  LANGUAGES,
  SUPPORTED_LOCALES,
  isSupportedLocale,
  localeSchema,
  matchLocale,
} from '../index.js';

describe('languages', () => {
  it('supports the six official OSCE languages, English first and by default', () => {
    // The reference file is read only by this test; the package embeds the list.
    const reference = JSON.parse(
      readFileSync(join(__dirname, '../../reference/osce.json'), 'utf8'),
    ) as { officialLanguages: { code: string; name: string }[] };
    expect([...SUPPORTED_LOCALES]).toEqual(reference.officialLanguages.map((l) => l.code));
    expect(LANGUAGES.map((l) => ({ code: l.code, name: l.label }))).toEqual(
      reference.officialLanguages,
    );
    expect(DEFAULT_LOCALE).toBe('en');
  });

  it('recognizes supported locales exactly', () => {
    expect(isSupportedLocale('ru')).toBe(true);
    expect(isSupportedLocale('pt')).toBe(false);
    expect(isSupportedLocale('FR')).toBe(false);
    expect(localeSchema.safeParse('es').success).toBe(true);
    expect(localeSchema.safeParse('pt').success).toBe(false);
  });

  it.each([
    ['fr-CH', 'fr'],
    ['de-DE,de;q=0.9,en;q=0.8', 'de'],
    ['pt-BR, it;q=0.5', 'it'],
    ['en;q=0.1, ru;q=0.9', 'ru'],
    ['es_ES', 'es'],
    ['zh-CN', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('matchLocale(%p) is %p', (input, expected) => {
    expect(matchLocale(input)).toBe(expected);
  });

  it('matchLocale takes a list of tags such as navigator.languages', () => {
    expect(matchLocale(['pt-PT', 'ru-RU', 'en'])).toBe('ru');
  });
});
