import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchKind } from '@alliance/graphql';
import { usePatternLabels } from '../../../ui/taxonomy/usePatternLabels';
import { useLabels } from '../../../ui/taxonomy/useLabels';
import type { SearchFacetConfig } from '../searchFilters';

export interface FacetLabeller {
  /** The facet's name ("Focus area"). */
  title: (facet: SearchFacetConfig) => string;
  /**
   * A value's name in the interface language: the practice library's labels for taxonomy codes,
   * the pattern library's for misuse codes, the country's name, or for organizations and categories the name the API sent (else the
   * short name).
   */
  value: (facet: SearchFacetConfig, value: string, apiLabel?: string | null) => string;
}

export function useFacetLabels(): FacetLabeller {
  const { t } = useTranslation();
  const labels = useLabels();
  const patternLabel = usePatternLabels();
  return useMemo(
    () => ({
      title: (facet) => t(`search.facets.${facet.field}`),
      value: (facet, value, apiLabel) => {
        switch (facet.labels.type) {
          case 'taxonomy':
            return labels.taxonomy(facet.labels.kind, value);
          case 'pattern':
            return patternLabel(facet.labels.kind, value);
          case 'country':
            return labels.country(value);
          case 'kind':
            return t(`search.kinds.${value as SearchKind}`, { defaultValue: value });
          case 'api':
            return apiLabel || value;
        }
      },
    }),
    [t, labels, patternLabel],
  );
}
