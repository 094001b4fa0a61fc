/** What other features may use of organizations/ (with its Nest module); everything else in the folder is its own. */
export * from './membership.entity';
export * from './organization.entity';
export * from './organization.models';
export * from './organization.presenters';
export * from './organization.service';
