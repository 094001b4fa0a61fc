/** Turning validation errors into a list the API can return and a form can show. */

export interface FieldError {
  /** Dotted path of the field ("name", "contacts.0.email"); "" for an error about the whole input. */
  field: string;
  /** Plain-English message for the user. */
  message: string;
}

/** The part of a ZodError used here (works for zod and zod/mini errors alike). */
export interface IssueList {
  readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
}

/**
 * The issues of a validation error as `{ field, message }` pairs, in order, without duplicates.
 */
export function fieldErrors(error: IssueList): FieldError[] {
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map((part) => String(part)).join('.');
    const key = `${field}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ field, message: issue.message });
  }
  return result;
}
