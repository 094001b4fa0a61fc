/**
 * Who may see what: the viewer scope (built once per request, in the GraphQL context) and the
 * predicates every read path applies — GraphQL fields, `node`, search documents, exports,
 * webhooks, notifications and subscriptions. Features import this module; it imports none.
 */
export * from './viewer-scope';
export * from './predicates';
export * from './per-user';
export * from './fields';
