import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import type { ChoiceGroupProps } from '../../../ui/taxonomy/TaxonomyGroup';
import { usePatternLabels } from '../../../ui/taxonomy/usePatternLabels';
import { patternCodes, type PatternTaxonomyKind } from '../../../ui/taxonomy/patternTaxonomy';

/* The pattern editor's own fields (MisusePatternForm); the rest it shares with the practice editor. */

/** A checkbox per code of a misuse taxonomy (stages, technologies). */
export function PatternGroup({ kind, ...props }: ChoiceGroupProps & { kind: PatternTaxonomyKind }) {
  const labelOf = usePatternLabels();
  const options = patternCodes(kind).map((code) => ({ value: code, label: labelOf(kind, code) }));
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
