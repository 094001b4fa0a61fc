import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PracticeCardFragment } from '@alliance/graphql';
import { VerifiedBadge } from '../../organizations';
import { useLabels } from '../../../ui/taxonomy/useLabels';
import { BookmarkButton } from './BookmarkButton';
import { StateBadge, VisibilityBadge } from '../../../ui/ContentBadges';
import { TagList } from '../../../ui/taxonomy/TagList';

/** Countries shown on a card before "and N more". */
const CARD_COUNTRIES = 3;

interface PracticeCardProps {
  practice: PracticeCardFragment;
  /** Signed in: show the bookmark toggle. */
  canBookmark?: boolean;
  /** Show the life-cycle state and visibility (the viewer's own organization's practices). */
  showState?: boolean;
  /** Extra actions ("Edit"). */
  children?: ReactNode;
}

/** One practice in a list: title, summary, owner, focus areas, status, where, endorsements. */
export function PracticeCard({
  practice,
  canBookmark = false,
  showState = false,
  children,
}: PracticeCardProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const countries = practice.countries.map(labels.country);
  const shownCountries = countries.slice(0, CARD_COUNTRIES).join(', ');
  const more = countries.length - CARD_COUNTRIES;

  return (
    <article
      className="practice-card"
      data-testid="practice-card"
      data-slug={practice.slug}
      data-state={practice.state}
    >
      <h2 className="practice-card__title">
        <Link to={`/practices/${practice.slug}`}>{practice.title}</Link>
      </h2>
      <p className="practice-card__org">
        <span>{practice.organization.name}</span>
        {practice.organization.verified && <VerifiedBadge />}
      </p>
      {showState && (
        <p className="practice-card__badges">
          <StateBadge state={practice.state} />
          <VisibilityBadge visibility={practice.visibility} />
        </p>
      )}
      <p className="practice-card__summary">{practice.summary}</p>
      <TagList kind="focusArea" codes={practice.focusAreas} label={t('practice.focusAreas')} />
      <p className="practice-card__meta">
        <span className="badge badge--status">
          {labels.taxonomy('practiceStatus', practice.status)}
        </span>
        {(countries.length > 0 || practice.global) && (
          <span className="practice-card__where">
            {practice.global && t('practice.global')}
            {practice.global && countries.length > 0 && ' · '}
            {shownCountries}
            {more > 0 && ` ${t('practice.moreCountries', { count: more })}`}
          </span>
        )}
        <span
          className="practice-card__endorsements"
          data-testid="card-endorsement-count"
          data-value={practice.endorsementCount}
        >
          {t('practice.endorsementCount', { count: practice.endorsementCount })}
        </span>
      </p>
      {(canBookmark || children) && (
        <div className="practice-card__actions">
          {canBookmark && <BookmarkButton practice={practice} />}
          {children}
        </div>
      )}
    </article>
  );
}
