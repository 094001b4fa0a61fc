/** What other features may use of notifications/ (with its Nest module); everything else in the folder is its own. */
export * from './notification.entity';
export * from './notification.service';
