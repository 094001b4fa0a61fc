/** The webhooks feature's public face: what other rooms may use. Everything else is internal. */
export { WebhooksSection } from './components/WebhooksSection';
