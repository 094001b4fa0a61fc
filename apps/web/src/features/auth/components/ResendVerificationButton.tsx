import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { ResendVerificationEmailDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';

/** "Send the link again", with its outcome announced. */
export function ResendVerificationButton({
  className = 'button button--secondary',
}: {
  className?: string;
}) {
  const { t } = useTranslation();
  const [resend, { loading }] = useMutation(ResendVerificationEmailDocument);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function onClick() {
    setError(null);
    setSent(false);
    const result = await attempt(() => resend());
    if (result.ok) setSent(true);
    else setError(result.error);
  }

  return (
    <div className="resend">
      <button type="button" className={className} onClick={onClick} disabled={loading}>
        {t('auth.verify.resend')}
      </button>
      <span role="status" className="resend__status">
        {sent ? t('auth.verify.resent') : ''}
      </span>
      <FormError error={error} />
    </div>
  );
}
