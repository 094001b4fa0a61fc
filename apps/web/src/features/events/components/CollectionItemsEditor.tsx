import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import {
  COLLECTION_ITEM_NOTE_MAX_LENGTH,
  COLLECTION_MAX_ITEMS,
  collectionItemsInputSchema,
  fieldErrors,
} from '@alliance/domain';
import {
  LibraryItemSearchDocument,
  SetCollectionItemsDocument,
  type LibraryItemCardFragment,
} from '@alliance/graphql';
import { attempt } from '../../../ui/errors';
import { TextAreaField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import {
  addItem,
  itemErrorIndex,
  moveItem,
  toItemInputs,
  type DraftItem,
} from '../collectionItems';
import { libraryItemPath } from './LibraryItemCard';

/** Characters typed before the search asks the API. */
const MIN_QUERY = 2;

interface CollectionItemsEditorProps {
  collectionId: string;
  initial: DraftItem[];
  /** Called after the list was saved, with what to announce. */
  onSaved: (status: string) => void;
}

/**
 * A collection's ordered items: find practices and patterns to add, move entries up and down,
 * write a note for each, remove them, then save the whole list at once (setCollectionItems).
 */
export function CollectionItemsEditor({
  collectionId,
  initial,
  onSaved,
}: CollectionItemsEditorProps) {
  const { t } = useTranslation();
  const [items, setItems] = useState<DraftItem[]>(initial);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState('');
  const [save, { loading: saving }] = useMutation(SetCollectionItemsDocument);
  const { error, fail, invalid, clear, formRef } = useFormErrors();
  const listRef = useRef<HTMLOListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // Focus stays with the list: after a move on the moved entry's button (or the other one at an
  // end), after a removal on the next entry's (or the previous one's) "Remove", else the search.
  const pendingFocus = useRef<{ id: string | null; button: 'up' | 'down' | 'remove' } | null>(null);

  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    const row = focus.id
      ? listRef.current?.querySelector<HTMLElement>(`[data-item-id="${focus.id}"]`)
      : null;
    if (!row) return searchRef.current?.focus();
    const button = (name: string) =>
      row.querySelector<HTMLButtonElement>(`[data-action="${name}"]`);
    const preferred = button(focus.button);
    const other = button(focus.button === 'up' ? 'down' : 'up');
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  }, [items]);

  const errorsByRow = new Map<number, string>();
  let listError: string | undefined;
  for (const fieldError of error?.fieldErrors ?? []) {
    const index = itemErrorIndex(fieldError.field);
    if (index === null) listError ??= fieldError.message;
    else if (!errorsByRow.has(index)) errorsByRow.set(index, fieldError.message);
  }

  const change = (next: DraftItem[], message = '') => {
    setItems(next);
    setDirty(true);
    setStatus(message);
  };

  function move(index: number, delta: -1 | 1) {
    const entry = items[index];
    const next = moveItem(items, index, delta);
    change(
      next,
      t('collections.items.moved', {
        title: entry.item.title,
        position: next.indexOf(entry) + 1,
        total: next.length,
      }),
    );
    pendingFocus.current = { id: entry.item.id, button: delta < 0 ? 'up' : 'down' };
  }

  function remove(index: number) {
    const entry = items[index];
    const neighbour = items[index + 1] ?? items[index - 1] ?? null;
    change(
      items.filter((_, i) => i !== index),
      t('collections.items.removed', { title: entry.item.title }),
    );
    pendingFocus.current = { id: neighbour?.item.id ?? null, button: 'remove' };
  }

  async function onSave() {
    const parsed = collectionItemsInputSchema.safeParse(toItemInputs(items));
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    clear();
    const result = await attempt(() =>
      save({ variables: { id: collectionId, items: parsed.data } }),
    );
    if (!result.ok) return fail(result.error);
    setDirty(false);
    setStatus('');
    onSaved(t('collections.items.saved', { count: items.length }));
  }

  return (
    <section className="card" aria-labelledby="collection-items-heading">
      <h2 id="collection-items-heading">{t('collections.items.heading')}</h2>
      <p className="muted">{t('collections.items.hint', { max: COLLECTION_MAX_ITEMS })}</p>
      <ItemSearch
        inputRef={searchRef}
        chosen={new Set(items.map((entry) => entry.item.id))}
        onAdd={(item) =>
          change(addItem(items, item), t('collections.items.added', { title: item.title }))
        }
      />
      <form
        ref={formRef}
        className="form"
        noValidate
        aria-busy={saving}
        onSubmit={(event) => {
          event.preventDefault();
          void onSave();
        }}
      >
        <FormError error={error} />
        {items.length === 0 ? (
          <p className="muted" data-testid="no-items">
            {t('collections.items.none')}
          </p>
        ) : (
          <ol
            ref={listRef}
            className="item-list"
            aria-label={t('collections.items.listLabel')}
            data-testid="collection-items-editor"
          >
            {items.map((entry, index) => (
              <li
                key={entry.item.id}
                className="item item--stacked"
                data-testid="draft-item"
                data-item-id={entry.item.id}
              >
                <p className="item__title">
                  <span className="muted">{index + 1}. </span>
                  <Link to={libraryItemPath(entry.item)}>{entry.item.title}</Link>{' '}
                  <span className="badge">
                    {entry.item.__typename === 'MisusePattern'
                      ? t('events.kind.pattern')
                      : t('events.kind.practice')}
                  </span>
                </p>
                <TextAreaField
                  label={t('collections.items.note', { title: entry.item.title })}
                  hint={t('collections.items.noteHint', { max: COLLECTION_ITEM_NOTE_MAX_LENGTH })}
                  optional
                  optionalLabel={t('common.optional')}
                  rows={2}
                  value={entry.note}
                  onChange={(e) =>
                    change(
                      items.map((it, i) => (i === index ? { ...it, note: e.target.value } : it)),
                    )
                  }
                  error={errorsByRow.get(index)}
                />
                <p className="item__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    data-action="up"
                    aria-label={t('collections.items.moveUpLabel', { title: entry.item.title })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('collections.items.moveUp')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    data-action="down"
                    aria-label={t('collections.items.moveDownLabel', { title: entry.item.title })}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('collections.items.moveDown')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    data-action="remove"
                    aria-label={t('collections.items.removeLabel', { title: entry.item.title })}
                    onClick={() => remove(index)}
                  >
                    {t('collections.items.remove')}
                  </button>
                </p>
              </li>
            ))}
          </ol>
        )}
        {listError && <p className="field__error">{listError}</p>}
        <p role="status" className="status-line" data-testid="items-status">
          {status}
        </p>
        <div className="form__actions">
          <button type="submit" className="button" disabled={saving || !dirty}>
            {t('collections.items.save')}
          </button>
          {dirty && <span className="muted">{t('collections.items.unsaved')}</span>}
        </div>
      </form>
    </section>
  );
}

