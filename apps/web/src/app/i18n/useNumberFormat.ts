import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE } from './locales';

/** An Intl.NumberFormat for the current interface language ("1,234" in English, "1 234" in French). */
export function useNumberFormat(): Intl.NumberFormat {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? DEFAULT_LOCALE;
  return useMemo(() => new Intl.NumberFormat(locale), [locale]);
}
