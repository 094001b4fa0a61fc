import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fieldErrors,
  organizationInputSchema,
  slugify,
  type OrganizationInput,
} from '@alliance/domain';
import type { ApiError } from '../../../ui/errors';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';
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

interface OrganizationFormProps {
  initial?: OrganizationFormValues;
  /** Suggest the slug from the name until the user edits it (new organizations). */
  suggestSlug?: boolean;
  submitLabel: string;
  busy?: boolean;
  /** Sends the validated input; resolves to the API's error, or null on success. */
  onSubmit: (input: OrganizationInput) => Promise<ApiError | null>;
  /** Shown inside the error box, e.g. "verify your email first" help. */
  errorHelp?: (error: ApiError) => ReactNode;
  children?: ReactNode;
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
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [values, setValues] = useState(initial);
  const [slugTouched, setSlugTouched] = useState(!suggestSlug);

  const set = (name: keyof OrganizationFormValues) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setValues((v) => {
      const nextValues = { ...v, [name]: value };
      if (name === 'name' && !slugTouched) nextValues.slug = slugify(value);
      return nextValues;
    });
    if (name === 'slug') setSlugTouched(true);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = organizationInputSchema.safeParse(values);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    clear();
    const failure = await onSubmit(parsed.data);
    if (failure) fail(failure);
  }

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
