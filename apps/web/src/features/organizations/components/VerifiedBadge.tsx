import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../app/i18n/useDateFormat';

/** "Verified" (by a platform admin), optionally with the date. */
export function VerifiedBadge({ verifiedAt }: { verifiedAt?: string | null }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (
    <span className="badge badge--verified" data-testid="verified-badge">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M6.5 11.2 3.3 8l1.1-1.1 2.1 2.1 5.1-5.1L12.7 5z" fill="currentColor" />
      </svg>
      {verifiedAt
        ? t('organizations.verifiedOn', { date: format.date(verifiedAt) })
        : t('organizations.verified')}
    </span>
  );
}
