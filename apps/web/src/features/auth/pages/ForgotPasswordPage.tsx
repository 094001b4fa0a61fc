import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { emailSchema, fieldErrors } from '@alliance/domain';
import { RequestPasswordResetDocument } from '@alliance/graphql';
import { attempt } from '../../../ui/errors';
import { TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { PageTitle } from '../../../ui/PageTitle';
import { useFormErrors } from '../../../ui/useFormErrors';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [requestReset, { loading }] = useMutation(RequestPasswordResetDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = emailSchema.safeParse(email);
    if (!parsed.success) {
      return invalid(fieldErrors(parsed.error).map((e) => ({ ...e, field: 'email' })));
    }
    clear();
    const result = await attempt(() => requestReset({ variables: { email: parsed.data } }));
    if (!result.ok) return fail(result.error);
    setSentTo(parsed.data);
  }

  return (
    <div className="narrow">
      <PageTitle page={t('auth.forgot.title')} />
      <h1>{t('auth.forgot.title')}</h1>
      {sentTo ? (
        <div className="notice notice--success" role="status">
          <p>{t('auth.forgot.sent', { email: sentTo })}</p>
          <p>
            <Link to="/sign-in">{t('auth.forgot.backToSignIn')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('auth.forgot.intro')}</p>
          <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
            <FormError error={error} />
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
            <div className="form__actions">
              <button type="submit" className="button" disabled={loading}>
                {t('auth.forgot.submit')}
              </button>
              <Link to="/sign-in">{t('auth.forgot.backToSignIn')}</Link>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
