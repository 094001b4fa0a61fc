import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  collectionInputSchema,
  fieldErrors,
  slugify,
  type CollectionInput,
} from '@alliance/domain';
import type { ApiError } from '../../../ui/errors';
import { TextAreaField, TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';

export interface CollectionFormValues {
  title: string;
  slug: string;
  introduction: string;
}

export const EMPTY_COLLECTION: CollectionFormValues = { title: '', slug: '', introduction: '' };

interface CollectionFormProps {
  initial?: CollectionFormValues;
  /** Suggest the short name from the title until the user edits it (new collections). */
  suggestSlug?: boolean;
  submitLabel: string;
  busy?: boolean;
  /** Sends the validated input; resolves to the API's error, or null on success. */
  onSubmit: (input: CollectionInput) => Promise<ApiError | null>;
  children?: ReactNode;
}

/** A collection's title, short name and introduction, checked with the shared schema. */
export function CollectionForm({
  initial = EMPTY_COLLECTION,
  suggestSlug = false,
  submitLabel,
  busy = false,
  onSubmit,
  children,
}: CollectionFormProps) {
  const { t } = useTranslation();
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [values, setValues] = useState(initial);
  const [slugTouched, setSlugTouched] = useState(!suggestSlug);

  const set = (name: keyof CollectionFormValues) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setValues((v) => {
      const next = { ...v, [name]: value };
      if (name === 'title' && !slugTouched) next.slug = slugify(value);
      return next;
    });
    if (name === 'slug') setSlugTouched(true);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = collectionInputSchema.safeParse(values);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    clear();
    const failure = await onSubmit(parsed.data);
    if (failure) fail(failure);
  }

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-busy={busy}>
      <FormError error={error} />
      <TextField
        label={t('collections.form.title')}
        name="title"
        required
        value={values.title}
        onChange={set('title')}
        error={fields.title}
      />
      <TextField
        label={t('collections.form.slug')}
        hint={t('collections.form.slugHint', {
          slug: values.slug || 'tools-for-the-financial-sector',
        })}
        name="slug"
        optional
        optionalLabel={t('common.optional')}
        spellCheck={false}
        autoCapitalize="none"
        value={values.slug}
        onChange={set('slug')}
        error={fields.slug}
      />
      <TextAreaField
        label={t('collections.form.introduction')}
        hint={t('collections.form.introductionHint')}
        name="introduction"
        optional
        optionalLabel={t('common.optional')}
        rows={6}
        value={values.introduction}
        onChange={set('introduction')}
        error={fields.introduction}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
