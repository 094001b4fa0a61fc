/** The OSCE's six official languages, which the platform will offer. */
export const SUPPORTED_LOCALES = ['en', 'fr', 'de', 'it', 'ru', 'es'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** The language shown when nothing better is known, and the fallback for missing strings. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Locales whose catalogues are bundled today; the others fall back to English. */
export const SHIPPED_LOCALES: readonly Locale[] = ['en'];

export function isSupportedLocale(value: string): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value);
}
