import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { displayNameSchema, fieldErrors } from '@alliance/domain';
import { UpdateProfileDocument } from '@alliance/graphql';
import { attempt } from '../../../ui/errors';
import { TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';

/** Edits the name shown to others (updateProfile). */
export function DisplayNameForm({ current }: { current: string }) {
  const { t } = useTranslation();
  const [updateProfile, { loading }] = useMutation(UpdateProfileDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [displayName, setDisplayName] = useState(current);
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const parsed = displayNameSchema.safeParse(displayName);
    if (!parsed.success) {
      return invalid(fieldErrors(parsed.error).map((e) => ({ ...e, field: 'displayName' })));
    }
    clear();
    // The answer updates the cached viewer, so the header shows the new name at once.
    const result = await attempt(() =>
      updateProfile({ variables: { input: { displayName: parsed.data } } }),
    );
    if (!result.ok) return fail(result.error);
    setSaved(true);
  }

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
      <FormError error={error} />
      <TextField
        label={t('auth.fields.displayName')}
        hint={t('auth.fields.displayNameHint')}
        name="displayName"
        autoComplete="name"
        required
        value={displayName}
        onChange={(e) => {
          setDisplayName(e.target.value);
          setSaved(false);
        }}
        error={fields.displayName}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={loading}>
          {t('profile.account.save')}
        </button>
        <span role="status">{saved ? t('profile.account.saved') : ''}</span>
      </div>
    </form>
  );
}
