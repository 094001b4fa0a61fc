import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { fieldErrors, passwordSchema, type FieldError } from '@alliance/domain';
import { ChangePasswordDocument } from '@alliance/graphql';
import { attempt } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';
import { PasswordField, PasswordRules } from '../../auth';

/** Changes the password with the current one; the API signs out every other browser. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const empty = { currentPassword: '', newPassword: '', confirm: '' };
  const [values, setValues] = useState(empty);
  const [done, setDone] = useState(false);
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [name]: event.target.value }));
    setDone(false);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!values.currentPassword) {
      problems.push({ field: 'currentPassword', message: t('profile.password.currentMissing') });
    }
    const parsed = passwordSchema.safeParse(values.newPassword);
    if (!parsed.success) {
      problems.push(...fieldErrors(parsed.error).map((e) => ({ ...e, field: 'newPassword' })));
    } else if (values.confirm !== values.newPassword) {
      problems.push({ field: 'confirm', message: t('auth.fields.confirmMismatch') });
    }
    if (problems.length) return invalid(problems);
    clear();
    const result = await attempt(() =>
      changePassword({
        variables: {
          input: { currentPassword: values.currentPassword, newPassword: values.newPassword },
        },
      }),
    );
    if (!result.ok) return fail(result.error);
    setValues(empty);
    setDone(true);
    onChanged();
  }

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
      <p className="muted">{t('profile.password.intro')}</p>
      <FormError error={error} />
      <PasswordField
        label={t('auth.fields.currentPassword')}
        name="currentPassword"
        autoComplete="current-password"
        required
        value={values.currentPassword}
        onChange={set('currentPassword')}
        error={fields.currentPassword}
      />
      <PasswordField
        label={t('auth.fields.newPassword')}
        hint={<PasswordRules />}
        name="newPassword"
        autoComplete="new-password"
        required
        value={values.newPassword}
        onChange={set('newPassword')}
        error={fields.newPassword}
      />
      <PasswordField
        label={t('auth.fields.confirmPassword')}
        name="confirmPassword"
        autoComplete="new-password"
        required
        value={values.confirm}
        onChange={set('confirm')}
        error={fields.confirm}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={loading}>
          {t('profile.password.submit')}
        </button>
        <span role="status">{done ? t('profile.password.done') : ''}</span>
      </div>
    </form>
  );
}
