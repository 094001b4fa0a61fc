import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { SEARCH_QUERY_MAX_LENGTH } from '@alliance/domain';
import { searchPath } from '../searchFilters';

/** The key that focuses the search box from anywhere (except while typing). */
export const SEARCH_SHORTCUT = '/';

/** True when a key press goes into something the user is typing in. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select')) return true;
  return Boolean(target.closest('[contenteditable]:not([contenteditable="false"])'));
}

/**
 * The search box in the header, on every page: "/" focuses it, Enter opens the search page for
 * what was typed. On the search page it shows the current query.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const inputRef = useRef<HTMLInputElement>(null);
  const current =
    pathname === '/search' ? (new URLSearchParams(search).get('q')?.trim() ?? '') : '';
  const [text, setText] = useState(current);
  // Follow the address (a search from the page, Back, another page) without losing what is typed.
  const [shown, setShown] = useState(current);
  if (current !== shown) {
    setShown(current);
    setText(current);
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== SEARCH_SHORTCUT || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void navigate(searchPath(text));
  }

  return (
    <form
      role="search"
      aria-label={t('search.header.region')}
      className="header-search"
      onSubmit={onSubmit}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('search.header.label')}
      </label>
      <input
        ref={inputRef}
        id={id}
        className="input header-search__input"
        type="search"
        name="q"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('search.header.placeholder')}
        maxLength={SEARCH_QUERY_MAX_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
        aria-keyshortcuts={SEARCH_SHORTCUT}
        data-testid="header-search"
      />
      <kbd className="header-search__key" aria-hidden="true">
        {SEARCH_SHORTCUT}
      </kbd>
    </form>
  );
}
