// Cross-checks the embedded OSCE data against the reference file. Reading the file with fs is
// fine here: tests run on the development machine; the package itself never reads files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COUNTRIES,
  COUNTRY_CODES,
  COUNTRY_NAMES_EN,
  OSCE_PARTICIPATING_STATES,
  OSCE_PARTICIPATING_STATE_CODES,
  OSCE_PARTNERS,
  OSCE_PARTNER_CODES,
  REGIONS,
  USER_ASSIGNED_COUNTRY_CODES,
  countriesInRegion,
  countriesSortedByName,
  countryName,
  countryOf,
  isCountryCode,
  labelOf,
  regionOf,
} from '../index.js';

interface OsceReference {
  officialLanguages: { code: string; name: string }[];
  participatingStates: { iso2: string; name: string }[];
  partnersForCooperation: { iso2: string; name: string; group: string }[];
}

const referencePath = join(__dirname, '../../reference/osce.json');
const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as OsceReference;

describe('countries', () => {
  it('lists the 249 ISO 3166-1 alpha-2 codes plus XK, unique and sorted', () => {
    expect(COUNTRY_CODES).toHaveLength(250);
    expect(new Set(COUNTRY_CODES).size).toBe(250);
    expect([...COUNTRY_CODES].sort()).toEqual([...COUNTRY_CODES]);
    expect(
      COUNTRY_CODES.filter((c) => !(USER_ASSIGNED_COUNTRY_CODES as readonly string[]).includes(c)),
    ).toHaveLength(249);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('has an English name for every code, matching Intl apart from the documented spellings', () => {
    const intl = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    expect(COUNTRIES).toHaveLength(COUNTRY_CODES.length);
    for (const country of COUNTRIES) {
      expect(country.label).toBe(COUNTRY_NAMES_EN[country.code]);
      expect(intl.of(country.code)).toBeTruthy();
      if (!['CD', 'CG', 'VC'].includes(country.code)) {
        expect(country.label).toBe(
          intl
            .of(country.code)!
            .replace(/ & /g, ' and ')
            .replace(/\bSt\. /g, 'Saint '),
        );
      }
    }
  });

  it('marks 57 participating States and 11 Partners', () => {
    expect(OSCE_PARTICIPATING_STATE_CODES).toHaveLength(57);
    expect(OSCE_PARTNER_CODES).toHaveLength(11);
    expect(COUNTRIES.filter((c) => c.osce === null)).toHaveLength(250 - 68);
  });

  it('marks every participating State of the reference file', () => {
    expect(reference.participatingStates).toHaveLength(57);
    for (const state of reference.participatingStates) {
      expect(countryOf(state.iso2)).toMatchObject({
        osce: 'PARTICIPATING_STATE',
        partnerGroup: null,
      });
    }
    expect(OSCE_PARTICIPATING_STATES.map((s) => ({ iso2: s.code, name: s.name }))).toEqual(
      reference.participatingStates,
    );
  });

  it('marks every Partner of the reference file with its group', () => {
    expect(reference.partnersForCooperation).toHaveLength(11);
    for (const partner of reference.partnersForCooperation) {
      expect(countryOf(partner.iso2)).toMatchObject({
        osce: 'PARTNER',
        partnerGroup: partner.group.toUpperCase(),
      });
    }
    expect(
      OSCE_PARTNERS.map((p) => ({ iso2: p.code, name: p.name, group: p.group.toLowerCase() })),
    ).toEqual(reference.partnersForCooperation);
  });

  it('places every participating State and Partner in a region', () => {
    const regionCodes = REGIONS.map((r) => r.code) as string[];
    for (const country of COUNTRIES.filter((c) => c.osce)) {
      expect(country.region).not.toBeNull();
      expect(regionCodes).toContain(country.region);
    }
    expect(regionOf('DZ')).toBe('MEDITERRANEAN_PARTNERS');
    expect(regionOf('JP')).toBe('ASIAN_PARTNERS');
    expect(regionOf('KZ')).toBe('CENTRAL_ASIA');
    expect(regionOf('GE')).toBe('SOUTH_CAUCASUS');
    expect(regionOf('US')).toBe('NORTH_AMERICA');
    expect(regionOf('XK')).toBe('SOUTH_EASTERN_EUROPE');
    expect(regionOf('BR')).toBeNull();
    expect(regionOf('??')).toBeNull();
  });

  it('lists the countries of a region', () => {
    expect(countriesInRegion('SOUTH_CAUCASUS').map((c) => c.code)).toEqual(['AM', 'AZ', 'GE']);
    expect(countriesInRegion('MEDITERRANEAN_PARTNERS')).toHaveLength(6);
    expect(countriesInRegion('ASIAN_PARTNERS')).toHaveLength(5);
    expect(countriesInRegion('GLOBAL')).toEqual([]);
  });

  it('isCountryCode accepts known upper-case codes only', () => {
    expect(isCountryCode('DE')).toBe(true);
    expect(isCountryCode('XK')).toBe(true);
    expect(isCountryCode('de')).toBe(false);
    expect(isCountryCode('ZZ')).toBe(false);
    expect(isCountryCode('UK')).toBe(false);
    expect(isCountryCode(undefined)).toBe(false);
  });

  it('names countries in the six OSCE languages and falls back to English', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('DE', 'en-GB')).toBe('Germany');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('DE', 'de')).toBe('Deutschland');
    expect(countryName('DE', 'it')).toBe('Germania');
    expect(countryName('DE', 'ru')).toBe('Германия');
    expect(countryName('DE', 'es')).toBe('Alemania');
    expect(countryName('DE', 'not a locale!')).toBe('Germany');
    expect(countryName('ZZ', 'fr')).toBe('ZZ');
    expect(labelOf(COUNTRIES, 'BA')).toBe('Bosnia and Herzegovina');
  });

  it('sorts countries by name in a language', () => {
    const names = countriesSortedByName('fr').map((c) => c.name);
    expect(names).toHaveLength(250);
    expect(names.indexOf('Allemagne')).toBeLessThan(names.indexOf('Belgique'));
    expect(countriesSortedByName('not a locale!')[0]!.name).toBe('Afghanistan');
  });
});
