import { useEffect, useRef, type ReactNode } from 'react';
import { TextField } from './Field';

interface ListEditorProps<Item> {
  legend: string;
  /** Shown after the legend: the list may stay empty. */
  optionalLabel: string;
  hint: string;
  items: Item[];
  onChange: (items: Item[]) => void;
  /** The most rows the list may have: "Add" is disabled there. */
  max: number;
  /** The item a new row starts with. */
  blank: () => Item;
  addLabel: string;
  /** The text of each row's "Remove" button, and its accessible name for row `number`. */
  removeText: string;
  removeLabel: (number: number) => string;
  /** A message about the list as a whole ("at most 10"). */
  error?: string;
  testId?: string;
  rowTestId: string;
  rowClassName?: string;
  /** The inputs of one row; `set` replaces its item. */
  renderRow: (item: Item, index: number, set: (item: Item) => void) => ReactNode;
}

/**
 * A list edited one row at a time, with "Remove" on each row and "Add" under them; after "Add",
 * typing starts in the new row.
 */
export function ListEditor<Item>({
  legend,
  optionalLabel,
  hint,
  items,
  onChange,
  max,
  blank,
  addLabel,
  removeText,
  removeLabel,
  error,
  testId,
  rowTestId,
  rowClassName = 'link-row',
  renderRow,
}: ListEditorProps<Item>) {
  const rowsRef = useRef<HTMLDivElement>(null);
  const added = useRef(false);

  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const rows = rowsRef.current?.querySelectorAll<HTMLElement>('[data-row]');
    rows?.[rows.length - 1]?.querySelector('input')?.focus();
  }, [items.length]);

  return (
    <fieldset className="links-editor" data-testid={testId}>
      <legend className="field__label">
        {legend} <span className="field__optional">{optionalLabel}</span>
      </legend>
      <p className="field__hint">{hint}</p>
      <div ref={rowsRef}>
        {items.map((item, index) => (
          <div key={index} className={rowClassName} data-row="" data-testid={rowTestId}>
            {renderRow(item, index, (next) =>
              onChange(items.map((current, i) => (i === index ? next : current))),
            )}
            <button
              type="button"
              className="button button--secondary button--small link-row__remove"
              aria-label={removeLabel(index + 1)}
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              {removeText}
            </button>
          </div>
        ))}
      </div>
      {error && <p className="field__error">{error}</p>}
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={items.length >= max}
        onClick={() => {
          added.current = true;
          onChange([...items, blank()]);
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}

export interface LabelledLink {
  label: string;
  url: string;
}

interface LinkFieldsProps {
  link: LabelledLink;
  onChange: (link: LabelledLink) => void;
  labelLabel: string;
  urlLabel: string;
  /** The message for one of the two inputs. */
  errorOf: (part: keyof LabelledLink) => string | undefined;
}

/** A row of a list of labelled links: its label and its address. */
export function LinkFields({ link, onChange, labelLabel, urlLabel, errorOf }: LinkFieldsProps) {
  return (
    <>
      <TextField
        label={labelLabel}
        value={link.label}
        onChange={(e) => onChange({ ...link, label: e.target.value })}
        error={errorOf('label')}
      />
      <TextField
        label={urlLabel}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={link.url}
        onChange={(e) => onChange({ ...link, url: e.target.value })}
        error={errorOf('url')}
      />
    </>
  );
}
