import { useId, type ReactNode } from 'react';

export interface CheckboxOption {
  value: string;
  label: string;
}

interface CheckboxGroupProps {
  legend: string;
  hint?: ReactNode;
  name: string;
  options: readonly CheckboxOption[];
  values: readonly string[];
  /** The chosen values, in the options' order. */
  onChange: (values: string[]) => void;
  error?: string;
  /** Show "(optional)" after the legend. */
  optionalLabel?: string;
  className?: string;
}

/**
 * A labelled group of checkboxes with its hint and error. An invalid group marks its boxes
 * invalid, so the form's focus-the-first-problem behaviour lands on the first of them.
 */
export function CheckboxGroup({
  legend,
  hint,
  name,
  options,
  values,
  onChange,
  error,
  optionalLabel,
  className = '',
}: CheckboxGroupProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  const chosen = new Set(values);

  const toggle = (value: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };

  return (
    <fieldset
      className={['checkbox-group', error ? 'field--invalid' : '', className].join(' ').trim()}
      data-testid={`group-${name}`}
    >
      <legend className="field__label">
        {legend}
        {optionalLabel && <span className="field__optional"> {optionalLabel}</span>}
      </legend>
      {hint && (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      )}
      <div className="checkbox-group__options">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={chosen.has(option.value)}
              onChange={(e) => toggle(option.value, e.target.checked)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
