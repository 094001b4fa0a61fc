import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchQuery } from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { useFacetLabels } from '../hooks/useFacetLabels';
import {
  SEARCH_FACETS,
  withFacetValues,
  type SearchFacetConfig,
  type SearchState,
} from '../searchFilters';

export type FacetDistribution = SearchQuery['search']['facetDistribution'];

export interface FacetValue {
  value: string;
  /** Results with it; 0 for a chosen value the results no longer have. */
  count: number;
  /** The API's display name (organizations, categories). */
  label: string | null;
}

/** Facets shown unfolded even with nothing chosen (the others fold away, as in the library). */
const OPEN_FACETS: ReadonlySet<SearchFacetConfig['facet']> = new Set([
  'KIND',
  'FOCUS_AREA',
  'TECHNOLOGY',
]);

/** Values shown per facet before "Show all". */
export const FACET_VALUES_SHOWN = 8;

/**
 * A facet's values as the API counted them (most frequent first), then any chosen value the
 * results do not have, so that it can still be seen and unticked.
 */
export function facetValues(
  facet: SearchFacetConfig,
  distribution: FacetDistribution | undefined,
  selected: readonly string[],
): FacetValue[] {
  const counted = distribution?.find((d) => d.facet === facet.facet)?.values ?? [];
  const values: FacetValue[] = counted.map(({ value, count, label }) => ({ value, count, label }));
  for (const value of selected) {
    if (!values.some((v) => v.value === value)) values.push({ value, count: 0, label: null });
  }
  return values;
}

interface SearchFacetsPanelProps {
  state: SearchState;
  /** The counts of the current results; undefined until the first answer. */
  distribution: FacetDistribution | undefined;
  onChange: (state: SearchState) => void;
}

/**
 * The search page's sidebar: per facet a checkbox for each value with its count. Values of one
 * facet widen the search (any of them), facets narrow it (all of them): the API does that.
 */
export function SearchFacetsPanel({ state, distribution, onChange }: SearchFacetsPanelProps) {
  const { t } = useTranslation();
  const groups = SEARCH_FACETS.map((facet) => ({
    facet,
    values: facetValues(facet, distribution, state.filters[facet.field]),
  })).filter((group) => group.values.length > 0);

  return (
    <aside className="filters search-filters" aria-label={t('search.filters.label')}>
      {groups.map(({ facet, values }) => (
        <FacetGroup
          key={facet.facet}
          facet={facet}
          values={values}
          selected={state.filters[facet.field]}
          onChange={(next) => onChange(withFacetValues(state, facet, next))}
        />
      ))}
    </aside>
  );
}

interface FacetGroupProps {
  facet: SearchFacetConfig;
  values: FacetValue[];
  selected: string[];
  onChange: (values: string[]) => void;
}

function FacetGroup({ facet, values, selected, onChange }: FacetGroupProps) {
  const { t } = useTranslation();
  const labels = useFacetLabels();
  const format = useNumberFormat();
  const [showAll, setShowAll] = useState(false);
  const title = labels.title(facet);
  const limited = !showAll && values.length > FACET_VALUES_SHOWN;
  const shown = limited
    ? [
        ...values.slice(0, FACET_VALUES_SHOWN),
        ...values.slice(FACET_VALUES_SHOWN).filter((v) => selected.includes(v.value)),
      ]
    : values;

  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));

  return (
    <details
      className="facet"
      open={OPEN_FACETS.has(facet.facet) || selected.length > 0}
      data-testid={`search-facet-${facet.field}`}
    >
      <summary className="facet__summary">
        {title}
        {selected.length > 0 && (
          <span className="facet__selected">
            {t('search.filters.selected', { count: selected.length })}
          </span>
        )}
      </summary>
      <fieldset className="chips">
        <legend className="visually-hidden">{title}</legend>
        {shown.map(({ value, count, label: apiLabel }) => {
          const label = labels.value(facet, value, apiLabel);
          return (
            <label key={value} className="chip" data-value={value}>
              <input
                type="checkbox"
                name={facet.param}
                value={value}
                checked={selected.includes(value)}
                onChange={(e) => toggle(value, e.target.checked)}
                aria-label={t('search.filters.chipLabel', {
                  label,
                  count,
                  formatted: format.format(count),
                })}
              />
              <span className="chip__label">{label}</span>
              <span className="chip__count" aria-hidden="true">
                {format.format(count)}
              </span>
            </label>
          );
        })}
      </fieldset>
      {limited && (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          {t('search.filters.showAll', { count: values.length })}
        </button>
      )}
    </details>
  );
}
