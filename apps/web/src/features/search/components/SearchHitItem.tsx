import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchHitThreadFragment, SearchQuery } from '@alliance/graphql';
import { Highlighted } from '../../../ui/Highlighted';

export type SearchHit = SearchQuery['search']['edges'][number]['node'];

/** Where a hit leads. */
export function hitPath(hit: SearchHit): string {
  switch (hit.__typename) {
    case 'PracticeSearchHit':
      return `/practices/${hit.practice.slug}`;
    case 'ThreadSearchHit':
      return `/discussions/${hit.thread.id}`;
    case 'PostSearchHit':
      // The thread page gives each post the id post-<id>.
      return `/discussions/${hit.thread.id}#post-${hit.post.id}`;
    case 'OrganizationSearchHit':
      return `/organizations/${hit.organization.slug}`;
    case 'MisusePatternSearchHit':
      return `/misuse-patterns/${hit.misusePattern.slug}`;
  }
}

/** One result: its kind, highlighted title (a link), where it belongs, and a snippet. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const threadContext = (thread: SearchHitThreadFragment) => {
    if (thread.category) return t('search.hit.category', { name: thread.category.name });
    if (thread.practice)
      return t('search.hit.practiceDiscussion', { title: thread.practice.title });
    return null;
  };
  let context: string | null = null;
  if (hit.__typename === 'PracticeSearchHit') {
    context = t('search.hit.organization', { name: hit.practice.organization.name });
  } else if (hit.__typename === 'MisusePatternSearchHit') {
    context = t('search.hit.organization', { name: hit.misusePattern.organization.name });
  } else if (hit.__typename === 'ThreadSearchHit' || hit.__typename === 'PostSearchHit') {
    context = threadContext(hit.thread);
  }

  return (
    <li className="search-hit" data-testid="search-hit" data-kind={hit.kind}>
      <p className="search-hit__meta">
        <span className="badge search-hit__kind">{t(`search.kinds.${hit.kind}`)}</span>
        {context && <span className="muted">{context}</span>}
      </p>
      <h2 className="search-hit__title">
        <Link to={hitPath(hit)}>
          <Highlighted html={hit.highlightedTitle} />
        </Link>
      </h2>
      {hit.snippet && (
        <p className="search-hit__snippet" data-testid="search-hit-snippet">
          <Highlighted html={hit.snippet} />
        </p>
      )}
    </li>
  );
}
