import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, type IssueList } from '@alliance/domain';
import type { ApiError, FieldError } from '../../../ui/errors';
import { useFormErrors } from '../../../ui/useFormErrors';
import type { EditorMessages, SaveOptions } from '../components/OwnedEditor';

type Checked<Input> = { success: true; data: Input } | { success: false; error: IssueList };

interface OwnedEditorFormOptions<Values, Input> {
  messages: EditorMessages;
  initial: Values;
  isNew: boolean;
  initialOrganizationId: string;
  /** Checks the values with the shared schema, as the API will. */
  check: (values: Values) => Checked<Input>;
  /** Saves the validated input; resolves to the API's error, or null once saved. */
  onSave: (input: Input, options: SaveOptions) => Promise<ApiError | null>;
  /** Points field errors (the schema's and the API's) at the fields as the form shows them. */
  toShownFields?: (problems: FieldError[], values: Values) => FieldError[];
  onSaved?: () => void;
}

/**
 * The state of an editor of content an organization owns: its values, the organization new
 * content will belong to, and submitting (checked with the shared schema first; "Save and
 * publish" submits with `publish`).
 */
export function useOwnedEditorForm<Values, Input>({
  messages,
  initial,
  isNew,
  initialOrganizationId,
  check,
  onSave,
  toShownFields = (problems) => problems,
  onSaved,
}: OwnedEditorFormOptions<Values, Input>) {
  const { t } = useTranslation();
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [values, setValues] = useState(initial);
  const [organizationId, setOrganizationId] = useState(initialOrganizationId);

  const set = <K extends keyof Values>(name: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [name]: value }));

  async function submit(publish: boolean) {
    const problems: FieldError[] = [];
    if (isNew && !organizationId) {
      problems.push({ field: 'organizationId', message: t(`${messages}.chooseOrganization`) });
    }
    const parsed = check(values);
    if (!parsed.success) problems.push(...toShownFields(fieldErrors(parsed.error), values));
    if (problems.length || !parsed.success) return invalid(problems);
    clear();
    const failure = await onSave(parsed.data, { publish, organizationId });
    if (failure) fail({ ...failure, fieldErrors: toShownFields(failure.fieldErrors, values) });
    else onSaved?.();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(false);
  }

  return {
    values,
    setValues,
    set,
    organizationId,
    setOrganizationId,
    submit,
    onSubmit,
    error,
    fields,
    formRef,
  };
}
