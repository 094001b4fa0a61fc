import { useTranslation } from 'react-i18next';
import { COUNTERMEASURE_NOTE_MAX_LENGTH, countermeasureInputSchema } from '@alliance/domain';
import { SelectField, TextAreaField } from '../../../ui/Field';
import { usePatternLabels } from '../../../ui/taxonomy/usePatternLabels';
import { patternCodes } from '../../../ui/taxonomy/patternTaxonomy';

interface CountermeasureFieldsProps {
  approach: string;
  note: string;
  onApproachChange: (value: string) => void;
  onNoteChange: (value: string) => void;
  fields: Record<string, string>;
}

/** How the practice counters the pattern, and a note: the two fields of a countermeasure. */
export function CountermeasureFields({
  approach,
  note,
  onApproachChange,
  onNoteChange,
  fields,
}: CountermeasureFieldsProps) {
  const { t } = useTranslation();
  const labelOf = usePatternLabels();
  return (
    <>
      <SelectField
        label={t('misusePatterns.countermeasures.approach')}
        name="approach"
        required
        value={approach}
        onChange={(e) => onApproachChange(e.target.value)}
        error={fields.approach}
      >
        <option value="">{t('editor.choose')}</option>
        {patternCodes('approach').map((code) => (
          <option key={code} value={code}>
            {labelOf('approach', code)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('misusePatterns.countermeasures.note')}
        hint={t('misusePatterns.countermeasures.noteHint', {
          max: COUNTERMEASURE_NOTE_MAX_LENGTH,
        })}
        name="note"
        optional
        optionalLabel={t('common.optional')}
        rows={3}
        value={note}
        onChange={(e) => onNoteChange(e.target.value)}
        error={fields.note}
      />
    </>
  );
}

/** Checks approach and note with the shared schema; the messages go next to the fields. */
export function checkCountermeasure(approach: string, note: string) {
  return countermeasureInputSchema.safeParse({ approach: approach || undefined, note });
}
