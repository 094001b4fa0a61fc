import { useState, type FormEvent, type ReactNode } from 'react';
import { fieldErrors, slugify, type IssueList } from '@alliance/domain';
import type { ApiError } from './errors';
import { useFormErrors } from './useFormErrors';

/** The part of a shared (zod) schema used here: it checks the values and gives the input. */
interface InputSchema<Input> {
  safeParse(values: unknown): { success: true; data: Input } | { success: false; error: IssueList };
}

/** The names of the fields that hold text (those a text control edits). */
type TextKey<Values> = {
  [K in keyof Values]: Values[K] extends string ? K : never;
}[keyof Values];

/** The props of a form for a record with a short name (an organization, an event, a collection). */
export interface SluggedFormProps<Values, Input> {
  initial?: Values;
  /** Suggest the short name from the name (or title) until the user edits it (new records). */
  suggestSlug?: boolean;
  submitLabel: string;
  busy?: boolean;
  /** Sends the validated input; resolves to the API's error, or null on success. */
  onSubmit: (input: Input) => Promise<ApiError | null>;
  /** Shown after the submit button (a "Cancel" link). */
  children?: ReactNode;
}

interface SluggedFormOptions<Values extends { slug: string }, Input> {
  initial: Values;
  /** The field the short name is made from ("name", "title"). */
  slugFrom: TextKey<Values>;
  /** Suggest the short name from that field until the user edits it (new records). */
  suggestSlug: boolean;
  schema: InputSchema<Input>;
  /** Sends the validated input; resolves to the API's error, or null on success. */
  onSubmit: (input: Input) => Promise<ApiError | null>;
}

/**
 * The state of a form for a record with a short name (slug) in its address: its values, a change
 * handler per text field (the suggested short name follows the name until the user edits it), and
 * a submit handler that checks the values with the shared schema before sending them.
 */
export function useSluggedForm<Values extends { slug: string }, Input>({
  initial,
  slugFrom,
  suggestSlug,
  schema,
  onSubmit,
}: SluggedFormOptions<Values, Input>) {
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [values, setValues] = useState(initial);
  const [slugTouched, setSlugTouched] = useState(!suggestSlug);

  const set = (name: TextKey<Values>) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setValues((v) => {
      const next = { ...v, [name]: value };
      if (name === slugFrom && !slugTouched) next.slug = slugify(value);
      return next;
    });
    if (name === 'slug') setSlugTouched(true);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = schema.safeParse(values);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    clear();
    const failure = await onSubmit(parsed.data);
    if (failure) fail(failure);
  }

  return { values, setValues, set, submit, error, fields, formRef };
}
