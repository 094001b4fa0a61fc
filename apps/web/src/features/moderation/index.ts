/** The moderation feature's public face: what other rooms may embed. */
export { ModerationMenuItem } from './components/ModerationMenuItem';
