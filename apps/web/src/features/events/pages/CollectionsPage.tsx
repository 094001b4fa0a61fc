import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { CollectionsDocument } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { Markdown } from '../../../ui/Markdown';
import { CuratedListPage } from '../components/CuratedListPage';

export const COLLECTIONS_PAGE_SIZE = 20;

/** The introduction's first paragraph, as a teaser on the list. */
const firstParagraph = (markdown: string) => markdown.trim().split(/\n\s*\n/)[0] ?? '';

/** Collections curated by moderators: practices and patterns gathered for a purpose. */
export function CollectionsPage() {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const query = useQuery(CollectionsDocument, {
    variables: { first: COLLECTIONS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });

  return (
    <CuratedListPage
      title={t('collections.title')}
      intro={t('collections.intro')}
      newPath="/collections/new"
      newLabel={t('collections.new')}
      query={query}
      connection={query.data?.collections}
      emptyText={t('collections.empty')}
      loadError={t('collections.loadError')}
    >
      {(collections) => (
        <ul className="card-grid card-grid--wide" aria-label={t('collections.listLabel')}>
          {collections.map((collection) => (
            <li key={collection.id}>
              <article
                className="practice-card"
                data-testid="collection-card"
                data-slug={collection.slug}
              >
                <h2 className="practice-card__title">
                  <Link to={`/collections/${collection.slug}`}>{collection.title}</Link>
                </h2>
                {collection.introduction.trim() && (
                  <Markdown className="markdown practice-card__summary">
                    {firstParagraph(collection.introduction)}
                  </Markdown>
                )}
                <p className="practice-card__meta">
                  <span data-testid="collection-item-count" data-value={collection.itemCount}>
                    {t('collections.itemCount', { count: collection.itemCount })}
                  </span>
                  <span>
                    {t('collections.updated', { date: dates.date(collection.updatedAt) })}
                  </span>
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </CuratedListPage>
  );
}
