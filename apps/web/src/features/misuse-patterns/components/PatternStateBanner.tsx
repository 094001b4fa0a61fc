import { useTranslation } from 'react-i18next';
import type { MisusePatternDetailsFragment } from '@alliance/graphql';

/**
 * Why the pattern is not (or no longer) in the library: a draft, a draft a moderator took out
 * with a reason (its owners see the reason), or archived.
 */
export function PatternStateBanner({ pattern }: { pattern: MisusePatternDetailsFragment }) {
  const { t } = useTranslation();
  if (pattern.state === 'PUBLISHED') return null;
  if (pattern.state === 'ARCHIVED') {
    return (
      <div className="notice" role="note" data-testid="state-banner" data-state="ARCHIVED">
        <p>
          <strong>{t('misusePatterns.stateBanner.archivedTitle')}</strong>{' '}
          {t('misusePatterns.stateBanner.archived')}
        </p>
      </div>
    );
  }
  if (pattern.moderationNote) {
    return (
      <div
        className="notice notice--warning"
        role="note"
        data-testid="state-banner"
        data-state="UNPUBLISHED"
      >
        <p>
          <strong>{t('misusePatterns.stateBanner.unpublishedTitle')}</strong>{' '}
          {t('misusePatterns.stateBanner.unpublished')}
        </p>
        <blockquote className="quote" data-testid="moderation-note">
          {pattern.moderationNote}
        </blockquote>
      </div>
    );
  }
  return (
    <div className="notice" role="note" data-testid="state-banner" data-state="DRAFT">
      <p>
        <strong>{t('misusePatterns.stateBanner.draftTitle')}</strong>{' '}
        {pattern.publishedAt
          ? t('misusePatterns.stateBanner.draftAgain')
          : t('misusePatterns.stateBanner.draft')}
      </p>
    </div>
  );
}
