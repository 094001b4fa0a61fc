import { useTranslation } from 'react-i18next';
import { useFacetLabels } from '../hooks/useFacetLabels';
import { activeFacets, withFacetValues, withoutFilters, type SearchState } from '../searchFilters';
import { facetValues, type FacetDistribution } from './SearchFacetsPanel';

interface ActiveFiltersProps {
  state: SearchState;
  distribution: FacetDistribution | undefined;
  onChange: (state: SearchState) => void;
}

/** The chosen filter values above the results, each with a button that removes it. */
export function ActiveFilters({ state, distribution, onChange }: ActiveFiltersProps) {
  const { t } = useTranslation();
  const labels = useFacetLabels();
  const facets = activeFacets(state);
  if (facets.length === 0) return null;

  return (
    <div className="active-filters" role="group" aria-label={t('search.filters.active')}>
      <ul className="active-filters__list">
        {facets.flatMap((facet) => {
          const selected = state.filters[facet.field];
          const known = facetValues(facet, distribution, selected);
          return selected.map((value) => {
            const label = labels.value(facet, value, known.find((v) => v.value === value)?.label);
            return (
              <li key={`${facet.param}:${value}`}>
                <button
                  type="button"
                  className="active-filter"
                  aria-label={t('search.filters.remove', { facet: labels.title(facet), label })}
                  onClick={() =>
                    onChange(
                      withFacetValues(
                        state,
                        facet,
                        selected.filter((v) => v !== value),
                      ),
                    )
                  }
                >
                  <span className="active-filter__facet">{labels.title(facet)}:</span> {label}
                  <span className="active-filter__remove" aria-hidden="true">
                    ×
                  </span>
                </button>
              </li>
            );
          });
        })}
      </ul>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange(withoutFilters(state))}
      >
        {t('search.filters.clear')}
      </button>
    </div>
  );
}
