import { useId, useState, type FormEvent } from 'react';

interface SearchFormProps {
  label: string;
  buttonLabel: string;
  /** The words searched for now: the box starts with them (re-mount it when they change). */
  query: string;
  /** The words typed, trimmed, once submitted. */
  onSearch: (query: string) => void;
}

/** Words to search a list for, applied on submit (a directory's or a library's sidebar). */
export function SearchForm({ label, buttonLabel, query: searched, onSearch }: SearchFormProps) {
  const id = useId();
  const [query, setQuery] = useState(searched);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onSearch(query.trim());
  }
  return (
    <form className="search-form" onSubmit={onSubmit}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="search-form__row">
        <input
          id={id}
          className="input"
          type="search"
          name="q"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="submit" className="button">
          {buttonLabel}
        </button>
      </div>
    </form>
  );
}
