import { useTranslation } from 'react-i18next';
import { collectionInputSchema, type CollectionInput } from '@alliance/domain';
import { TextAreaField, TextField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { FormError } from '../../../ui/FormError';
import { useSluggedForm, type SluggedFormProps } from '../../../ui/useSluggedForm';

export interface CollectionFormValues {
  title: string;
  slug: string;
  introduction: string;
}

export const EMPTY_COLLECTION: CollectionFormValues = { title: '', slug: '', introduction: '' };

/** A collection's title, short name and introduction, checked with the shared schema. */
export function CollectionForm({
  initial = EMPTY_COLLECTION,
  suggestSlug = false,
  submitLabel,
  busy = false,
  onSubmit,
  children,
}: SluggedFormProps<CollectionFormValues, CollectionInput>) {
  const { t } = useTranslation();
  const { values, set, submit, error, fields, formRef } = useSluggedForm({
    initial,
    slugFrom: 'title',
    suggestSlug,
    schema: collectionInputSchema,
    onSubmit,
  });

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
      <FormActions submitLabel={submitLabel} busy={busy}>
        {children}
      </FormActions>
    </form>
  );
}
