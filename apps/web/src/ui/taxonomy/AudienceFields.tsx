import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PRACTICE_VISIBILITIES } from '@alliance/domain';
import { TaxonomyGroup } from './TaxonomyGroup';

type Visibility = (typeof PRACTICE_VISIBILITIES)[number];

interface VisibilityFieldProps {
  legend: string;
  /** Who sees the content with this visibility, in the words of its kind of content. */
  help: (visibility: Visibility) => string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** Public, members or restricted: one of them, as described radio buttons. */
export function VisibilityField({ legend, help, value, onChange, error }: VisibilityFieldProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset
      className={['checkbox-group', error ? 'field--invalid' : ''].join(' ').trim()}
      data-testid="group-visibility"
    >
      <legend className="field__label">{legend}</legend>
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
            <span className="checkbox__description">{help(visibility)}</span>
          </span>
        </label>
      ))}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}

interface AudienceFieldsProps {
  /** The visibility radio buttons' legend and help, in the words of this kind of content. */
  legend: string;
  help: (visibility: Visibility) => string;
  /** The legend and hint of the stakeholder types that may see restricted content. */
  visibleToLegend: string;
  visibleToHint: string;
  visibility: string;
  visibleTo: string[];
  onVisibilityChange: (value: string) => void;
  onVisibleToChange: (values: string[]) => void;
  visibilityError?: string;
  visibleToError?: string;
}

/**
 * Who may see a piece of content: its visibility and, when it is restricted, the stakeholder
 * types it is shown to.
 */
export function AudienceFields({
  legend,
  help,
  visibleToLegend,
  visibleToHint,
  visibility,
  visibleTo,
  onVisibilityChange,
  onVisibleToChange,
  visibilityError,
  visibleToError,
}: AudienceFieldsProps) {
  return (
    <>
      <VisibilityField
        legend={legend}
        help={help}
        value={visibility}
        onChange={onVisibilityChange}
        error={visibilityError}
      />
      {visibility === 'RESTRICTED' && (
        <TaxonomyGroup
          kind="stakeholderType"
          name="visibleTo"
          legend={visibleToLegend}
          hint={visibleToHint}
          values={visibleTo}
          onChange={onVisibleToChange}
          error={visibleToError}
        />
      )}
    </>
  );
}
