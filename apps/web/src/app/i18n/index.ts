import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from './locales';

export {
  DEFAULT_LOCALE,
  SHIPPED_LOCALES,
  SUPPORTED_LOCALES,
  isSupportedLocale,
  type Locale,
} from './locales';

/** The bundled catalogues, one "translation" namespace per locale. */
export const resources = { en: { translation: en } } as const;

/**
 * The app's i18next instance. It is initialised synchronously (initAsync: false with bundled
 * resources), so `t()` works as soon as this module has been imported: no Suspense, no flash of
 * untranslated keys.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...SUPPORTED_LOCALES],
  defaultNS: 'translation',
  ns: ['translation'],
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes output already
  react: { useSuspense: false },
});

// Keep <html lang> in step with the interface language (screen readers pick their voice from it).
function syncDocumentLanguage(lng: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng;
  document.documentElement.dir = i18n.dir(lng);
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);
