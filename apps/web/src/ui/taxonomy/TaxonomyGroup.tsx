import { useLabels } from './useLabels';
import { codesOfKind, type TaxonomyKind } from './taxonomy';
import { CheckboxGroup } from '../CheckboxGroup';

/** What a checkbox group of an editor is given, whichever catalogue its options come from. */
export interface ChoiceGroupProps {
  name: string;
  legend: string;
  hint?: string;
  optionalLabel?: string;
  values: string[];
  onChange: (values: string[]) => void;
  error?: string;
}

/** A checkbox per code of a practice taxonomy, labelled in the interface language. */
export function TaxonomyGroup({ kind, ...props }: ChoiceGroupProps & { kind: TaxonomyKind }) {
  const labels = useLabels();
  const options = codesOfKind(kind).map((code) => ({
    value: code,
    label: labels.taxonomy(kind, code),
  }));
  return <CheckboxGroup {...props} options={options} />;
}
