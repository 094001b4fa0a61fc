import { useTranslation } from 'react-i18next';
import type { PracticeDetailsFragment } from '@alliance/graphql';

/**
 * Why the practice is not (or no longer) in the library: a draft, a draft a moderator sent
 * back with a reason (its owners see the reason), or archived.
 */
export function StateBanner({ practice }: { practice: PracticeDetailsFragment }) {
  const { t } = useTranslation();
  if (practice.state === 'PUBLISHED') return null;
  if (practice.state === 'ARCHIVED') {
    return (
      <div className="notice" role="note" data-testid="state-banner" data-state="ARCHIVED">
        <p>
          <strong>{t('stateBanner.archivedTitle')}</strong> {t('stateBanner.archived')}
        </p>
      </div>
    );
  }
  if (practice.moderationNote) {
    return (
      <div
        className="notice notice--warning"
        role="note"
        data-testid="state-banner"
        data-state="UNPUBLISHED"
      >
        <p>
          <strong>{t('stateBanner.unpublishedTitle')}</strong> {t('stateBanner.unpublished')}
        </p>
        <blockquote className="quote" data-testid="moderation-note">
          {practice.moderationNote}
        </blockquote>
      </div>
    );
  }
  return (
    <div className="notice" role="note" data-testid="state-banner" data-state="DRAFT">
      <p>
        <strong>{t('stateBanner.draftTitle')}</strong>{' '}
        {practice.publishedAt ? t('stateBanner.draftAgain') : t('stateBanner.draft')}
      </p>
    </div>
  );
}
