/** The events feature's public face: what other rooms may use. Everything else is internal. */
export { PresentedAt } from './components/PresentedAt';
