/** What other features may use of discussions/ (with its Nest module); everything else in the folder is its own. */
export * from './discussion.entity';
export * from './discussion.models';
// discussion.service.ts's StartThreadInput (the parsed input) stays inside; others use the GraphQL input of the models.
export { DiscussionService } from './discussion.service';
