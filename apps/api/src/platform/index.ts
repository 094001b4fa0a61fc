/** What other features may use of platform/ (with its Nest module); everything else in the folder is its own. */
export * from './platform-stats.model';
