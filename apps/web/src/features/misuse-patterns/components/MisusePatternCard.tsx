import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MisusePatternCardFragment } from '@alliance/graphql';
import { VerifiedBadge } from '../../organizations';
import { StateBadge, VisibilityBadge } from '../../../ui/ContentBadges';
import { PatternTags, TrendBadge } from './PatternTags';

interface MisusePatternCardProps {
  pattern: MisusePatternCardFragment;
  /** Show the life-cycle state (drafts in the editors' lists). */
  showState?: boolean;
  /** The heading level of the title (2 in the library, 3 inside a section). */
  headingLevel?: 2 | 3;
  /** Extra actions ("Call for partners"). */
  children?: ReactNode;
}

/**
 * One misuse pattern in a list: title, owner, summary, stages and technologies, trend, and how
 * many countermeasures the viewer can see (a gap when there are none).
 */
export function MisusePatternCard({
  pattern,
  showState = false,
  headingLevel = 2,
  children,
}: MisusePatternCardProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const count = pattern.countermeasureCount;
  return (
    <article
      className="practice-card pattern-card"
      data-testid="pattern-card"
      data-slug={pattern.slug}
      data-state={pattern.state}
    >
      <Heading className="practice-card__title">
        <Link to={`/misuse-patterns/${pattern.slug}`}>{pattern.title}</Link>
      </Heading>
      <p className="practice-card__org">
        <span>{pattern.organization.name}</span>
        {pattern.organization.verified && <VerifiedBadge />}
      </p>
      {(showState || pattern.visibility !== 'PUBLIC') && (
        <p className="practice-card__badges">
          {showState && <StateBadge state={pattern.state} />}
          <VisibilityBadge visibility={pattern.visibility} visibleTo={pattern.visibleTo} />
        </p>
      )}
      <p className="practice-card__summary">{pattern.summary}</p>
      <PatternTags kind="stage" codes={pattern.stages} label={t('misusePatterns.fields.stages')} />
      <PatternTags
        kind="technology"
        codes={pattern.technologies}
        label={t('misusePatterns.fields.technologies')}
        className="tag-list tag-list--secondary"
      />
      <p className="practice-card__meta">
        <TrendBadge trend={pattern.trend} />
        <span
          className={count === 0 ? 'pattern-card__gap' : undefined}
          data-testid="card-countermeasure-count"
          data-value={count}
        >
          {count === 0
            ? t('misusePatterns.card.noCountermeasures')
            : t('misusePatterns.card.countermeasureCount', { count })}
        </span>
      </p>
      {children && <div className="practice-card__actions">{children}</div>}
    </article>
  );
}
