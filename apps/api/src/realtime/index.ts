/** What other features may use of realtime/ (with its Nest module); everything else in the folder is its own. */
export * from './live-viewer';
export * from './pg-pubsub.service';
