import { useTranslation } from 'react-i18next';
import {
  PATTERN_INDICATOR_MAX_LENGTH,
  PATTERN_MAX_INDICATORS,
  PATTERN_MAX_SOURCES,
} from '@alliance/domain';
import { TextField } from '../../../ui/Field';
import { LinkFields, ListEditor, type LabelledLink } from '../../../ui/ListEditor';

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
  return (
    <ListEditor
      legend={t('misusePatterns.fields.indicators')}
      optionalLabel={t('common.optional')}
      hint={t('misusePatterns.editor.indicatorsHint', { max: PATTERN_MAX_INDICATORS })}
      items={indicators}
      onChange={onChange}
      max={PATTERN_MAX_INDICATORS}
      blank={() => ''}
      addLabel={t('misusePatterns.editor.addIndicator')}
      removeText={t('misusePatterns.editor.remove')}
      removeLabel={(number) => t('misusePatterns.editor.removeIndicatorLabel', { number })}
      error={error}
      testId="indicators-editor"
      rowTestId="indicator-row"
      rowClassName="link-row indicator-row"
      renderRow={(indicator, index, set) => (
        <TextField
          label={t('misusePatterns.editor.indicator', { number: index + 1 })}
          value={indicator}
          maxLength={PATTERN_INDICATOR_MAX_LENGTH}
          onChange={(e) => set(e.target.value)}
          error={errorOf(index)}
        />
      )}
    />
  );
}

interface SourcesEditorProps {
  sources: LabelledLink[];
  onChange: (sources: LabelledLink[]) => void;
  errorOf: (index: number, part: 'label' | 'url') => string | undefined;
  error?: string;
}

/** Labelled links to where the pattern is documented: reports, studies, cases. */
export function SourcesEditor({ sources, onChange, errorOf, error }: SourcesEditorProps) {
  const { t } = useTranslation();
  return (
    <ListEditor
      legend={t('misusePatterns.fields.sources')}
      optionalLabel={t('common.optional')}
      hint={t('misusePatterns.editor.sourcesHint', { max: PATTERN_MAX_SOURCES })}
      items={sources}
      onChange={onChange}
      max={PATTERN_MAX_SOURCES}
      blank={() => ({ label: '', url: '' })}
      addLabel={t('misusePatterns.editor.addSource')}
      removeText={t('misusePatterns.editor.remove')}
      removeLabel={(number) => t('misusePatterns.editor.removeSourceLabel', { number })}
      error={error}
      testId="sources-editor"
      rowTestId="source-row"
      renderRow={(source, index, set) => (
        <LinkFields
          link={source}
          onChange={set}
          labelLabel={t('misusePatterns.editor.sourceLabel', { number: index + 1 })}
          urlLabel={t('misusePatterns.editor.sourceUrl', { number: index + 1 })}
          errorOf={(part) => errorOf(index, part)}
        />
      )}
    />
  );
}
