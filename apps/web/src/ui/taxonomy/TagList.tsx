import { useLabels } from './useLabels';
import type { TaxonomyKind } from './taxonomy';

interface TagListProps {
  kind: TaxonomyKind;
  codes: readonly string[];
  /** Names the list for assistive technology ("Focus areas"). */
  label?: string;
  className?: string;
}

/** Taxonomy values as a list of small tags. */
export function TagList({ kind, codes, label, className = 'tag-list' }: TagListProps) {
  const labels = useLabels();
  if (codes.length === 0) return null;
  return (
    <ul className={className} aria-label={label}>
      {codes.map((code) => (
        <li key={code} className="tag" data-code={code}>
          {labels.taxonomy(kind, code)}
        </li>
      ))}
    </ul>
  );
}
