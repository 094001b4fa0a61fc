/**
 * Regions used to group countries, following the OSCE area: sub-regions of the participating
 * States plus the two groups of Partners for Co-operation. `GLOBAL` marks work that is not tied
 * to a region. Countries outside the OSCE area have no region (see `regionOf` in countries.ts).
 *
 * Codes are stable identifiers: never rename or reuse one; add new entries instead.
 */
import { codesOf, type CodeOf } from './taxonomy.js';

export const REGIONS = [
  { code: 'WESTERN_EUROPE', label: 'Western Europe' },
  { code: 'NORTHERN_EUROPE', label: 'Northern Europe' },
  { code: 'SOUTHERN_EUROPE', label: 'Southern Europe' },
  { code: 'CENTRAL_EUROPE', label: 'Central Europe' },
  { code: 'SOUTH_EASTERN_EUROPE', label: 'South-Eastern Europe' },
  { code: 'EASTERN_EUROPE', label: 'Eastern Europe' },
  { code: 'SOUTH_CAUCASUS', label: 'South Caucasus' },
  { code: 'CENTRAL_ASIA', label: 'Central Asia' },
  { code: 'NORTH_AMERICA', label: 'North America' },
  { code: 'MEDITERRANEAN_PARTNERS', label: 'Mediterranean Partners for Co-operation' },
  { code: 'ASIAN_PARTNERS', label: 'Asian Partners for Co-operation' },
  { code: 'GLOBAL', label: 'Global' },
] as const;
export type Region = CodeOf<typeof REGIONS>;
export const REGION_CODES = codesOf(REGIONS);
