/**
 * The OSCE: its 57 participating States and 11 Partners for Co-operation, with ISO 3166-1
 * alpha-2 codes and the names the OSCE uses. Data embedded from the project's reference file
 * (shared/reference/osce.json), so it works in the browser too; a test cross-checks the two.
 *
 * Each participating State is placed in one region (an editorial grouping for browsing, not an
 * OSCE designation): Mongolia is grouped with Central Asia, Türkiye with South-Eastern Europe.
 * Partners are placed in the region of their group.
 */
import type { CountryCode } from './country-names.js';
import type { Region } from './regions.js';

export type OsceStatus = 'PARTICIPATING_STATE' | 'PARTNER';
export type OscePartnerGroup = 'MEDITERRANEAN' | 'ASIAN';

export interface OsceParticipatingState {
  readonly code: CountryCode;
  /** Name as used by the OSCE. */
  readonly name: string;
  readonly region: Region;
}

export interface OscePartner {
  readonly code: CountryCode;
  /** Name as used by the OSCE. */
  readonly name: string;
  readonly group: OscePartnerGroup;
  readonly region: Region;
}

export const OSCE_PARTICIPATING_STATES = [
  { code: 'AL', name: 'Albania', region: 'SOUTH_EASTERN_EUROPE' },
  { code: 'AD', name: 'Andorra', region: 'SOUTHERN_EUROPE' },
  { code: 'AM', name: 'Armenia', region: 'SOUTH_CAUCASUS' },
  { code: 'AT', name: 'Austria', region: 'WESTERN_EUROPE' },
  { code: 'AZ', name: 'Azerbaijan', region: 'SOUTH_CAUCASUS' },
  { code: 'BY', name: 'Belarus', region: 'EASTERN_EUROPE' },
  { code: 'BE', name: 'Belgium', region: 'WESTERN_EUROPE' },
  { code: 'BA', name: 'Bosnia and Herzegovina', region: 'SOUTH_EASTERN_EUROPE' },
  { code: 'BG', name: 'Bulgaria', region: 'SOUTH_EASTERN_EUROPE' },
  { code: 'CA', name: 'Canada', region: 'NORTH_AMERICA' },
  { code: 'HR', name: 'Croatia', region: 'SOUTH_EASTERN_EUROPE' },
  { code: 'CY', name: 'Cyprus', region: 'SOUTHERN_EUROPE' },
  { code: 'CZ', name: 'Czechia', region: 'CENTRAL_EUROPE' },
  { code: 'DK', name: 'Denmark', region: 'NORTHERN_EUROPE' },
  { code: 'EE', name: 'Estonia', region: 'NORTHERN_EUROPE' },
  { code: 'FI', name: 'Finland', region: 'NORTHERN_EUROPE' },
  { code: 'FR', name: 'France', region: 'WESTERN_EUROPE' },
  { code: 'GE', name: 'Georgia', region: 'SOUTH_CAUCASUS' },
  { code: 'DE', name: 'Germany', region: 'WESTERN_EUROPE' },
  { code: 'GR', name: 'Greece', region: 'SOUTHERN_EUROPE' },
  { code: 'VA', name: 'Holy See', region: 'SOUTHERN_EUROPE' },
  { code: 'HU', name: 'Hungary', region: 'CENTRAL_EUROPE' },
  { code: 'IS', name: 'Iceland', region: 'NORTHERN_EUROPE' },
  { code: 'IE', name: 'Ireland', region: 'WESTERN_EUROPE' },
  { code: 'IT', name: 'Italy', region: 'SOUTHERN_EUROPE' },
  { code: 'KZ', name: 'Kazakhstan', region: 'CENTRAL_ASIA' },
  { code: 'KG', name: 'Kyrgyzstan', region: 'CENTRAL_ASIA' },
  { code: 'LV', name: 'Latvia', region: 'NORTHERN_EUROPE' },
  { code: 'LI', name: 'Liechtenstein', region: 'WESTERN_EUROPE' },
  { code: 'LT', name: 'Lithuania', region: 'NORTHERN_EUROPE' },
  { code: 'LU', name: 'Luxembourg', region: 'WESTERN_EUROPE' },
  { code: 'MT', name: 'Malta', region: 'SOUTHERN_EUROPE' },
  { code: 'MD', name: 'Moldova', region: 'EASTERN_EUROPE' },
  { code: 'MC', name: 'Monaco', region: 'WESTERN_EUROPE' },
  { code: 'MN', name: 'Mongolia', region: 'CENTRAL_ASIA' },
  { code: 'ME', name: 'Montenegro', region: 'SOUTH_EASTERN_EUROPE' },
  { code: 'NL', name: 'Netherlands', region: 'WESTERN_EUROPE' },
  { code: 'MK', name: 'North Macedonia', region: 'SOUTH_EASTERN_EUROPE' },
  { code: 'NO', name: 'Norway', region: 'NORTHERN_EUROPE' },
  { code: 'PL', name: 'Poland', region: 'CENTRAL_EUROPE' },
  { code: 'PT', name: 'Portugal', region: 'SOUTHERN_EUROPE' },
  { code: 'RO', name: 'Romania', region: 'SOUTH_EASTERN_EUROPE' },
  { code: 'RU', name: 'Russian Federation', region: 'EASTERN_EUROPE' },
  { code: 'SM', name: 'San Marino', region: 'SOUTHERN_EUROPE' },
  { code: 'RS', name: 'Serbia', region: 'SOUTH_EASTERN_EUROPE' },
  { code: 'SK', name: 'Slovakia', region: 'CENTRAL_EUROPE' },
  { code: 'SI', name: 'Slovenia', region: 'CENTRAL_EUROPE' },
  { code: 'ES', name: 'Spain', region: 'SOUTHERN_EUROPE' },
  { code: 'SE', name: 'Sweden', region: 'NORTHERN_EUROPE' },
  { code: 'CH', name: 'Switzerland', region: 'WESTERN_EUROPE' },
  { code: 'TJ', name: 'Tajikistan', region: 'CENTRAL_ASIA' },
  { code: 'TR', name: 'Türkiye', region: 'SOUTH_EASTERN_EUROPE' },
  { code: 'TM', name: 'Turkmenistan', region: 'CENTRAL_ASIA' },
  { code: 'UA', name: 'Ukraine', region: 'EASTERN_EUROPE' },
  { code: 'GB', name: 'United Kingdom', region: 'WESTERN_EUROPE' },
  { code: 'US', name: 'United States of America', region: 'NORTH_AMERICA' },
  { code: 'UZ', name: 'Uzbekistan', region: 'CENTRAL_ASIA' },
] as const satisfies readonly OsceParticipatingState[];

