import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { PracticePageDocument } from '@alliance/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Markdown } from '../../../ui/Markdown';
import { PageTitle } from '../../../ui/PageTitle';
import { Tabs, type Tab } from '../../../ui/Tabs';
import { useViewer } from '../../auth';
import { PracticeDiscussion } from '../../discussions';
import { NotFoundPage } from '../../errors';
import { PresentedAt } from '../../events';
import { BookmarkButton } from '../components/BookmarkButton';
import { EndorsementsSection } from '../components/EndorsementsSection';
import { StateBadge, VisibilityBadge } from '../../../ui/ContentBadges';
import { PracticeActions } from '../components/PracticeActions';
import { PracticeFacts } from '../components/PracticeFacts';
import { RevisionHistory } from '../components/RevisionHistory';
import { StateBanner } from '../../../ui/StateBanner';

type TabKey = 'overview' | 'history';

/** What the editor or an action left to say after navigating here. */
export type PracticeFlash = 'draft' | 'published' | 'saved';

/** What the page needs to place another room's section about the practice. */
export interface PracticeSlotProps {
  id: string;
  slug: string;
  title: string;
  viewerCanEdit: boolean;
}

interface PracticePageProps {
  /**
   * The misuse patterns the practice counters: a section the misuse-patterns room owns (it
   * builds on practices, so the route passes it in rather than this page importing it).
   */
  countermeasures?: (practice: PracticeSlotProps) => ReactNode;
}

/**
 * One practice: its description (sanitised markdown) with a structured sidebar, who endorses it,
 * its history, and the actions the viewer may take. Practices the viewer may not see are "not
 * found", exactly like those that do not exist.
 */
export function PracticePage({ countermeasures }: PracticePageProps) {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const { viewer } = useViewer();
  const { data, loading, refetch } = useQuery(PracticePageDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const practice = data?.practice;

  if (!data) {
    if (loading) return <LoadingState />;
    return <ErrorState message={t('practice.loadError')} onRetry={reload} />;
  }
  if (!practice) return <NotFoundPage />;

  const tab: TabKey = params.get('tab') === 'history' ? 'history' : 'overview';
  const tabs: Tab<TabKey>[] = [
    { key: 'overview', label: t('practice.tabs.overview') },
    { key: 'history', label: t('practice.tabs.history') },
  ];
  const flash = (location.state as { flash?: PracticeFlash } | null)?.flash;

  return (
    <article className="practice" data-testid="practice-page" data-state={practice.state}>
      <PageTitle page={practice.title} />
      <header className="page-header practice__header">
        <div>
          <p className="eyebrow">{practice.organization.name}</p>
          <h1>{practice.title}</h1>
          <p className="org-status">
            {practice.state !== 'PUBLISHED' && <StateBadge state={practice.state} />}
            <VisibilityBadge visibility={practice.visibility} visibleTo={practice.visibleTo} />
            <span className="muted" data-testid="view-count" data-value={practice.viewCount}>
              {t('practice.viewCount', { count: practice.viewCount })}
            </span>
          </p>
        </div>
        {viewer && <BookmarkButton practice={practice} className="button button--secondary" />}
      </header>

      {flash && (
        <p className="notice notice--success" role="status" data-testid="flash">
          {t(`practice.flash.${flash}`)}
        </p>
      )}
      <StateBanner item={practice} messages="stateBanner" />
      <PracticeActions practice={practice} viewer={viewer} />

      <Tabs
        tabs={tabs}
        selected={tab}
        label={t('practice.tabs.label')}
        idPrefix="practice"
        onSelect={(key) => {
          const next = new URLSearchParams(params);
          if (key === 'overview') next.delete('tab');
          else next.set('tab', key);
          setParams(next, { replace: true, flushSync: true });
        }}
      />
      <div
        role="tabpanel"
        id={`practice-panel-${tab}`}
        aria-labelledby={`practice-tab-${tab}`}
        className="tabpanel"
      >
        {tab === 'overview' ? (
          <div className="practice__layout">
            <div className="practice__main">
              <section aria-labelledby="summary-heading">
                <h2 id="summary-heading" className="visually-hidden">
                  {t('practice.summary')}
                </h2>
                <p className="lead" data-testid="practice-summary">
                  {practice.summary}
                </p>
              </section>
              {practice.body.trim() ? (
                <Markdown className="markdown prose">{practice.body}</Markdown>
              ) : (
                <p className="muted">{t('practice.noBody')}</p>
              )}
              <EndorsementsSection practice={practice} viewer={viewer} />
              <PresentedAt itemId={practice.id} />
              {countermeasures?.(practice)}
              {practice.state === 'PUBLISHED' && (
                <PracticeDiscussion practiceId={practice.id} viewer={viewer} />
              )}
            </div>
            <PracticeFacts practice={practice} signedIn={Boolean(viewer)} />
          </div>
        ) : (
          <RevisionHistory slug={practice.slug} />
        )}
      </div>
    </article>
  );
}
