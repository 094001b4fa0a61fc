import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** Error codes clients switch on (`extensions.code`): one list, shared with the web app. */
import { ErrorCode } from '@alliance/domain';
export { ErrorCode };

export interface FieldError {
  field: string;
  message: string;
}

/** An error meant for the user: its message is shown as is, with a code and optional details. */
export class AppError extends GraphQLError {
  constructor(
    code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> & { fieldErrors?: FieldError[] } = {},
  ) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export const forbidden = (message = 'You are not allowed to do this.') =>
  new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${what} was not found.`);
export const unauthenticated = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, 'Please sign in to do this.', { http: { status: 401 } });

/** Codes that GraphQL itself (parsing, validation, variable coercion) produces. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  ...Object.values(ErrorCode),
]);

/**
 * The one place errors are shaped for clients: known codes pass with their message; anything
 * else (a bug, a database failure) becomes INTERNAL_SERVER_ERROR with a generic message, and
 * is logged by the caller. Never a stack trace.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (isBadInputFromDatabase(original)) {
    // A value the input layer let through but PostgreSQL refused: the caller's fault, not ours.
    // Logged all the same, because it shows a check missing before the query.
    logUnexpected(original);
    return {
      message: 'A value in the request is not valid.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  // Apollo re-codes what a validation rule reports as GRAPHQL_VALIDATION_FAILED; ours keep their code.
  const validated =
    original instanceof GraphQLError && original.originalError instanceof AppError
      ? original.originalError
      : undefined;
  if (
    original instanceof AppError ||
    validated ||
    (typeof code === 'string' && PASS_THROUGH.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR)
  ) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return {
      ...formatted,
      extensions: validated ? { ...extensions, code: validated.extensions.code } : extensions,
    };
  }
  logUnexpected(original);
  return {
    message:
      'Something went wrong on our side. Please try again; if it keeps happening, tell the platform team.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * PostgreSQL "data exception" codes that only a malformed value causes: invalid text for a type
 * (22P02, e.g. a uuid), too long (22001), out of range (22003), bad date/time (22007, 22008),
 * invalid byte sequence or character (22021, 22P05), bad LIKE escape or regular expression
 * (22025, 2201B).
 */
const BAD_INPUT_SQLSTATES = new Set([
  '22P02',
  '22001',
  '22003',
  '22007',
  '22008',
  '22021',
  '22P05',
  '22025',
  '2201B',
]);

function isBadInputFromDatabase(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // TypeORM's QueryFailedError carries the pg error as driverError and copies its fields.
  const driverError = (error as { driverError?: { code?: unknown } }).driverError;
  const code =
    driverError?.code ??
    (error.name === 'QueryFailedError' ? (error as { code?: unknown }).code : undefined);
  return typeof code === 'string' && BAD_INPUT_SQLSTATES.has(code);
}
