import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PATTERN_INDICATOR_MAX_LENGTH,
  PATTERN_MAX_INDICATORS,
  PATTERN_MAX_SOURCES,
} from '@alliance/domain';
import { TextField } from '../../../ui/Field';

/** Moves focus to the first input of the last row after a row was added. */
function useFocusNewRow(length: number) {
  const rowsRef = useRef<HTMLDivElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const rows = rowsRef.current?.querySelectorAll<HTMLElement>('[data-row]');
    rows?.[rows.length - 1]?.querySelector('input')?.focus();
  }, [length]);
  return { rowsRef, markAdded: () => (added.current = true) };
}

interface IndicatorsEditorProps {
  indicators: string[];
  onChange: (indicators: string[]) => void;
  /** The message for one row. */
  errorOf: (index: number) => string | undefined;
  /** A message about the list as a whole ("at most 30"). */
  error?: string;
}

/** Indicators / red flags others can recognise: one line each, with "Add" and "Remove". */
export function IndicatorsEditor({ indicators, onChange, errorOf, error }: IndicatorsEditorProps) {
  const { t } = useTranslation();
  const { rowsRef, markAdded } = useFocusNewRow(indicators.length);
  return (
    <fieldset className="links-editor" data-testid="indicators-editor">
      <legend className="field__label">
        {t('misusePatterns.fields.indicators')}{' '}
        <span className="field__optional">{t('common.optional')}</span>
      </legend>
      <p className="field__hint">
        {t('misusePatterns.editor.indicatorsHint', { max: PATTERN_MAX_INDICATORS })}
      </p>
      <div ref={rowsRef}>
        {indicators.map((indicator, index) => (
          <div
            key={index}
            className="link-row indicator-row"
            data-row=""
            data-testid="indicator-row"
          >
            <TextField
              label={t('misusePatterns.editor.indicator', { number: index + 1 })}
              value={indicator}
              maxLength={PATTERN_INDICATOR_MAX_LENGTH}
              onChange={(e) =>
                onChange(indicators.map((value, i) => (i === index ? e.target.value : value)))
              }
              error={errorOf(index)}
            />
            <button
              type="button"
              className="button button--secondary button--small link-row__remove"
              aria-label={t('misusePatterns.editor.removeIndicatorLabel', { number: index + 1 })}
              onClick={() => onChange(indicators.filter((_, i) => i !== index))}
            >
              {t('misusePatterns.editor.remove')}
            </button>
          </div>
        ))}
      </div>
      {error && <p className="field__error">{error}</p>}
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={indicators.length >= PATTERN_MAX_INDICATORS}
        onClick={() => {
          markAdded();
          onChange([...indicators, '']);
        }}
      >
        {t('misusePatterns.editor.addIndicator')}
      </button>
    </fieldset>
  );
}

interface SourcesEditorProps {
  sources: { label: string; url: string }[];
  onChange: (sources: { label: string; url: string }[]) => void;
  errorOf: (index: number, part: 'label' | 'url') => string | undefined;
  error?: string;
}

/** Labelled links to where the pattern is documented: reports, studies, cases. */
export function SourcesEditor({ sources, onChange, errorOf, error }: SourcesEditorProps) {
  const { t } = useTranslation();
  const { rowsRef, markAdded } = useFocusNewRow(sources.length);
  const update = (index: number, part: 'label' | 'url', value: string) =>
    onChange(sources.map((source, i) => (i === index ? { ...source, [part]: value } : source)));
  return (
    <fieldset className="links-editor" data-testid="sources-editor">
      <legend className="field__label">
        {t('misusePatterns.fields.sources')}{' '}
        <span className="field__optional">{t('common.optional')}</span>
      </legend>
      <p className="field__hint">
        {t('misusePatterns.editor.sourcesHint', { max: PATTERN_MAX_SOURCES })}
      </p>
      <div ref={rowsRef}>
        {sources.map((source, index) => (
          <div key={index} className="link-row" data-row="" data-testid="source-row">
            <TextField
              label={t('misusePatterns.editor.sourceLabel', { number: index + 1 })}
              value={source.label}
              onChange={(e) => update(index, 'label', e.target.value)}
              error={errorOf(index, 'label')}
            />
            <TextField
              label={t('misusePatterns.editor.sourceUrl', { number: index + 1 })}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={source.url}
              onChange={(e) => update(index, 'url', e.target.value)}
              error={errorOf(index, 'url')}
            />
            <button
              type="button"
              className="button button--secondary button--small link-row__remove"
              aria-label={t('misusePatterns.editor.removeSourceLabel', { number: index + 1 })}
              onClick={() => onChange(sources.filter((_, i) => i !== index))}
            >
              {t('misusePatterns.editor.remove')}
            </button>
          </div>
        ))}
      </div>
      {error && <p className="field__error">{error}</p>}
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={sources.length >= PATTERN_MAX_SOURCES}
        onClick={() => {
          markAdded();
          onChange([...sources, { label: '', url: '' }]);
        }}
      >
        {t('misusePatterns.editor.addSource')}
      </button>
    </fieldset>
  );
}