/** Partners for Co-operation: six Mediterranean and five Asian. */
export const OSCE_PARTNERS = [
  { code: 'DZ', name: 'Algeria', group: 'MEDITERRANEAN', region: 'MEDITERRANEAN_PARTNERS' },
  { code: 'EG', name: 'Egypt', group: 'MEDITERRANEAN', region: 'MEDITERRANEAN_PARTNERS' },
  { code: 'IL', name: 'Israel', group: 'MEDITERRANEAN', region: 'MEDITERRANEAN_PARTNERS' },
  { code: 'JO', name: 'Jordan', group: 'MEDITERRANEAN', region: 'MEDITERRANEAN_PARTNERS' },
  { code: 'MA', name: 'Morocco', group: 'MEDITERRANEAN', region: 'MEDITERRANEAN_PARTNERS' },
  { code: 'TN', name: 'Tunisia', group: 'MEDITERRANEAN', region: 'MEDITERRANEAN_PARTNERS' },
  { code: 'AF', name: 'Afghanistan', group: 'ASIAN', region: 'ASIAN_PARTNERS' },
  { code: 'AU', name: 'Australia', group: 'ASIAN', region: 'ASIAN_PARTNERS' },
  { code: 'JP', name: 'Japan', group: 'ASIAN', region: 'ASIAN_PARTNERS' },
  { code: 'KR', name: 'Republic of Korea', group: 'ASIAN', region: 'ASIAN_PARTNERS' },
  { code: 'TH', name: 'Thailand', group: 'ASIAN', region: 'ASIAN_PARTNERS' },
] as const satisfies readonly OscePartner[];
