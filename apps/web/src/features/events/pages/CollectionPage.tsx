import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { CollectionPageDocument } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Markdown } from '../../../ui/Markdown';
import { PageTitle } from '../../../ui/PageTitle';
import { NotFoundPage } from '../../errors';
import { LibraryItemCard } from '../components/LibraryItemCard';

/** What the editor left to say after navigating here. */
export type CollectionFlash = 'saved';

/**
 * One collection: its introduction (sanitised markdown) and its practices and patterns in the
 * curator's order, each with the curator's note. Items the viewer may not see are left out.
 */
export function CollectionPage() {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const { slug = '' } = useParams();
  const location = useLocation();
  const { data, loading, refetch } = useQuery(CollectionPageDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const collection = data?.collection;

  if (!data) {
    if (loading) return <LoadingState />;
    return <ErrorState message={t('collections.loadError')} onRetry={reload} />;
  }
  if (!collection) return <NotFoundPage />;

  const flash = (location.state as { flash?: CollectionFlash } | null)?.flash;
  const items = collection.items.nodes;

  return (
    <article data-testid="collection-page">
      <PageTitle page={collection.title} />
      <header className="page-header">
        <div>
          <p className="eyebrow">
            <Link to="/collections">{t('collections.title')}</Link>
          </p>
          <h1>{collection.title}</h1>
          <p className="meta">
            {collection.curator &&
              `${t('collections.curatedBy', { name: collection.curator.displayName })} · `}
            {t('collections.updated', { date: dates.date(collection.updatedAt) })}
          </p>
        </div>
        {collection.viewerCanEdit && (
          <Link className="button button--secondary" to={`/collections/${collection.slug}/edit`}>
            {t('collections.edit')}
          </Link>
        )}
      </header>
      {flash && (
        <p className="notice notice--success" role="status" data-testid="flash">
          {t(`collections.flash.${flash}`)}
        </p>
      )}
      {collection.introduction.trim() && (
        <Markdown className="markdown prose">{collection.introduction}</Markdown>
      )}
      <h2>{t('collections.itemsHeading', { count: items.length })}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('collections.noItems')}</p>
      ) : (
        <ol
          className="plain-list stack"
          aria-label={t('collections.itemsLabel')}
          data-testid="collection-items"
        >
          {items.map((entry) => (
            <li key={entry.item.id} data-testid="collection-item">
              <LibraryItemCard item={entry.item}>
                {entry.note.trim() && (
                  <blockquote className="quote" data-testid="collection-note">
                    {entry.note}
                  </blockquote>
                )}
              </LibraryItemCard>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
