/** What other features may use of practices/ (with its Nest module); everything else in the folder is its own. */
export * from './library-query';
export * from './life-cycle';
export * from './practice-stats.service';
export * from './practice-taxonomy.enums';
export * from './practice.entity';
export * from './practice.models';
export * from './practice.presenters';
export * from './practice.service';
