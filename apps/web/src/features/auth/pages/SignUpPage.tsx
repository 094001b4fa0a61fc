import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fieldErrors, signUpInputSchema } from '@alliance/domain';
import { SignUpDocument } from '@alliance/graphql';
import { attempt } from '../../../ui/errors';
import { TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { PageTitle } from '../../../ui/PageTitle';
import { useFormErrors } from '../../../ui/useFormErrors';
import { PasswordField } from '../components/PasswordField';
import { PasswordRules } from '../components/PasswordRules';
import { useSessionChanged } from '../hooks/useSessionChanged';
import { safeNext, withNext } from '../next';

export function SignUpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [signUp, { loading }] = useMutation(SignUpDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [values, setValues] = useState({
    email: params.get('email') ?? '',
    displayName: '',
    password: '',
  });
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // The same rules as the API, so the same messages, before anything is sent.
    const parsed = signUpInputSchema.safeParse(values);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    clear();
    const result = await attempt(() => signUp({ variables: { input: parsed.data } }));
    if (!result.ok) return fail(result.error);
    await sessionChanged();
    await navigate(next, { replace: true });
  }

  return (
    <div className="narrow">
      <PageTitle page={t('auth.signUp.title')} />
      <h1>{t('auth.signUp.title')}</h1>
      <p className="lead">{t('auth.signUp.intro')}</p>
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <FormError error={error}>
          {error?.code === 'CONFLICT' && fields.email && (
            <p>
              <Link to={withNext('/sign-in', next, { email: values.email })}>
                {t('auth.signUp.signInInstead')}
              </Link>{' '}
              · <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
            </p>
          )}
        </FormError>
        <TextField
          label={t('auth.fields.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={values.email}
          onChange={set('email')}
          error={fields.email}
        />
        <TextField
          label={t('auth.fields.displayName')}
          hint={t('auth.fields.displayNameHint')}
          name="displayName"
          autoComplete="name"
          required
          value={values.displayName}
          onChange={set('displayName')}
          error={fields.displayName}
        />
        <PasswordField
          label={t('auth.fields.password')}
          hint={<PasswordRules withEmail />}
          name="password"
          autoComplete="new-password"
          required
          value={values.password}
          onChange={set('password')}
          error={fields.password}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('auth.signUp.submitting') : t('auth.signUp.submit')}
          </button>
        </div>
      </form>
      <p className="muted">
        {t('auth.signUp.haveAccount')}{' '}
        <Link to={withNext('/sign-in', next)}>{t('auth.signUp.signIn')}</Link>
      </p>
    </div>
  );
}
