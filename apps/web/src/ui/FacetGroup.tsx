import type { ReactNode } from 'react';
import { useNumberFormat } from '../app/i18n/useNumberFormat';

interface FacetGroupProps {
  /** Names its test id: facet-<key>. */
  facetKey: string;
  title: string;
  /** The search parameter its checkboxes set, once per chosen code. */
  param: string;
  /** Unfolded even with nothing chosen. */
  open?: boolean;
  /** The codes shown as chips, in order. */
  codes: readonly string[];
  selected: readonly string[];
  labelOf: (code: string) => string;
  /** How many results have each code (none: 0); undefined shows the chips without counts. */
  counts: ReadonlyMap<string, number> | undefined;
  /** "2 chosen", in the summary while something is. */
  selectedLabel: (count: number) => string;
  /** A chip's accessible name with its count ("Prevention, 12 practices"). */
  chipLabel: (values: { label: string; count: number; formatted: string }) => string;
  onToggle: (code: string, checked: boolean) => void;
  /** Said instead of chips when there are no codes. */
  emptyLabel?: string;
  /** Under the chips ("Show all"). */
  children?: ReactNode;
}

/**
 * One facet of a list's filters: a chip (checkbox) per code with its count where known, folded
 * away unless open by default or in use.
 */
export function FacetGroup({
  facetKey,
  title,
  param,
  open = false,
  codes,
  selected,
  labelOf,
  counts,
  selectedLabel,
  chipLabel,
  onToggle,
  emptyLabel,
  children,
}: FacetGroupProps) {
  const format = useNumberFormat();
  return (
    <details className="facet" open={open || selected.length > 0} data-testid={`facet-${facetKey}`}>
      <summary className="facet__summary">
        {title}
        {selected.length > 0 && (
          <span className="facet__selected">{selectedLabel(selected.length)}</span>
        )}
      </summary>
      <fieldset className="chips">
        <legend className="visually-hidden">{title}</legend>
        {codes.length === 0 && emptyLabel && <p className="muted">{emptyLabel}</p>}
        {codes.map((code) => {
          const label = labelOf(code);
          const count = counts ? (counts.get(code) ?? 0) : undefined;
          return (
            <label key={code} className="chip" data-code={code}>
              <input
                type="checkbox"
                name={param}
                value={code}
                checked={selected.includes(code)}
                onChange={(e) => onToggle(code, e.target.checked)}
                aria-label={
                  count === undefined
                    ? undefined
                    : chipLabel({ label, count, formatted: format.format(count) })
                }
              />
              <span className="chip__label">{label}</span>
              {count !== undefined && (
                <span className="chip__count" aria-hidden="true">
                  {format.format(count)}
                </span>
              )}
            </label>
          );
        })}
      </fieldset>
      {children}
    </details>
  );
}
