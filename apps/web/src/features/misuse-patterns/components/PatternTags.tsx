import { usePatternLabels } from '../../../ui/taxonomy/usePatternLabels';
import type { PatternTaxonomyKind } from '../../../ui/taxonomy/patternTaxonomy';

interface PatternTagsProps {
  kind: PatternTaxonomyKind;
  codes: readonly string[];
  /** Names the list for assistive technology ("Stages"). */
  label?: string;
  className?: string;
}

/** Misuse taxonomy values (stages, technologies) as a list of small tags. */
export function PatternTags({ kind, codes, label, className = 'tag-list' }: PatternTagsProps) {
  const labelOf = usePatternLabels();
  if (codes.length === 0) return null;
  return (
    <ul className={className} aria-label={label}>
      {codes.map((code) => (
        <li key={code} className={`tag tag--${kind}`} data-code={code}>
          {labelOf(kind, code)}
        </li>
      ))}
    </ul>
  );
}

/** Emerging, established or declining, as a badge. */
export function TrendBadge({ trend }: { trend: string }) {
  const labelOf = usePatternLabels();
  return (
    <span className={`badge trend trend--${trend.toLowerCase()}`} data-testid="trend-badge">
      {labelOf('trend', trend)}
    </span>
  );
}
