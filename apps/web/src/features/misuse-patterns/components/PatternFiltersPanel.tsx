import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FacetGroup } from '../../../ui/FacetGroup';
import { SearchForm } from '../../../ui/SearchForm';
import { useLabels } from '../../../ui/taxonomy/useLabels';
import { usePatternLabels } from '../../../ui/taxonomy/usePatternLabels';
import {
  hasPatternFilters,
  normalizePatternFacet,
  NO_PATTERN_FILTERS,
  PATTERN_FACETS,
  type PatternFacet,
  type PatternFacetKey,
  type PatternFilters,
  type PatternStatsField,
} from '../patternFilters';

/** Counts per value of each facet (over every published pattern the viewer may see). */
export type PatternFacetCounts = Partial<
  Record<PatternStatsField, readonly { value: string; count: number }[]>
>;

interface PatternFiltersPanelProps {
  filters: PatternFilters;
  /** Undefined until loaded (or when the API has none): the chips work without counts. */
  counts: PatternFacetCounts | undefined;
  onChange: (filters: PatternFilters) => void;
}

/**
 * The pattern library's sidebar: words, then a group of chips per taxonomy (stage, technology,
 * form of exploitation, region, trend) with counts where the API has them. Chips apply as they
 * are toggled, words on submit; the page keeps everything in the address.
 */
export function PatternFiltersPanel({ filters, counts, onChange }: PatternFiltersPanelProps) {
  const { t } = useTranslation();
  return (
    <div
      className="filters library-filters"
      role="search"
      aria-label={t('misusePatterns.library.filters.label')}
    >
      <SearchForm
        key={`q:${filters.query}`}
        label={t('misusePatterns.library.filters.search')}
        buttonLabel={t('misusePatterns.library.filters.searchButton')}
        query={filters.query}
        onSearch={(query) => onChange({ ...filters, query })}
      />
      {PATTERN_FACETS.map((facet) => (
        <PatternFacetGroup
          key={facet.key}
          facet={facet}
          selected={filters.facets[facet.key]}
          counts={facet.stats && counts ? counts[facet.stats] : undefined}
          onChange={(values) =>
            onChange({ ...filters, facets: { ...filters.facets, [facet.key]: values } })
          }
        />
      ))}
      {hasPatternFilters(filters) && (
        <p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onChange({ ...NO_PATTERN_FILTERS, order: filters.order })}
          >
            {t('misusePatterns.library.filters.clear')}
          </button>
        </p>
      )}
    </div>
  );
}

/** The label of a facet's value, from whichever catalogue keeps it. */
function useFacetLabel(): (key: PatternFacetKey, code: string) => string {
  const labels = useLabels();
  const patternLabel = usePatternLabels();
  return (key, code) => {
    switch (key) {
      case 'stages':
        return patternLabel('stage', code);
      case 'technologies':
        return patternLabel('technology', code);
      case 'trends':
        return patternLabel('trend', code);
      case 'formsOfExploitation':
        return labels.taxonomy('formOfExploitation', code);
      case 'regions':
        return labels.taxonomy('region', code);
    }
  };
}

interface FacetGroupProps {
  facet: PatternFacet;
  selected: string[];
  counts: readonly { value: string; count: number }[] | undefined;
  onChange: (values: string[]) => void;
}

/** One taxonomy's chips (checkboxes), with counts where the API has them. */
function PatternFacetGroup({ facet, selected, counts, onChange }: FacetGroupProps) {
  const { t } = useTranslation();
  const labelOf = useFacetLabel();
  const countOf = useMemo(() => new Map(counts?.map((c) => [c.value, c.count])), [counts]);
  return (
    <FacetGroup
      facetKey={facet.key}
      title={t(`misusePatterns.library.facets.${facet.key}`)}
      param={facet.param}
      open={facet.open}
      codes={facet.codes()}
      selected={selected}
      labelOf={(code) => labelOf(facet.key, code)}
      counts={counts ? countOf : undefined}
      selectedLabel={(count) => t('misusePatterns.library.filters.selected', { count })}
      chipLabel={(values) => t('misusePatterns.library.filters.chipLabel', values)}
      onToggle={(code, checked) =>
        onChange(
          normalizePatternFacet(
            facet,
            checked ? [...selected, code] : selected.filter((value) => value !== code),
          ),
        )
      }
    />
  );
}
