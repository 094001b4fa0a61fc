import { useTranslation } from 'react-i18next';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { CollectionsDocument } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Markdown } from '../../../ui/Markdown';
import { PageTitle } from '../../../ui/PageTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { isModerator } from '../../practices/components/PracticeActions';

export const COLLECTIONS_PAGE_SIZE = 20;

/** The introduction's first paragraph, as a teaser on the list. */
const firstParagraph = (markdown: string) => markdown.trim().split(/\n\s*\n/)[0] ?? '';

/** Collections curated by moderators: practices and patterns gathered for a purpose. */
export function CollectionsPage() {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const { viewer } = useViewer();
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(
    CollectionsDocument,
    { variables: { first: COLLECTIONS_PAGE_SIZE }, notifyOnNetworkStatusChange: true },
  );
  const connection = data?.collections;

  let body;
  if (connection) {
    body =
      connection.edges.length === 0 ? (
        <p className="muted">{t('collections.empty')}</p>
      ) : (
        <>
          <ul className="card-grid card-grid--wide" aria-label={t('collections.listLabel')}>
            {connection.edges.map(({ node }) => (
              <li key={node.id}>
                <article
                  className="practice-card"
                  data-testid="collection-card"
                  data-slug={node.slug}
                >
                  <h2 className="practice-card__title">
                    <Link to={`/collections/${node.slug}`}>{node.title}</Link>
                  </h2>
                  {node.introduction.trim() && (
                    <Markdown className="markdown practice-card__summary">
                      {firstParagraph(node.introduction)}
                    </Markdown>
                  )}
                  <p className="practice-card__meta">
                    <span data-testid="collection-item-count" data-value={node.itemCount}>
                      {t('collections.itemCount', { count: node.itemCount })}
                    </span>
                    <span>{t('collections.updated', { date: dates.date(node.updatedAt) })}</span>
                  </p>
                </article>
              </li>
            ))}
          </ul>
          <LoadMoreButton
            pageInfo={connection.pageInfo}
            fetchMore={fetchMore}
            busy={networkStatus === NetworkStatus.fetchMore}
          />
        </>
      );
  } else if (loading) {
    body = <LoadingState />;
  } else if (error) {
    body = (
      <ErrorState
        message={t('collections.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  return (
    <>
      <PageTitle page={t('collections.title')} />
      <div className="page-header">
        <div>
          <h1>{t('collections.title')}</h1>
          <p className="lead">{t('collections.intro')}</p>
        </div>
        {isModerator(viewer) && (
          <Link className="button" to="/collections/new">
            {t('collections.new')}
          </Link>
        )}
      </div>
      <div aria-busy={loading}>{body}</div>
    </>
  );
}
