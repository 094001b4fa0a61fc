import { GraphQLError } from 'graphql';
import type { FieldError } from '../ui/errors';

/** A GraphQL error answer as the API sends it: a user-facing message and an extensions.code. */
export function apiErrorResult(
  code: string,
  message: string,
  extensions: { fieldErrors?: FieldError[]; retryAfterSeconds?: number } = {},
) {
  return { errors: [new GraphQLError(message, { extensions: { code, ...extensions } })] };
}
