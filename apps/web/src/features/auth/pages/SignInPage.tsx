import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fieldErrors, signInInputSchema } from '@alliance/domain';
import { SignInDocument } from '@alliance/graphql';
import { attempt } from '../../../ui/errors';
import { TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { PageTitle } from '../../../ui/PageTitle';
import { useFormErrors } from '../../../ui/useFormErrors';
import { PasswordField } from '../components/PasswordField';
import { useSessionChanged } from '../hooks/useSessionChanged';
import { useViewer } from '../hooks/useViewer';
import { safeNext, withNext } from '../next';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const { viewer } = useViewer();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = signInInputSchema.safeParse({ email, password });
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    clear();
    const result = await attempt(() => signIn({ variables: { input: parsed.data } }));
    if (!result.ok) return fail(result.error);
    await sessionChanged();
    await navigate(next, { replace: true });
  }

  return (
    <div className="narrow">
      <PageTitle page={t('auth.signIn.title')} />
      <h1>{t('auth.signIn.title')}</h1>
      {viewer && (
        <p className="notice" role="status">
          {t('auth.signIn.alreadySignedIn', { name: viewer.displayName })}{' '}
          <Link to={next}>{t('auth.signIn.continue')}</Link>
        </p>
      )}
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <FormError error={error}>
          {(error?.code === 'ACCOUNT_LOCKED' || error?.code === 'RATE_LIMITED') && (
            <p>
              <Link to="/forgot-password">{t('auth.signIn.resetInstead')}</Link>
            </p>
          )}
        </FormError>
        <TextField
          label={t('auth.fields.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
        />
        <PasswordField
          label={t('auth.fields.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
        />
        <p className="form__aside">
          <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
        </p>
        <div className="form__actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
          </button>
        </div>
      </form>
      <p className="muted">
        {t('auth.signIn.noAccount')}{' '}
        <Link to={withNext('/sign-up', next)}>{t('auth.signIn.signUp')}</Link>
      </p>
    </div>
  );
}
