/** What other features may use of audit/ (with its Nest module); everything else in the folder is its own. */
export * from './audit-event.entity';
export * from './audit.models';
export * from './audit.service';
export * from './json.scalar';