interface ItemSearchProps {
  inputRef: RefObject<HTMLInputElement | null>;
  /** Ids already in the collection (offered as "Added"). */
  chosen: ReadonlySet<string>;
  onAdd: (item: LibraryItemCardFragment) => void;
}

/** Find practices and patterns by words in them, and add them to the list. */
function ItemSearch({ inputRef, chosen, onAdd }: ItemSearchProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 300);
  const { data, previousData, loading } = useQuery(LibraryItemSearchDocument, {
    variables: { query },
    skip: query.length < MIN_QUERY,
  });
  const result = query.length < MIN_QUERY ? undefined : (data ?? previousData);
  const found: LibraryItemCardFragment[] = result
    ? [...result.practices.nodes, ...result.misusePatterns.nodes]
    : [];

  return (
    <div className="stack" role="search" aria-label={t('collections.items.searchLabel')}>
      <label htmlFor={inputId} className="field__label">
        {t('collections.items.search')}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="input"
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('collections.items.searchPlaceholder')}
        onKeyDown={(e) => {
          // Enter searches as you type already; it must not submit the surrounding page.
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      <p role="status" className="status-line">
        {result && !loading ? t('collections.items.found', { count: found.length }) : ''}
      </p>
      {found.length > 0 && (
        <ul
          className="item-list"
          aria-label={t('collections.items.results')}
          data-testid="item-search-results"
        >
          {found.map((item) => {
            const added = chosen.has(item.id);
            return (
              <li key={item.id} className="item" data-testid="item-search-result">
                <div className="item__main">
                  <p className="item__title">{item.title}</p>
                  <p className="item__meta">
                    {item.__typename === 'MisusePattern'
                      ? t('events.kind.pattern')
                      : t('events.kind.practice')}
                    {' · '}
                    {item.organization.name}
                  </p>
                </div>
                <div className="item__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={added}
                    aria-label={
                      added
                        ? t('collections.items.alreadyAddedLabel', { title: item.title })
                        : t('collections.items.addLabel', { title: item.title })
                    }
                    onClick={() => onAdd(item)}
                  >
                    {added ? t('collections.items.alreadyAdded') : t('collections.items.add')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
