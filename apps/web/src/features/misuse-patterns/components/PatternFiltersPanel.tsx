import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { useLabels } from '../../practices/hooks/useLabels';
import { usePatternLabels } from '../hooks/usePatternLabels';
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
      <SearchForm key={`q:${filters.query}`} filters={filters} onChange={onChange} />
      {PATTERN_FACETS.map((facet) => (
        <FacetGroup
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

interface SearchFormProps {
  filters: PatternFilters;
  onChange: (filters: PatternFilters) => void;
}

/** Words in the title, summary or indicators (re-mounted when the address changes them). */
function SearchForm({ filters, onChange }: SearchFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState(filters.query);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onChange({ ...filters, query: query.trim() });
  }
  return (
    <form className="search-form" onSubmit={onSubmit}>
      <label htmlFor={id} className="field__label">
        {t('misusePatterns.library.filters.search')}
      </label>
      <div className="search-form__row">
        <input
          id={id}
          className="input"
          type="search"
          name="q"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="submit" className="button">
          {t('misusePatterns.library.filters.searchButton')}
        </button>
      </div>
    </form>
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

/** One taxonomy's chips (checkboxes), folded away unless open by default or in use. */
function FacetGroup({ facet, selected, counts, onChange }: FacetGroupProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const labelOf = useFacetLabel();
  const countOf = useMemo(() => new Map(counts?.map((c) => [c.value, c.count])), [counts]);
  const title = t(`misusePatterns.library.facets.${facet.key}`);

  const toggle = (code: string, checked: boolean) =>
    onChange(
      normalizePatternFacet(
        facet,
        checked ? [...selected, code] : selected.filter((value) => value !== code),
      ),
    );

  return (
    <details
      className="facet"
      open={facet.open || selected.length > 0}
      data-testid={`facet-${facet.key}`}
    >
      <summary className="facet__summary">
        {title}
        {selected.length > 0 && (
          <span className="facet__selected">
            {t('misusePatterns.library.filters.selected', { count: selected.length })}
          </span>
        )}
      </summary>
      <fieldset className="chips">
        <legend className="visually-hidden">{title}</legend>
        {facet.codes().map((code) => {
          const label = labelOf(facet.key, code);
          const count = counts ? (countOf.get(code) ?? 0) : undefined;
          return (
            <label key={code} className="chip" data-code={code}>
              <input
                type="checkbox"
                name={facet.param}
                value={code}
                checked={selected.includes(code)}
                onChange={(e) => toggle(code, e.target.checked)}
                aria-label={
                  count === undefined
                    ? undefined
                    : t('misusePatterns.library.filters.chipLabel', {
                        label,
                        count,
                        formatted: format.format(count),
                      })
                }
              />
              <span className="chip__label">{label}</span>
              {count !== undefined && (
                <span className="chip__count" aria-hidden="true">
                  {format.format(count)}
                </span>
              )}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
