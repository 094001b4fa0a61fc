import { useQuery } from '@apollo/client/react';
import { PlatformInfoDocument } from '@alliance/graphql';
import { useTranslation } from 'react-i18next';

/**
 * A slim line on every page while the platform runs in demo mode (development, or demo accounts
 * present): anyone who reaches it can sign in with the README's demo password and read the dev
 * mailbox, so nobody should enter real data. Nothing shows until the API has said so.
 */
export function DemoModeBanner() {
  const { t } = useTranslation();
  const { data } = useQuery(PlatformInfoDocument);
  if (!data?.platformInfo.demoMode) return null;
  return (
    <div className="demo-banner" role="note" data-testid="demo-mode-banner">
      <p className="container">{t('app.demoMode')}</p>
    </div>
  );
}
