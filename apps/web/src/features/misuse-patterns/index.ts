/** The misuse-patterns feature's public face: what other rooms may use. Everything else is internal. */
export { PracticeCountermeasures } from './components/PracticeCountermeasures';
