import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, type StakeholderType } from '@alliance/domain';
import { DEFAULT_LOCALE } from '../../app/i18n/locales';
import type { TaxonomyKey, TaxonomyKind } from './taxonomy';

export interface Labels {
  /** The label of a taxonomy code in the interface language (the code itself when unknown). */
  taxonomy: (kind: TaxonomyKind, code: string) => string;
  /** A country's name ("AT" → "Austria"). */
  country: (code: string) => string;
  /** A language's name ("de" → "German"), from the browser's own data. */
  language: (code: string) => string;
}

/** Labels for taxonomy codes, countries and languages in the interface language. */
export function useLabels(): Labels {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? DEFAULT_LOCALE;
  return useMemo(() => {
    let languages: Intl.DisplayNames | null = null;
    try {
      languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    } catch {
      // A runtime without Intl.DisplayNames shows the codes.
    }
    return {
      taxonomy: (kind, code) =>
        kind === 'stakeholderType'
          ? t(`stakeholderType.${code as StakeholderType}`, { defaultValue: code })
          : t(`taxonomy.${kind}.${code}` as TaxonomyKey, { defaultValue: code }),
      country: (code) => countryName(code, locale),
      language: (code) => {
        try {
          return languages?.of(code) ?? code;
        } catch {
          return code;
        }
      },
    };
  }, [t, locale]);
}
