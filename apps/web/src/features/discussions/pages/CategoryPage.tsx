import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { CategoriesDocument, ThreadsDocument } from '@alliance/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { useViewer } from '../../auth';
import { NotFoundPage } from '../../errors';
import { NewThreadForm } from '../components/NewThreadForm';
import { ThreadList } from '../components/ThreadList';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';

const PAGE_SIZE = 20;

/** One forum: its threads (pinned first, then latest activity) and "New thread". */
export function CategoryPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const categories = useQuery(CategoriesDocument, { fetchPolicy: 'cache-and-network' });
  const category = categories.data?.categories.find((c) => c.slug === slug);
  const threads = useQuery(ThreadsDocument, {
    variables: { categoryId: category?.id, first: PAGE_SIZE },
    skip: !category,
    fetchPolicy: 'cache-and-network',
  });

  if (!categories.data) {
    if (categories.loading) return <LoadingState />;
    return (
      <ErrorState
        message={t('discussions.loadError')}
        onRetry={() => void categories.refetch().catch(() => undefined)}
      />
    );
  }
  if (!category) return <NotFoundPage />;
  const pageInfo = threads.data?.threads.pageInfo;
  // Pinned first (the API orders them so; kept stable here for merged pages).
  const list = [...(threads.data?.threads.edges.map((e) => e.node) ?? [])].sort(
    (a, b) => Number(b.pinned) - Number(a.pinned),
  );

  return (
    <div className="discussions" data-testid="category-page">
      <PageTitle page={category.name} />
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/discussions">{t('discussions.title')}</Link>
        </p>
        <h1>
          {category.name}{' '}
          {category.membersOnly && <span className="badge">{t('discussions.membersOnly')}</span>}
        </h1>
        <p className="lead">{category.description}</p>
      </header>
      {threads.data ? (
        <ThreadList threads={list} />
      ) : threads.loading ? (
        <LoadingState />
      ) : (
        <ErrorState
          message={t('discussions.loadError')}
          onRetry={() => void threads.refetch().catch(() => undefined)}
        />
      )}
      <LoadMoreButton pageInfo={pageInfo} fetchMore={threads.fetchMore} />
      {viewer ? (
        <NewThreadForm categoryId={category.id} />
      ) : (
        <p className="muted">{t('discussions.signInToPost')}</p>
      )}
    </div>
  );
}
