import { useTranslation } from 'react-i18next';
import type { PracticeState } from '@alliance/graphql';

interface StateBannerProps {
  /** A practice or a misuse pattern: both go through the same life cycle. */
  item: { state: PracticeState; moderationNote?: string | null; publishedAt?: string | null };
  /** Where its words are: the practice's, or the pattern's (the same keys). */
  messages: 'stateBanner' | 'misusePatterns.stateBanner';
}

/**
 * Why the content is not (or no longer) in the library: a draft, a draft a moderator sent
 * back with a reason (its owners see the reason), or archived.
 */
export function StateBanner({ item, messages }: StateBannerProps) {
  const { t } = useTranslation();
  if (item.state === 'PUBLISHED') return null;
  if (item.state === 'ARCHIVED') {
    return (
      <div className="notice" role="note" data-testid="state-banner" data-state="ARCHIVED">
        <p>
          <strong>{t(`${messages}.archivedTitle`)}</strong> {t(`${messages}.archived`)}
        </p>
      </div>
    );
  }
  if (item.moderationNote) {
    return (
      <div
        className="notice notice--warning"
        role="note"
        data-testid="state-banner"
        data-state="UNPUBLISHED"
      >
        <p>
          <strong>{t(`${messages}.unpublishedTitle`)}</strong> {t(`${messages}.unpublished`)}
        </p>
        <blockquote className="quote" data-testid="moderation-note">
          {item.moderationNote}
        </blockquote>
      </div>
    );
  }
  return (
    <div className="notice" role="note" data-testid="state-banner" data-state="DRAFT">
      <p>
        <strong>{t(`${messages}.draftTitle`)}</strong>{' '}
        {item.publishedAt ? t(`${messages}.draftAgain`) : t(`${messages}.draft`)}
      </p>
    </div>
  );
}
