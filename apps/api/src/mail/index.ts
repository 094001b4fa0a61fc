/** What other features may use of mail/ (with its Nest module); everything else in the folder is its own. */
export * from './mail.service';
