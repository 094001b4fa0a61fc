import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LibraryItemCardFragment } from '@alliance/graphql';

/** Where a practice's or a pattern's page is. */
export function libraryItemPath(item: LibraryItemCardFragment): string {
  return item.__typename === 'MisusePattern'
    ? `/misuse-patterns/${item.slug}`
    : `/practices/${item.slug}`;
}

interface LibraryItemCardProps {
  item: LibraryItemCardFragment;
  /** The heading level of the title in the page's outline. */
  level?: 3 | 4;
  /** What follows the summary: a curator's note, actions. */
  children?: ReactNode;
}

/** A practice or a misuse pattern in an event's programme or a collection: kind, title, owner, summary. */
export function LibraryItemCard({ item, level = 3, children }: LibraryItemCardProps) {
  const { t } = useTranslation();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <article
      className="practice-card"
      data-testid="library-item"
      data-kind={item.__typename}
      data-slug={item.slug}
    >
      <p className="eyebrow">
        {item.__typename === 'MisusePattern' ? t('events.kind.pattern') : t('events.kind.practice')}
      </p>
      <Heading className="practice-card__title">
        <Link to={libraryItemPath(item)}>{item.title}</Link>
      </Heading>
      <p className="practice-card__org">{item.organization.name}</p>
      <p className="practice-card__summary">{item.summary}</p>
      {children}
    </article>
  );
}
