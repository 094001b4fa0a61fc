import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countriesSortedByName, countryOf } from '@alliance/domain';
import { DEFAULT_LOCALE } from '../../../app/i18n/locales';

interface CountryPickerProps {
  values: readonly string[];
  onChange: (values: string[]) => void;
  error?: string;
}

/** Lower-case, without accents: "Türkiye" is found by "turk". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * Several countries, chosen from a list that a search box narrows: the OSCE participating
 * States first, then the Partners for Co-operation, then every other country. The chosen ones
 * are listed above, each with a button to remove it.
 */
export function CountryPicker({ values, onChange, error }: CountryPickerProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? DEFAULT_LOCALE;
  const id = useId();
  const [search, setSearch] = useState('');
  const all = useMemo(() => countriesSortedByName(locale), [locale]);
  const nameOf = useMemo(() => new Map(all.map((c) => [c.code as string, c.name])), [all]);
  const groups = useMemo(() => {
    const needle = fold(search.trim());
    const matching = needle ? all.filter((c) => fold(c.name).includes(needle)) : all;
    const status = (code: string) => countryOf(code)?.osce ?? null;
    return [
      {
        key: 'participating',
        label: t('countries.participating'),
        items: matching.filter((c) => status(c.code) === 'PARTICIPATING_STATE'),
      },
      {
        key: 'partners',
        label: t('countries.partners'),
        items: matching.filter((c) => status(c.code) === 'PARTNER'),
      },
      {
        key: 'others',
        label: t('countries.others'),
        items: matching.filter((c) => status(c.code) === null),
      },
    ];
  }, [all, search, t]);
  const chosen = new Set(values);
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...values, code] : values.filter((value) => value !== code));
  const errorId = `${id}-error`;
  const found = groups.some((group) => group.items.length > 0);

  return (
    <fieldset
      className={['country-picker', error ? 'field--invalid' : ''].join(' ').trim()}
      data-testid="country-picker"
    >
      <legend className="field__label">
        {t('editor.countries')} <span className="field__optional">{t('common.optional')}</span>
      </legend>
      <p className="field__hint">{t('editor.countriesHint')}</p>
      {values.length > 0 && (
        <ul className="chosen-list" aria-label={t('editor.chosenCountries')}>
          {values.map((code) => (
            <li key={code} className="tag tag--removable">
              {nameOf.get(code) ?? code}
              <button
                type="button"
                className="tag__remove"
                aria-label={t('editor.removeCountry', { country: nameOf.get(code) ?? code })}
                onClick={() => toggle(code, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-search`} className="field__label field__label--small">
        {t('editor.findCountry')}
      </label>
      <input
        id={`${id}-search`}
        className="input"
        type="search"
        autoComplete="off"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        aria-controls={`${id}-list`}
      />
      <div id={`${id}-list`} className="country-picker__list">
        {!found && <p className="muted">{t('editor.noCountryFound')}</p>}
        {groups.map(
          (group) =>
            group.items.length > 0 && (
              <div
                key={group.key}
                role="group"
                aria-labelledby={`${id}-${group.key}`}
                className="country-picker__group"
              >
                <p id={`${id}-${group.key}`} className="country-picker__group-label">
                  {group.label}
                </p>
                {group.items.map((country) => (
                  <label key={country.code} className="checkbox">
                    <input
                      type="checkbox"
                      name="countries"
                      value={country.code}
                      checked={chosen.has(country.code)}
                      onChange={(e) => toggle(country.code, e.target.checked)}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                    />
                    {country.name}
                  </label>
                ))}
              </div>
            ),
        )}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
