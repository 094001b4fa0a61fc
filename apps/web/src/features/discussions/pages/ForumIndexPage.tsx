import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { CategoriesDocument, ThreadsDocument } from '@alliance/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { ThreadList } from '../components/ThreadList';

const LATEST = 10;

/** The forums: every category with its description, and the latest threads everywhere. */
export function ForumIndexPage() {
  const { t } = useTranslation();
  const categories = useQuery(CategoriesDocument, { fetchPolicy: 'cache-and-network' });
  const latest = useQuery(ThreadsDocument, {
    variables: { first: LATEST },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <div className="discussions" data-testid="forum-index">
      <PageTitle page={t('discussions.title')} />
      <header className="page-header">
        <h1>{t('discussions.title')}</h1>
        <p className="lead">{t('discussions.lead')}</p>
      </header>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">{t('discussions.categories')}</h2>
        {!categories.data ? (
          categories.loading ? (
            <LoadingState />
          ) : (
            <ErrorState
              message={t('discussions.loadError')}
              onRetry={() => void categories.refetch().catch(() => undefined)}
            />
          )
        ) : (
          <ul className="item-list" data-testid="category-list">
            {categories.data.categories.map((category) => (
              <li key={category.id} className="item item--stacked">
                <p className="item__title">
                  <Link to={`/discussions/c/${category.slug}`}>{category.name}</Link>{' '}
                  {category.membersOnly && (
                    <span className="badge">{t('discussions.membersOnly')}</span>
                  )}
                </p>
                <p className="item__meta">{category.description}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{t('discussions.latest')}</h2>
        {latest.data ? (
          <ThreadList threads={latest.data.threads.edges.map((e) => e.node)} />
        ) : latest.loading ? (
          <LoadingState />
        ) : (
          <ErrorState
            message={t('discussions.loadError')}
            onRetry={() => void latest.refetch().catch(() => undefined)}
          />
        )}
      </section>
    </div>
  );
}
