import { fieldErrors } from '@alliance/domain';
import type { z } from 'zod';
import { AppError, ErrorCode } from './errors';

/**
 * Validates input at the edge with a schema shared with the web app. A failure is a
 * BAD_USER_INPUT error listing each field's problem, so forms can show them in place.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = fieldErrors(result.error);
  const first = errors[0];
  throw new AppError(
    ErrorCode.BAD_USER_INPUT,
    first
      ? first.field
        ? `${first.field}: ${first.message}`
        : first.message
      : 'The input is not valid.',
    { fieldErrors: errors },
  );
}
