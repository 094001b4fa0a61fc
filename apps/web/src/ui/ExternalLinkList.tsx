import { useTranslation } from 'react-i18next';
import { safeHref } from './Markdown';

/**
 * Labelled links that users entered, opened in a new tab; one with an address that is not safe
 * to follow shows as its label only.
 */
export function ExternalLinkList({ links }: { links: readonly { label: string; url: string }[] }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list">
      {links.map((link, index) => {
        const href = safeHref(link.url);
        return (
          <li key={index}>
            {href ? (
              <a href={href} target="_blank" rel="nofollow noopener noreferrer">
                {link.label}
                <span className="visually-hidden"> {t('markdown.newTab')}</span>
              </a>
            ) : (
              link.label
            )}
          </li>
        );
      })}
    </ul>
  );
}
