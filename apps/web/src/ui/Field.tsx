import {
  useId,
  type InputHTMLAttributes,
  type ReactElement,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

/** The attributes that tie a control to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: ReactNode;
  /** The message to show under the control; marks it invalid. */
  error?: string;
  /** Help shown under the label (format, rules). */
  hint?: ReactNode;
  /** Show "(optional)" after the label. */
  optional?: boolean;
  optionalLabel?: string;
  className?: string;
  children: (control: ControlProps) => ReactElement;
}

/** A labelled form control with its hint and error, wired up for assistive technology. */
export function Field({
  label,
  error,
  hint,
  optional,
  optionalLabel,
  className,
  children,
}: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional && optionalLabel && <span className="field__optional"> {optionalLabel}</span>}
      </label>
      {hint && (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      )}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

type BaseProps = Omit<FieldProps, 'children'>;

export function TextField({
  label,
  error,
  hint,
  optional,
  optionalLabel,
  className,
  ...input
}: BaseProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field {...{ label, error, hint, optional, optionalLabel, className }}>
      {(control) => <input className="input" {...input} {...control} />}
    </Field>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  optional,
  optionalLabel,
  className,
  ...textarea
}: BaseProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field {...{ label, error, hint, optional, optionalLabel, className }}>
      {(control) => <textarea className="input" rows={4} {...textarea} {...control} />}
    </Field>
  );
}

export function SelectField({
  label,
  error,
  hint,
  optional,
  optionalLabel,
  className,
  children,
  ...select
}: BaseProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field {...{ label, error, hint, optional, optionalLabel, className }}>
      {(control) => (
        <select className="input" {...select} {...control}>
          {children}
        </select>
      )}
    </Field>
  );
}
