import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFacetLabels } from '../hooks/useFacetLabels';
import {
  activeFacets,
  searchPath,
  withFacetValues,
  withoutFilters,
  type SearchState,
} from '../searchFilters';

/** The query syntax, each with an example (a link that runs it). */
const SYNTAX = ['words', 'phrase', 'exclude', 'or'] as const;

/** Quotes, a word left out, or OR. */
const USES_SYNTAX = /"|(^|\s)-\S|\sOR\s/;

/** Before anything is searched: how to search, with example searches. */
export function SearchHint() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="search-hint" aria-labelledby={headingId} data-testid="search-hint">
      <h2 id={headingId}>{t('search.hint.title')}</h2>
      <p>{t('search.hint.intro')}</p>
      <ul className="search-hint__examples">
        {SYNTAX.map((key) => {
          const example = t(`search.hint.${key}.example`);
          return (
            <li key={key}>
              <Link to={searchPath(example)}>
                <code>{example}</code>
              </Link>{' '}
              <span className="muted">— {t(`search.hint.${key}.description`)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface NoResultsProps {
  state: SearchState;
  onChange: (state: SearchState) => void;
}

/**
 * A search that found nothing: with filters, a button per filter that removes it (and one for
 * all); without, suggestions for the words.
 */
export function NoResults({ state, onChange }: NoResultsProps) {
  const { t } = useTranslation();
  const labels = useFacetLabels();
  const headingId = useId();
  const facets = activeFacets(state);
  const heading = state.query
    ? t('search.noResults.titleQuery', { query: state.query })
    : t('search.noResults.title');

  return (
    <section className="notice search-empty" aria-labelledby={headingId} data-testid="search-empty">
      <h2 id={headingId}>{heading}</h2>
      {facets.length > 0 ? (
        <>
          <p>
            {t('search.noResults.withFilters', {
              count: facets.length,
              facet: labels.title(facets[0]),
            })}
          </p>
          <p className="actions">
            {facets.map((facet) => (
              <button
                key={facet.facet}
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange(withFacetValues(state, facet, []))}
              >
                {t('search.noResults.removeFacet', { facet: labels.title(facet) })}
              </button>
            ))}
            {facets.length > 1 && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange(withoutFilters(state))}
              >
                {t('search.noResults.removeAll')}
              </button>
            )}
          </p>
        </>
      ) : (
        <>
          <p>{t('search.noResults.suggestions')}</p>
          <ul>
            <li>{t('search.noResults.spelling')}</li>
            <li>{t('search.noResults.fewerWords')}</li>
            {USES_SYNTAX.test(state.query) && <li>{t('search.noResults.syntax')}</li>}
          </ul>
        </>
      )}
    </section>
  );
}
