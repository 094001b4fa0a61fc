/**
 * Languages of the user interface: the six official languages of the OSCE.
 */

export const SUPPORTED_LOCALES = ['en', 'fr', 'de', 'it', 'ru', 'es'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

export interface Language {
  readonly code: Locale;
  /** English name. */
  readonly label: string;
  /** Name in the language itself, for a language switcher. */
  readonly nativeName: string;
}

export const LANGUAGES = [
  { code: 'en', label: 'English', nativeName: 'English' },
  { code: 'fr', label: 'French', nativeName: 'Français' },
  { code: 'de', label: 'German', nativeName: 'Deutsch' },
  { code: 'it', label: 'Italian', nativeName: 'Italiano' },
  { code: 'ru', label: 'Russian', nativeName: 'Русский' },
  { code: 'es', label: 'Spanish', nativeName: 'Español' },
] as const satisfies readonly Language[];

/** Type guard: is `value` exactly one of the supported locales? */
export function isSupportedLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * The supported locale that best matches a language tag or an HTTP Accept-Language header
 * ("fr-CH", "de-DE,de;q=0.9,en;q=0.8"), by primary language and in order of preference
 * (q-values respected). Falls back to DEFAULT_LOCALE.
 */
export function matchLocale(tags: string | readonly string[] | null | undefined): Locale {
  if (!tags) return DEFAULT_LOCALE;
  const ranges = (typeof tags === 'string' ? tags.split(',') : tags)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params
        .map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1])
        .find((v) => v !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split(/[-_]/)[0];
    if (isSupportedLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
