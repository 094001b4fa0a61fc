/**
 * Countries: ISO 3166-1 alpha-2 codes with English names, OSCE status and region.
 * The data is embedded (no file reads), so this module runs in Node and in the browser.
 */
import { COUNTRY_CODES, COUNTRY_NAMES_EN, type CountryCode } from './country-names.js';
import {
  OSCE_PARTICIPATING_STATES,
  OSCE_PARTNERS,
  type OscePartnerGroup,
  type OsceStatus,
} from './osce.js';
import type { Region } from './regions.js';

export interface Country {
  readonly code: CountryCode;
  /** English name (the same field name as taxonomy entries, so `labelOf(COUNTRIES, code)` works). */
  readonly label: string;
  /** OSCE status, or `null` for a country that is neither a participating State nor a Partner. */
  readonly osce: OsceStatus | null;
  /** The group of an OSCE Partner for Co-operation; `null` for every other country. */
  readonly partnerGroup: OscePartnerGroup | null;
  /** Region in the OSCE area, or `null` for a country outside it. */
  readonly region: Region | null;
}

/** Kosovo is not a participating State but lies in the OSCE area (OSCE Mission in Kosovo). */
const OTHER_REGIONS: Partial<Record<CountryCode, Region>> = { XK: 'SOUTH_EASTERN_EUROPE' };

const stateByCode = new Map<string, (typeof OSCE_PARTICIPATING_STATES)[number]>(
  OSCE_PARTICIPATING_STATES.map((s) => [s.code, s]),
);
const partnerByCode = new Map<string, (typeof OSCE_PARTNERS)[number]>(
  OSCE_PARTNERS.map((p) => [p.code, p]),
);

function buildCountry(code: CountryCode): Country {
  const state = stateByCode.get(code);
  const partner = partnerByCode.get(code);
  return Object.freeze({
    code,
    label: COUNTRY_NAMES_EN[code],
    osce: state ? 'PARTICIPATING_STATE' : partner ? 'PARTNER' : null,
    partnerGroup: partner?.group ?? null,
    region: state?.region ?? partner?.region ?? OTHER_REGIONS[code] ?? null,
  });
}

/** All countries, ordered by code. */
export const COUNTRIES: readonly Country[] = Object.freeze(COUNTRY_CODES.map(buildCountry));

const countryByCode = new Map<string, Country>(COUNTRIES.map((c) => [c.code, c]));

/** Type guard: is `value` a known country code? Exact match: codes are upper-case ("DE", not "de"). */
export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && countryByCode.has(value);
}

/** The country with this code, or `undefined` for an unknown code. */
export function countryOf(code: string): Country | undefined {
  return countryByCode.get(code);
}

/** The region of a country, or `null` for a country outside the OSCE area or an unknown code. */
export function regionOf(code: string): Region | null {
  return countryByCode.get(code)?.region ?? null;
}

/** The countries of a region, ordered by code (empty for `GLOBAL`). */
export function countriesInRegion(region: Region): Country[] {
  return COUNTRIES.filter((c) => c.region === region);
}

/** OSCE participating States (57), ordered by code. */
export const OSCE_PARTICIPATING_STATE_CODES: readonly CountryCode[] = Object.freeze(
  COUNTRIES.filter((c) => c.osce === 'PARTICIPATING_STATE').map((c) => c.code),
);

/** OSCE Partners for Co-operation (11), ordered by code. */
export const OSCE_PARTNER_CODES: readonly CountryCode[] = Object.freeze(
  COUNTRIES.filter((c) => c.osce === 'PARTNER').map((c) => c.code),
);

const displayNamesCache = new Map<string, Intl.DisplayNames | null>();

function regionDisplayNames(locale: string): Intl.DisplayNames | null {
  if (!displayNamesCache.has(locale)) {
    let displayNames: Intl.DisplayNames | null = null;
    try {
      displayNames = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      // Invalid locale tag, or a runtime without Intl.DisplayNames: fall back to English.
    }
    displayNamesCache.set(locale, displayNames);
  }
  return displayNamesCache.get(locale) ?? null;
}

/**
 * The name of a country in a language (a BCP 47 tag such as "fr" or "de-CH"). English names
 * come from the embedded table; other languages from `Intl.DisplayNames`, falling back to the
 * English name when the runtime has no name for it. An unknown code is returned unchanged.
 */
export function countryName(code: string, locale = 'en'): string {
  const country = countryByCode.get(code);
  if (!country) return code;
  if (locale === 'en' || locale.toLowerCase().startsWith('en-')) return country.label;
  return regionDisplayNames(locale)?.of(code) ?? country.label;
}

/** Countries sorted by their name in a language, for pickers. */
export function countriesSortedByName(locale = 'en'): { code: CountryCode; name: string }[] {
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(locale);
  } catch {
    collator = new Intl.Collator('en');
  }
  return COUNTRIES.map((c) => ({ code: c.code, name: countryName(c.code, locale) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
