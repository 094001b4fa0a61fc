import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, type ErrorCode } from '@alliance/domain';

/**
 * The `extensions.code` values the API raises: the shared list in @alliance/domain (the API's
 * ErrorCode enum), so a code added there is known here without copying it.
 */
export const API_ERROR_CODES: readonly ErrorCode[] = ERROR_CODES;

/** An API code, or NETWORK when no answer from the API came back at all. */
export type ApiErrorCode = `${ErrorCode}` | 'NETWORK';

export interface FieldError {
  /** The input field ("email", "slug"); "" for the input as a whole. */
  field: string;
  /** Plain-English message for the user. */
  message: string;
}

/** A failed API call, reduced to what a page needs to react and to tell the user. */
export interface ApiError {
  code: ApiErrorCode;
  /**
   * The API's message: written for users, shown as it is. Null when there is none worth
   * showing (network failures, unknown codes): pages then use their own generic text.
   */
  message: string | null;
  /** Per-field messages (BAD_USER_INPUT, CONFLICT). */
  fieldErrors: FieldError[];
  /** How long to wait before trying again (RATE_LIMITED, ACCOUNT_LOCKED). */
  retryAfterSeconds: number | null;
}

const KNOWN = new Set<string>(API_ERROR_CODES);

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).field === 'string' &&
    typeof (value as FieldError).message === 'string'
  );
}

function fromGraphQLError(error: GraphQLFormattedError): ApiError {
  const extensions = error.extensions ?? {};
  const rawCode = typeof extensions.code === 'string' ? extensions.code : '';
  const known = KNOWN.has(rawCode);
  const fieldErrors = Array.isArray(extensions.fieldErrors)
    ? extensions.fieldErrors.filter(isFieldError)
    : [];
  const retry = extensions.retryAfterSeconds;
  return {
    code: known ? (rawCode as ApiErrorCode) : 'INTERNAL_SERVER_ERROR',
    // GraphQL's own errors (a query the schema no longer accepts) are not for users.
    message: known && error.message ? error.message : null,
    fieldErrors,
    retryAfterSeconds: typeof retry === 'number' ? retry : null,
  };
}

/** The GraphQL errors of a non-2xx answer (e.g. 401, 429), if its body has any. */
function errorsInBody(error: ServerError): GraphQLFormattedError[] {
  try {
    const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
    return Array.isArray(body.errors) ? body.errors : [];
  } catch {
    return [];
  }
}

/**
 * Turns whatever a query or mutation failed with into an {@link ApiError}: the first GraphQL
 * error's code, message and details. Switch on `code`, never on the message text.
 */
export function toApiError(error: unknown): ApiError {
  let errors: readonly GraphQLFormattedError[] = [];
  if (CombinedGraphQLErrors.is(error)) errors = error.errors;
  else if (ServerError.is(error)) errors = errorsInBody(error);
  const first = errors[0];
  if (first) return fromGraphQLError(first);
  return { code: 'NETWORK', message: null, fieldErrors: [], retryAfterSeconds: null };
}

/** An ApiError for problems found before sending (client-side validation with the shared schemas). */
export function validationError(fieldErrors: FieldError[]): ApiError {
  return { code: 'BAD_USER_INPUT', message: null, fieldErrors, retryAfterSeconds: null };
}

/** Field → first message, for showing errors next to the fields. */
export function fieldErrorMap(error: ApiError | null | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { field, message } of error?.fieldErrors ?? []) {
    if (field && !(field in map)) map[field] = message;
  }
  return map;
}

/** True when every problem is shown next to a field, so the summary can just point at them. */
export function onlyFieldErrors(error: ApiError): boolean {
  return error.fieldErrors.length > 0 && error.fieldErrors.every((e) => e.field !== '');
}

/** Runs `action`, turning a failure into an ApiError (so callers need no try/catch). */
export async function attempt<T>(
  action: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: ApiError }> {
  try {
    return { ok: true, value: await action() };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}
