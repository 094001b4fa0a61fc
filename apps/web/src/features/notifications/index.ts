/** The notifications feature's public face: what other rooms may use. Everything else is internal. */
export { EmailPreferencesSection } from './components/EmailPreferencesSection';
