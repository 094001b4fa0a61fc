import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { fieldErrors, passwordSchema } from '@alliance/domain';
import { ResetPasswordDocument } from '@alliance/graphql';
import { attempt } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';
import { PageTitle } from '../../../ui/PageTitle';
import { useFormErrors } from '../../../ui/useFormErrors';
import { PasswordField } from '../components/PasswordField';
import { PasswordRules } from '../components/PasswordRules';
import { useSessionChanged } from '../hooks/useSessionChanged';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const sessionChanged = useSessionChanged();
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = passwordSchema.safeParse(password);
    const problems = parsed.success
      ? []
      : fieldErrors(parsed.error).map((e) => ({ ...e, field: 'newPassword' }));
    if (parsed.success && confirm !== password) {
      problems.push({ field: 'confirm', message: t('auth.fields.confirmMismatch') });
    }
    if (problems.length) return invalid(problems);
    clear();
    const result = await attempt(() =>
      resetPassword({ variables: { input: { token, newPassword: password } } }),
    );
    if (!result.ok) return fail(result.error);
    // Every session was signed out, possibly this one too.
    await sessionChanged();
    setDone(true);
  }

  let body;
  if (!token) {
    body = (
      <div className="notice notice--error" role="alert">
        <p>{t('auth.reset.noToken')}</p>
        <p>
          <Link to="/forgot-password">{t('auth.reset.askAgain')}</Link>
        </p>
      </div>
    );
  } else if (done) {
    body = (
      <div className="notice notice--success" role="status">
        <p>{t('auth.reset.done')}</p>
        <p>
          <Link className="button" to="/sign-in">
            {t('auth.reset.signIn')}
          </Link>
        </p>
      </div>
    );
  } else {
    body = (
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <FormError error={error}>
          {error?.code === 'INVALID_TOKEN' && (
            <p>
              <Link to="/forgot-password">{t('auth.reset.askAgain')}</Link>
            </p>
          )}
        </FormError>
        <PasswordField
          label={t('auth.fields.newPassword')}
          hint={<PasswordRules />}
          name="newPassword"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.newPassword}
        />
        <PasswordField
          label={t('auth.fields.confirmPassword')}
          name="confirmPassword"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={fields.confirm}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={loading}>
            {t('auth.reset.submit')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="narrow">
      <PageTitle page={t('auth.reset.title')} />
      <h1>{t('auth.reset.title')}</h1>
      {body}
    </div>
  );
}
