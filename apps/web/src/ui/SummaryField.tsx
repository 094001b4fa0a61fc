import { TextAreaField } from './Field';

interface SummaryFieldProps {
  label: string;
  /** The longest summary the shared schema accepts: longer shows the counter in red. */
  max: number;
  rows: number;
  /** The counter's words for a summary of `length` characters ("120 of 300 characters"). */
  counter: (length: number) => string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** An editor's summary, with a live character counter as its hint. */
export function SummaryField({
  label,
  max,
  rows,
  counter,
  value,
  onChange,
  error,
}: SummaryFieldProps) {
  const length = value.trim().length;
  return (
    <TextAreaField
      label={label}
      hint={
        <span
          className={length > max ? 'counter counter--over' : 'counter'}
          data-testid="summary-counter"
          data-value={length}
        >
          {counter(length)}
        </span>
      }
      name="summary"
      required
      rows={rows}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}
