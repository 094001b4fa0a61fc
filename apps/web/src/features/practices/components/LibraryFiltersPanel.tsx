import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PracticeStatsQuery } from '@alliance/graphql';
import { FacetGroup } from '../../../ui/FacetGroup';
import { SearchForm } from '../../../ui/SearchForm';
import { useLabels } from '../../../ui/taxonomy/useLabels';
import {
  FACETS,
  hasLibraryFilters,
  normalizeFacet,
  NO_FILTERS,
  type Facet,
  type LibraryFilters,
} from '../libraryFilters';
import { codesOfKind } from '../../../ui/taxonomy/taxonomy';

type Stats = PracticeStatsQuery['practiceStats'];

/** Country chips shown before "Show all countries". */
const COUNTRY_CHIPS = 12;

interface LibraryFiltersPanelProps {
  filters: LibraryFilters;
  /** Counts per value (over every practice the viewer may see); undefined until loaded. */
  stats: Stats | undefined;
  onChange: (filters: LibraryFilters) => void;
}

/**
 * The library's sidebar: search, years, and a group of chips per taxonomy with counts where
 * the API has them. Chips apply as they are toggled; search and years on submit. The page keeps
 * everything in the address.
 */
export function LibraryFiltersPanel({ filters, stats, onChange }: LibraryFiltersPanelProps) {
  const { t } = useTranslation();
  return (
    <div className="filters library-filters" role="search" aria-label={t('library.filters.label')}>
      <SearchForm
        key={`q:${filters.query}`}
        label={t('library.filters.search')}
        buttonLabel={t('library.filters.searchButton')}
        query={filters.query}
        onSearch={(query) => onChange({ ...filters, query })}
      />
      <YearsForm
        key={`y:${filters.yearFrom}-${filters.yearTo}`}
        filters={filters}
        onChange={onChange}
      />
      {FACETS.map((facet) => (
        <LibraryFacetGroup
          key={facet.key}
          facet={facet}
          selected={filters.facets[facet.key]}
          counts={facet.stats && stats ? stats[facet.stats] : undefined}
          onChange={(values) =>
            onChange({ ...filters, facets: { ...filters.facets, [facet.key]: values } })
          }
        />
      ))}
      {hasLibraryFilters(filters) && (
        <p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onChange({ ...NO_FILTERS, order: filters.order })}
          >
            {t('library.filters.clear')}
          </button>
        </p>
      )}
    </div>
  );
}

interface FormProps {
  filters: LibraryFilters;
  onChange: (filters: LibraryFilters) => void;
}

const toYear = (value: string): number | null =>
  /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : null;

/** Started between two years (either may be left empty). */
function YearsForm({ filters, onChange }: FormProps) {
  const { t } = useTranslation();
  const fromId = useId();
  const toId = useId();
  const [from, setFrom] = useState(filters.yearFrom?.toString() ?? '');
  const [to, setTo] = useState(filters.yearTo?.toString() ?? '');
  const maxYear = new Date().getFullYear() + 1;
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onChange({ ...filters, yearFrom: toYear(from), yearTo: toYear(to) });
  }
  return (
    <form className="years-form" onSubmit={onSubmit}>
      <fieldset className="filter-group">
        <legend>{t('library.filters.years')}</legend>
        <div className="years-form__row">
          <div className="field field--compact">
            <label htmlFor={fromId} className="field__label">
              {t('library.filters.yearFrom')}
            </label>
            <input
              id={fromId}
              className="input"
              type="number"
              inputMode="numeric"
              min={1990}
              max={maxYear}
              name="from"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          </div>
          <div className="field field--compact">
            <label htmlFor={toId} className="field__label">
              {t('library.filters.yearTo')}
            </label>
            <input
              id={toId}
              className="input"
              type="number"
              inputMode="numeric"
              min={1990}
              max={maxYear}
              name="to"
              value={to}
              onChange={(e) => setTo(e.target.value)}
            />
          </div>
          <button type="submit" className="button button--secondary button--small">
            {t('library.filters.applyYears')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

interface FacetGroupProps {
  facet: Facet;
  selected: string[];
  counts: readonly { value: string; count: number }[] | undefined;
  onChange: (values: string[]) => void;
}

/** One taxonomy's chips (checkboxes), with counts where the API has them. */
function LibraryFacetGroup({ facet, selected, counts, onChange }: FacetGroupProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [showAll, setShowAll] = useState(false);
  const countOf = useMemo(() => new Map(counts?.map((c) => [c.value, c.count])), [counts]);

  // Countries: those the library has practices in (most first), then chosen ones without any.
  const codes =
    facet.kind === null
      ? [...(counts ?? []).map((c) => c.value), ...selected.filter((code) => !countOf.has(code))]
      : codesOfKind(facet.kind);
  const limited = facet.kind === null && !showAll && codes.length > COUNTRY_CHIPS;
  const shown = limited
    ? [
        ...codes.slice(0, COUNTRY_CHIPS),
        ...codes.slice(COUNTRY_CHIPS).filter((c) => selected.includes(c)),
      ]
    : codes;

  return (
    <FacetGroup
      facetKey={facet.key}
      title={t(`library.facets.${facet.key}`)}
      param={facet.param}
      open={facet.open}
      codes={shown}
      selected={selected}
      labelOf={(code) =>
        facet.kind === null ? labels.country(code) : labels.taxonomy(facet.kind, code)
      }
      counts={facet.stats && counts ? countOf : undefined}
      selectedLabel={(count) => t('library.filters.selected', { count })}
      chipLabel={(values) => t('library.filters.chipLabel', values)}
      onToggle={(code, checked) =>
        onChange(
          normalizeFacet(
            facet,
            checked ? [...selected, code] : selected.filter((value) => value !== code),
          ),
        )
      }
      emptyLabel={t('library.filters.noValues')}
    >
      {limited && (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          {t('library.filters.showAllCountries', { count: codes.length })}
        </button>
      )}
    </FacetGroup>
  );
}
