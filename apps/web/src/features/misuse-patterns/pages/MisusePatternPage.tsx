import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { MisusePatternPageDocument } from '@alliance/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Markdown } from '../../../ui/Markdown';
import { PageTitle } from '../../../ui/PageTitle';
import { useViewer } from '../../auth';
import { NotFoundPage } from '../../errors';
import { StateBadge, VisibilityBadge } from '../../../ui/ContentBadges';
import { StateBanner } from '../../../ui/StateBanner';
import { PatternActions } from '../components/PatternActions';
import {
  FlagPattern,
  FollowButton,
  PatternDiscussion,
  RelatedThreads,
  usePatternCommunity,
} from '../components/PatternCommunity';
import { PresentedAt } from '../../events';
import { PatternCountermeasures } from '../components/PatternCountermeasures';
import { PatternFacts } from '../components/PatternFacts';
import '../misuse-patterns.css';

/** What the editor left to say after navigating here. */
export type PatternFlash = 'draft' | 'published' | 'saved';

/**
 * One misuse pattern: summary, description (sanitised markdown), indicators, the practices that
 * counter it, threads about it and its discussion, with the facts alongside. Patterns the
 * viewer may not see are "not found", exactly like those that do not exist.
 */
export function MisusePatternPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const location = useLocation();
  const { viewer } = useViewer();
  const { data, loading, refetch } = useQuery(MisusePatternPageDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const community = usePatternCommunity(slug);
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const pattern = data?.misusePattern;

  if (!data) {
    if (loading) return <LoadingState />;
    return <ErrorState message={t('misusePatterns.page.loadError')} onRetry={reload} />;
  }
  if (!pattern) return <NotFoundPage />;

  const flash = (location.state as { flash?: PatternFlash } | null)?.flash;
  const countermeasures = pattern.countermeasures.edges.map((edge) => edge.node);
  const communityData = community.data?.misusePattern ?? undefined;

  return (
    <article className="practice pattern" data-testid="pattern-page" data-state={pattern.state}>
      <PageTitle page={pattern.title} />
      <header className="page-header practice__header">
        <div>
          <p className="eyebrow">
            <Link to="/misuse-patterns">{t('misusePatterns.library.title')}</Link>
            {' · '}
            {pattern.organization.name}
          </p>
          <h1>{pattern.title}</h1>
          <p className="org-status">
            {pattern.state !== 'PUBLISHED' && <StateBadge state={pattern.state} />}
            <VisibilityBadge visibility={pattern.visibility} visibleTo={pattern.visibleTo} />
          </p>
        </div>
        {viewer && communityData && <FollowButton community={communityData} />}
      </header>

      {flash && (
        <p className="notice notice--success" role="status" data-testid="flash">
          {t(`misusePatterns.page.flash.${flash}`)}
        </p>
      )}
      <StateBanner item={pattern} messages="misusePatterns.stateBanner" />
      <PatternActions pattern={pattern} viewer={viewer} />

      <div className="practice__layout">
        <div className="practice__main">
          <section aria-labelledby="pattern-summary-heading">
            <h2 id="pattern-summary-heading" className="visually-hidden">
              {t('misusePatterns.fields.summary')}
            </h2>
            <p className="lead" data-testid="pattern-summary">
              {pattern.summary}
            </p>
          </section>
          {pattern.description.trim() ? (
            <Markdown className="markdown prose">{pattern.description}</Markdown>
          ) : (
            <p className="muted">{t('misusePatterns.page.noDescription')}</p>
          )}
          <section
            className="card indicators"
            aria-labelledby="pattern-indicators-heading"
            data-testid="pattern-indicators"
          >
            <h2 id="pattern-indicators-heading">{t('misusePatterns.fields.indicators')}</h2>
            {pattern.indicators.length === 0 ? (
              <p className="muted">{t('misusePatterns.page.noIndicators')}</p>
            ) : (
              <ul className="indicator-list" aria-labelledby="pattern-indicators-heading">
                {pattern.indicators.map((indicator, index) => (
                  <li key={index}>{indicator}</li>
                ))}
              </ul>
            )}
          </section>
          <PatternCountermeasures
            pattern={pattern}
            countermeasures={countermeasures}
            viewer={viewer}
          />
          <PresentedAt itemId={pattern.id} />
          {pattern.state === 'PUBLISHED' && (
            <>
              <RelatedThreads community={communityData} />
              <PatternDiscussion
                patternId={pattern.id}
                community={communityData}
                loading={community.loading}
                viewer={viewer}
                reload={() => community.refetch()}
              />
            </>
          )}
          {viewer && <FlagPattern patternId={pattern.id} />}
        </div>
        <PatternFacts pattern={pattern} />
      </div>
    </article>
  );
}
