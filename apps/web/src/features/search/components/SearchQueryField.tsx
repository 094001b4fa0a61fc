import { useEffect, useEffectEvent, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_QUERY_MAX_LENGTH } from '@alliance/domain';
import { SEARCH_DEBOUNCE_MS } from '../searchFilters';

interface SearchQueryFieldProps {
  /** The query in the address. */
  query: string;
  /**
   * A new query: `typing` once typing has paused for SEARCH_DEBOUNCE_MS, otherwise on Enter.
   */
  onSearch: (query: string, how: { typing: boolean }) => void;
}

/**
 * The search page's box: results follow as the user types (after a short pause) or at once on
 * Enter. It follows the address too (Back, a search from the header) without ever replacing
 * what is being typed by an older query.
 */
export function SearchQueryField({ query, onSearch }: SearchQueryFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const [text, setText] = useState(query);
  const [shown, setShown] = useState(query);
  if (query !== shown) {
    setShown(query);
    // Our own debounced query coming back leaves the text alone (trailing spaces and all).
    if (query !== text.trim()) setText(query);
  }

  const search = useEffectEvent((next: string) => onSearch(next, { typing: true }));
  useEffect(() => {
    const next = text.trim();
    if (next === query) return;
    const timer = setTimeout(() => search(next), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, query]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next = text.trim();
    if (next !== query) onSearch(next, { typing: false });
  }

  return (
    <form className="search-form search-page__form" onSubmit={onSubmit}>
      <label htmlFor={id} className="field__label">
        {t('search.input.label')}
      </label>
      <input
        id={id}
        className="input search-page__input"
        type="search"
        name="q"
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={SEARCH_QUERY_MAX_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
        aria-describedby={hintId}
        data-testid="search-input"
      />
      <p id={hintId} className="field__hint">
        {t('search.input.hint')}
      </p>
    </form>
  );
}
