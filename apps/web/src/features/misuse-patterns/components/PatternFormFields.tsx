import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PATTERN_SUMMARY_MAX_LENGTH, PRACTICE_VISIBILITIES } from '@alliance/domain';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { TextAreaField } from '../../../ui/Field';
import { Markdown } from '../../../ui/Markdown';
import { CheckboxGroup } from '../../practices/components/CheckboxGroup';
import { useLabels } from '../../practices/hooks/useLabels';
import { codesOfKind } from '../../practices/taxonomy';
import { usePatternLabels } from '../hooks/usePatternLabels';
import { patternCodes, type PatternTaxonomyKind } from '../taxonomy';

/* The pattern editor's fields (MisusePatternForm), each labelled, hinted and marked invalid. */

export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  const headingId = `pattern-editor-${id}`;
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

export function SummaryField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const length = value.trim().length;
  return (
    <TextAreaField
      label={t('misusePatterns.fields.summary')}
      hint={
        <span
          className={length > PATTERN_SUMMARY_MAX_LENGTH ? 'counter counter--over' : 'counter'}
          data-testid="summary-counter"
          data-value={length}
        >
          {t('misusePatterns.editor.summaryCounter', {
            length: format.format(length),
            max: format.format(PATTERN_SUMMARY_MAX_LENGTH),
          })}
        </span>
      }
      name="summary"
      required
      rows={3}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}

/** The description in markdown, with a "Preview" rendered by the pattern page's component. */
export function DescriptionField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [preview, setPreview] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={['field', 'body-field', error ? 'field--invalid' : ''].join(' ').trim()}>
      <div className="body-field__header">
        <label htmlFor={id} className="field__label">
          {t('misusePatterns.fields.description')}{' '}
          <span className="field__optional">{t('common.optional')}</span>
        </label>
        <div
          className="segmented"
          role="group"
          aria-label={t('misusePatterns.editor.descriptionMode')}
        >
          <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
            {t('editor.write')}
          </button>
          <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>
            {t('editor.preview')}
          </button>
        </div>
      </div>
      <div id={hintId} className="field__hint">
        {t('misusePatterns.editor.descriptionHint')}
      </div>
      <textarea
        id={id}
        className="input input--code"
        name="description"
        rows={12}
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
          data-testid="description-preview"
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

interface GroupProps {
  name: string;
  legend: string;
  hint?: string;
  optionalLabel?: string;
  values: string[];
  onChange: (values: string[]) => void;
  error?: string;
}

export function PatternGroup({ kind, ...props }: GroupProps & { kind: PatternTaxonomyKind }) {
  const labelOf = usePatternLabels();
  const options = patternCodes(kind).map((code) => ({ value: code, label: labelOf(kind, code) }));
  return <CheckboxGroup {...props} options={options} />;
}

export function TaxonomyGroup({
  kind,
  ...props
}: GroupProps & { kind: 'formOfExploitation' | 'region' | 'stakeholderType' }) {
  const labels = useLabels();
  const options = codesOfKind(kind).map((code) => ({
    value: code,
    label: labels.taxonomy(kind, code),
  }));
  return <CheckboxGroup {...props} options={options} />;
}

/** Emerging, established or declining: one of three, as radio buttons. */
export function TrendField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const labelOf = usePatternLabels();
  const name = useId();
  return (
    <fieldset
      className={['checkbox-group', error ? 'field--invalid' : ''].join(' ').trim()}
      data-testid="group-trend"
    >
      <legend className="field__label">{t('misusePatterns.fields.trend')}</legend>
      <div className="checkbox-group__options">
        {patternCodes('trend').map((code) => (
          <label key={code} className="checkbox">
            <input
              type="radio"
              name={name}
              value={code}
              checked={value === code}
              onChange={() => onChange(code)}
              aria-invalid={error ? true : undefined}
            />
            {labelOf('trend', code)}
          </label>
        ))}
      </div>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}

export function VisibilityField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset
      className={['checkbox-group', error ? 'field--invalid' : ''].join(' ').trim()}
      data-testid="group-visibility"
    >
      <legend className="field__label">{t('misusePatterns.fields.visibility')}</legend>
      {PRACTICE_VISIBILITIES.map((visibility) => (
        <label key={visibility} className="checkbox checkbox--described">
          <input
            type="radio"
            name={name}
            value={visibility}
            checked={value === visibility}
            onChange={() => onChange(visibility)}
            aria-invalid={error ? true : undefined}
          />
          <span>
            {t(`visibility.${visibility}`)}
            <span className="checkbox__description">
              {t(`misusePatterns.editor.visibilityHelp.${visibility}`)}
            </span>
          </span>
        </label>
      ))}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
