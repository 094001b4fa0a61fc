import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { type Viewer, withNext } from '../../auth';
import { CallForPartnersForm } from './CallForPartnersForm';

interface CallForPartnersActionProps {
  pattern: { id: string; title: string };
  viewer: Viewer | null;
}

/** "Call for partners": opens the form in place (visitors are asked to sign in first). */
export function CallForPartnersAction({ pattern, viewer }: CallForPartnersActionProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  if (!viewer) {
    return (
      <Link
        className="button button--secondary button--small"
        to={withNext('/sign-in', location.pathname + location.search)}
      >
        {t('misusePatterns.callForPartners.signIn')}
      </Link>
    );
  }
  if (open) return <CallForPartnersForm pattern={pattern} onCancel={() => setOpen(false)} />;
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={t('misusePatterns.callForPartners.openLabel', { title: pattern.title })}
      onClick={() => setOpen(true)}
    >
      {t('misusePatterns.callForPartners.open')}
    </button>
  );
}
