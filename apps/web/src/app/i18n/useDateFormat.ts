import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE } from './locales';

export interface DateFormat {
  /** "29 Nov 2026" */
  date: (iso: string) => string;
  /** "29 Nov 2026, 14:05" */
  dateTime: (iso: string) => string;
}

/** Date formatting in the interface language, for the API's ISO date-times. */
export function useDateFormat(): DateFormat {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? DEFAULT_LOCALE;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      date: (iso) => date.format(new Date(iso)),
      dateTime: (iso) => dateTime.format(new Date(iso)),
    };
  }, [locale]);
}
