import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from './Markdown';

interface MarkdownFieldProps {
  label: string;
  /** Shown after the label ("optional") when the field may stay empty. */
  optionalLabel?: string;
  /** Names the Write / Preview switch ("Description editor"). */
  modeLabel: string;
  hint: string;
  name: string;
  rows: number;
  /** The preview's test id. */
  previewTestId: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/**
 * Markdown text with a "Write" / "Preview" switch; the preview renders it with the component
 * the page shows it with.
 */
export function MarkdownField({
  label,
  optionalLabel,
  modeLabel,
  hint,
  name,
  rows,
  previewTestId,
  value,
  onChange,
  error,
}: MarkdownFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [preview, setPreview] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={['field', 'body-field', error ? 'field--invalid' : ''].join(' ').trim()}>
      <div className="body-field__header">
        <label htmlFor={id} className="field__label">
          {label}
          {optionalLabel && (
            <>
              {' '}
              <span className="field__optional">{optionalLabel}</span>
            </>
          )}
        </label>
        <div className="segmented" role="group" aria-label={modeLabel}>
          <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
            {t('editor.write')}
          </button>
          <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>
            {t('editor.preview')}
          </button>
        </div>
      </div>
      <div id={hintId} className="field__hint">
        {hint}
      </div>
      <textarea
        id={id}
        className="input input--code"
        name={name}
        rows={rows}
        hidden={preview}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
      />
      {preview && (
        <section
          className="body-preview"
          aria-label={t('editor.preview')}
          data-testid={previewTestId}
        >
          {value.trim() ? (
            <Markdown className="markdown prose">{value}</Markdown>
          ) : (
            <p className="muted">{t('editor.previewEmpty')}</p>
          )}
        </section>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
