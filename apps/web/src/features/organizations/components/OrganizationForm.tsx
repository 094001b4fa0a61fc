import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationInputSchema, type OrganizationInput } from '@alliance/domain';
import type { ApiError } from '../../../ui/errors';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { useSluggedForm, type SluggedFormProps } from '../../../ui/useSluggedForm';
import { CountryOptions } from './CountryOptions';
import { StakeholderTypeOptions } from './StakeholderTypeOptions';

export interface OrganizationFormValues {
  name: string;
  slug: string;
  stakeholderType: string;
  country: string;
  website: string;
  description: string;
}

export const EMPTY_ORGANIZATION: OrganizationFormValues = {
  name: '',
  slug: '',
  stakeholderType: '',
  country: '',
  website: '',
  description: '',
};

interface OrganizationFormProps extends SluggedFormProps<
  OrganizationFormValues,
  OrganizationInput
> {
  /** Shown inside the error box, e.g. "verify your email first" help. */
  errorHelp?: (error: ApiError) => ReactNode;
}

/** An organization's details, checked with the shared schema before they are sent. */
export function OrganizationForm({
  initial = EMPTY_ORGANIZATION,
  suggestSlug = false,
  submitLabel,
  busy = false,
  onSubmit,
  errorHelp,
  children,
}: OrganizationFormProps) {
  const { t } = useTranslation();
  const { values, set, submit, error, fields, formRef } = useSluggedForm({
    initial,
    slugFrom: 'name',
    suggestSlug,
    schema: organizationInputSchema,
    onSubmit,
  });

  const optional = t('common.optional');
  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-busy={busy}>
      <FormError error={error}>{error && errorHelp?.(error)}</FormError>
      <TextField
        label={t('organizationForm.name')}
        name="name"
        required
        autoComplete="organization"
        value={values.name}
        onChange={set('name')}
        error={fields.name}
      />
      <TextField
        label={t('organizationForm.slug')}
        hint={t('organizationForm.slugHint', { slug: values.slug || 'my-organization' })}
        name="slug"
        optional
        optionalLabel={optional}
        spellCheck={false}
        autoCapitalize="none"
        value={values.slug}
        onChange={set('slug')}
        error={fields.slug}
      />
      <SelectField
        label={t('organizationForm.stakeholderType')}
        name="stakeholderType"
        required
        value={values.stakeholderType}
        onChange={set('stakeholderType')}
        error={fields.stakeholderType}
      >
        <option value="">{t('organizationForm.chooseType')}</option>
        <StakeholderTypeOptions />
      </SelectField>
      <SelectField
        label={t('organizationForm.country')}
        hint={t('organizationForm.countryHint')}
        name="country"
        required
        value={values.country}
        onChange={set('country')}
        error={fields.country}
      >
        <option value="">{t('organizationForm.chooseCountry')}</option>
        <CountryOptions />
      </SelectField>
      <TextField
        label={t('organizationForm.website')}
        hint={t('organizationForm.websiteHint')}
        name="website"
        type="url"
        inputMode="url"
        optional
        optionalLabel={optional}
        value={values.website}
        onChange={set('website')}
        error={fields.website}
      />
      <TextAreaField
        label={t('organizationForm.description')}
        name="description"
        optional
        optionalLabel={optional}
        rows={5}
        value={values.description}
        onChange={set('description')}
        error={fields.description}
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
