// Types every `t('…')` call against the English catalogue: a key missing from en.json is a
// compile error, not a blank label at run time.
import 'i18next';
import type en from './locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
