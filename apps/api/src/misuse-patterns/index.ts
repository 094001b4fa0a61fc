/** What other features may use of misuse-patterns/ (with its Nest module); everything else in the folder is its own. */
export * from './misuse-pattern.entity';
export * from './misuse-pattern.models';
export * from './misuse-pattern.presenters';
export * from './misuse-taxonomy.enums';
