import { useId } from 'react';

interface SortSelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
}

/** The "Sort by" select of a result list (the practice library, search). */
export function SortSelect<T extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
}: SortSelectProps<T>) {
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select
        id={id}
        className="input input--compact"
        name="sort"
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
