import { useTranslation } from 'react-i18next';
import { useViewer } from '../hooks/useViewer';
import { ResendVerificationButton } from './ResendVerificationButton';

/** Asks a signed-in user whose address is not verified yet to click the emailed link. */
export function VerifyEmailBanner() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer || viewer.emailVerified) return null;
  return (
    <section
      className="banner"
      aria-label={t('auth.banner.label')}
      data-testid="verify-email-banner"
    >
      <div className="container banner__inner">
        <p>{t('auth.banner.text', { email: viewer.email })}</p>
        <ResendVerificationButton className="button button--small button--secondary" />
      </div>
    </section>
  );
}
