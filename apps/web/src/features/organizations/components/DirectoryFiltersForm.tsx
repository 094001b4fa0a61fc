import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_TYPES } from '@alliance/domain';
import type { StakeholderType } from '@alliance/graphql';
import { SearchForm } from '../../../ui/SearchForm';
import { hasFilters, type DirectoryFilters } from '../directoryFilters';
import { CountryOptions } from './CountryOptions';

interface DirectoryFiltersFormProps {
  filters: DirectoryFilters;
  onChange: (filters: DirectoryFilters) => void;
}

/**
 * Search and filters for the directory. The search applies on submit; the other controls apply
 * as they change. The page keeps the filters in the address.
 */
export function DirectoryFiltersForm({ filters, onChange }: DirectoryFiltersFormProps) {
  const { t } = useTranslation();
  const countryId = useId();
  // The page re-mounts the form (key) when the address changes the query, e.g. with the Back
  // button; "Clear" re-mounts the search box, to empty it of words not searched for yet too.
  const [searchBox, setSearchBox] = useState(0);

  function toggleType(type: StakeholderType, checked: boolean) {
    const types = checked ? [...filters.types, type] : filters.types.filter((t) => t !== type);
    // Keep the taxonomy's order, so the same choice always gives the same address.
    onChange({
      ...filters,
      types: STAKEHOLDER_TYPES.map((s) => s.code).filter((code) => types.includes(code)),
    });
  }

  return (
    <div className="filters" role="search" aria-label={t('organizations.filters.label')}>
      <SearchForm
        key={searchBox}
        label={t('organizations.filters.search')}
        buttonLabel={t('organizations.filters.searchButton')}
        query={filters.query}
        onSearch={(query) => onChange({ ...filters, query })}
      />
      <fieldset className="filter-group">
        <legend>{t('organizations.filters.type')}</legend>
        {STAKEHOLDER_TYPES.map(({ code }) => (
          <label key={code} className="checkbox">
            <input
              type="checkbox"
              name="type"
              value={code}
              checked={filters.types.includes(code)}
              onChange={(e) => toggleType(code, e.target.checked)}
            />
            {t(`stakeholderType.${code}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={countryId} className="field__label">
          {t('organizations.filters.country')}
        </label>
        <select
          id={countryId}
          className="input"
          name="country"
          value={filters.country}
          onChange={(e) => onChange({ ...filters, country: e.target.value })}
        >
          <option value="">{t('organizations.filters.anyCountry')}</option>
          <CountryOptions />
        </select>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          name="verified"
          checked={filters.verified}
          onChange={(e) => onChange({ ...filters, verified: e.target.checked })}
        />
        {t('organizations.filters.verifiedOnly')}
      </label>
      {hasFilters(filters) && (
        <p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setSearchBox((box) => box + 1);
              onChange({ query: '', types: [], country: '', verified: false });
            }}
          >
            {t('organizations.filters.clear')}
          </button>
        </p>
      )}
    </div>
  );
}
