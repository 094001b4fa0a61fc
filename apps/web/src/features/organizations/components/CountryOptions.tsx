import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countriesSortedByName, countryOf } from '@alliance/domain';
import { DEFAULT_LOCALE } from '../../../app/i18n/locales';

/**
 * <option>s for every country, by name: the OSCE participating States first, then the Partners
 * for Co-operation, then all others.
 */
export function CountryOptions() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? DEFAULT_LOCALE;
  const groups = useMemo(() => {
    const all = countriesSortedByName(locale);
    const status = (code: string) => countryOf(code)?.osce ?? null;
    return {
      participating: all.filter((c) => status(c.code) === 'PARTICIPATING_STATE'),
      partners: all.filter((c) => status(c.code) === 'PARTNER'),
      others: all.filter((c) => status(c.code) === null),
    };
  }, [locale]);
  return (
    <>
      <optgroup label={t('countries.participating')}>
        {groups.participating.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('countries.partners')}>
        {groups.partners.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('countries.others')}>
        {groups.others.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </optgroup>
    </>
  );
}
