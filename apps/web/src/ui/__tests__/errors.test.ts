import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode } from '@alliance/domain';
import { fieldErrorMap, onlyFieldErrors, toApiError } from '../errors';

describe('toApiError', () => {
  it('knows every code of the API, from the list both apps share', () => {
    // The hand-copied list lacked the document-limit codes: their messages were dropped.
    for (const code of Object.values(ErrorCode)) {
      const error = new CombinedGraphQLErrors({
        errors: [{ message: `Message for ${code}.`, extensions: { code } }],
      });
      expect(toApiError(error)).toMatchObject({ code, message: `Message for ${code}.` });
    }
  });

  it('reads code, message, field errors and retry time from a GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'The short name "x" is already used by another organization.',
          extensions: {
            code: 'CONFLICT',
            fieldErrors: [
              { field: 'slug', message: 'This short name is already used. Choose another.' },
            ],
          },
        },
      ],
    });
    const apiError = toApiError(error);
    expect(apiError).toEqual({
      code: 'CONFLICT',
      message: 'The short name "x" is already used by another organization.',
      fieldErrors: [{ field: 'slug', message: 'This short name is already used. Choose another.' }],
      retryAfterSeconds: null,
    });
    expect(fieldErrorMap(apiError)).toEqual({
      slug: 'This short name is already used. Choose another.',
    });
    expect(onlyFieldErrors(apiError)).toBe(true);
  });

  it('reads the GraphQL errors in the body of a 401 or 429 answer', () => {
    const body = {
      errors: [
        {
          message: 'Too many requests. Please wait 30 seconds and try again.',
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 },
        },
      ],
    };
    const error = new ServerError('Response not successful: Received status code 429', {
      response: new Response(JSON.stringify(body), { status: 429 }),
      bodyText: JSON.stringify(body),
    });
    expect(toApiError(error)).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
  });

  it('never shows GraphQL’s own messages (unknown codes) to users', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Cannot query field "x" on type "Query".',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
    expect(toApiError(error)).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: null });
  });

  it('reports a failure without an answer as NETWORK', () => {
    expect(toApiError(new TypeError('Failed to fetch'))).toEqual({
      code: 'NETWORK',
      message: null,
      fieldErrors: [],
      retryAfterSeconds: null,
    });
  });
});
