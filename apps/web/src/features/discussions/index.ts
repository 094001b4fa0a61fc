/** The discussions feature's public face: what other rooms may use. Everything else is internal. */
export { AttachedDiscussion } from './components/AttachedDiscussion';
export { FlagForm } from './components/FlagForm';
export { PracticeDiscussion } from './components/PracticeDiscussion';
export { ThreadList } from './components/ThreadList';
