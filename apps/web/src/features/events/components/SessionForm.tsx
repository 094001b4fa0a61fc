import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { eventSessionInputSchema, fieldErrors } from '@alliance/domain';
import type { EventSessionInput } from '@alliance/graphql';
import type { ApiError } from '../../../ui/errors';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';
import { toDateTimeLocal } from '../eventDates';

export interface SessionFormValues {
  title: string;
  theme: string;
  /** A datetime-local value ("2019-04-08T10:30"), or "". */
  startsAt: string;
  /** A whole number as typed, or "". */
  position: string;
  description: string;
}

/** The form's values for an existing session (or an empty one). */
export function sessionFormValues(
  session?: {
    title: string;
    theme?: string | null;
    startsAt?: string | null;
    position: number;
    description: string;
  } | null,
): SessionFormValues {
  return {
    title: session?.title ?? '',
    theme: session?.theme ?? '',
    startsAt: toDateTimeLocal(session?.startsAt),
    position: session ? String(session.position) : '',
    description: session?.description ?? '',
  };
}

interface SessionFormProps {
  /** The event's theme titles, to file the session under one. */
  themes: readonly string[];
  initial?: SessionFormValues;
  submitLabel: string;
  /** Names the form ("Add a session", "Edit Opening plenary"). */
  label: string;
  busy?: boolean;
  /** Sends the validated input; resolves to the API's error, or null on success. */
  onSubmit: (input: EventSessionInput) => Promise<ApiError | null>;
  onCancel?: () => void;
}

/** A session's title, theme, start, position and description, checked with the shared schema. */
export function SessionForm({
  themes,
  initial = sessionFormValues(),
  submitLabel,
  label,
  busy = false,
  onSubmit,
  onCancel,
}: SessionFormProps) {
  const { t } = useTranslation();
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [values, setValues] = useState(initial);
  const optional = t('common.optional');
  const set = (name: keyof SessionFormValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = eventSessionInputSchema.safeParse({
      title: values.title,
      description: values.description,
      theme: values.theme,
      startsAt: values.startsAt ? new Date(values.startsAt) : null,
      position: values.position.trim() === '' ? null : Number(values.position),
    });
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    clear();
    const { startsAt, position, ...rest } = parsed.data;
    const failure = await onSubmit({
      ...rest,
      startsAt: startsAt ? startsAt.toISOString() : null,
      ...(position === null || position === undefined ? {} : { position }),
    });
    if (failure) fail(failure);
    else if (!initial.title) setValues(sessionFormValues());
  }

  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={submit}
      noValidate
      aria-busy={busy}
      aria-label={label}
      data-testid="session-form"
    >
      <FormError error={error} />
      <TextField
        label={t('events.session.title')}
        name="title"
        required
        value={values.title}
        onChange={set('title')}
        error={fields.title}
      />
      <SelectField
        label={t('events.session.theme')}
        name="theme"
        value={values.theme}
        onChange={set('theme')}
        error={fields.theme}
      >
        <option value="">{t('events.session.noTheme')}</option>
        {themes.map((theme) => (
          <option key={theme} value={theme}>
            {theme}
          </option>
        ))}
      </SelectField>
      <div className="form-row">
        <TextField
          label={t('events.session.startsAt')}
          name="startsAt"
          type="datetime-local"
          optional
          optionalLabel={optional}
          value={values.startsAt}
          onChange={set('startsAt')}
          error={fields.startsAt}
        />
        <TextField
          label={t('events.session.position')}
          hint={t('events.session.positionHint')}
          name="position"
          type="number"
          inputMode="numeric"
          min={0}
          optional
          optionalLabel={optional}
          value={values.position}
          onChange={set('position')}
          error={fields.position}
        />
      </div>
      <TextAreaField
        label={t('events.session.description')}
        name="description"
        optional
        optionalLabel={optional}
        rows={3}
        value={values.description}
        onChange={set('description')}
        error={fields.description}
      />
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
