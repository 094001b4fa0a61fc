/** The errors feature's public face: what other rooms may use. Everything else is internal. */
export { NotFoundPage } from './pages/NotFoundPage';
