/** What other features may use of identity/ (with its Nest module); everything else in the folder is its own. */
export * from './account-age';
export * from './authentication.service';
export * from './identity.models';
export * from './identity.presenters';
export * from './secrets';
export * from './session.service';
export * from './user.entity';
