/**
 * Search requests as users and partners send them. The API validates every search with this
 * schema before any engine sees it, so only known codes and well-formed slugs reach a filter
 * expression; the web search page shows the same messages.
 */
import { z } from 'zod';
import {
  FOCUS_AREA_CODES,
  FORM_OF_EXPLOITATION_CODES,
  PRACTICE_STATUS_CODES,
  PURPOSE_CODES,
  SECTOR_CODES,
  STAKEHOLDER_TYPE_CODES,
  TARGET_USER_CODES,
  TECHNOLOGY_CODES,
} from '../practice-taxonomies.js';
import {
  MISUSE_TREND_CODES,
  MISUSED_TECHNOLOGY_CODES,
  TRAFFICKING_STAGE_CODES,
} from '../misuse-taxonomies.js';
import { REGION_CODES } from '../regions.js';
import { countryCodeSchema } from './fields.js';
import { SLUG_PATTERN } from './slug.js';

export const SEARCH_QUERY_MAX_LENGTH = 200;
/** What search finds, as one list. */
export const SEARCH_KINDS = [
  'PRACTICE',
  'THREAD',
  'POST',
  'ORGANIZATION',
  'MISUSE_PATTERN',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Facets a search can count; each is also a filter. */
export const SEARCH_FACETS = [
  'KIND',
  'FOCUS_AREA',
  'PURPOSE',
  'TECHNOLOGY',
  'FORM_OF_EXPLOITATION',
  'TARGET_USER',
  'SECTOR',
  'COUNTRY',
  'REGION',
  'STAKEHOLDER_TYPE',
  'ORGANIZATION',
  'STATUS',
  'YEAR',
  'CATEGORY',
  'LANGUAGE',
  'VISIBILITY',
  'STAGE',
  'MISUSED_TECHNOLOGY',
  'TREND',
] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export const SEARCH_SORTS = ['RELEVANCE', 'NEWEST', 'MOST_ENDORSED', 'LAST_ACTIVITY'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

const codes = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .array(z.enum(values, { error: (i) => `"${String(i.input)}" is not a known ${what}.` }))
    .max(values.length)
    .optional();

const slugs = (what: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .max(80)
        .regex(SLUG_PATTERN, `Use the short name of the ${what}, like la-strada-international.`),
    )
    .max(50)
    .optional();

const year = z
  .number()
  .int()
  .min(1990, 'Years start at 1990.')
  .max(2100, 'Years end at 2100.')
  .optional()
  .nullable();

export const searchFilterSchema = z
  .object({
    kinds: codes(SEARCH_KINDS, 'kind of result'),
    focusAreas: codes(FOCUS_AREA_CODES, 'focus area'),
    purposes: codes(PURPOSE_CODES, 'purpose'),
    technologies: codes(TECHNOLOGY_CODES, 'technology'),
    formsOfExploitation: codes(FORM_OF_EXPLOITATION_CODES, 'form of exploitation'),
    targetUsers: codes(TARGET_USER_CODES, 'target user group'),
    sectors: codes(SECTOR_CODES, 'sector'),
    countries: z.array(countryCodeSchema).max(60).optional(),
    regions: codes(REGION_CODES, 'region'),
    stakeholderTypes: codes(STAKEHOLDER_TYPE_CODES, 'stakeholder type'),
    organizations: slugs('organization'),
    statuses: codes(PRACTICE_STATUS_CODES, 'status'),
    categories: slugs('category'),
    languages: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[a-z]{2,3}$/, 'Use two- or three-letter language codes, like en or fr.'),
      )
      .max(30)
      .optional(),
    visibilities: codes(['PUBLIC', 'MEMBERS', 'RESTRICTED'] as const, 'visibility'),
    // Misuse patterns: stages of trafficking, misused technologies (not the practices' technologies), trends.
    stages: codes(TRAFFICKING_STAGE_CODES, 'stage of trafficking'),
    misusedTechnologies: codes(MISUSED_TECHNOLOGY_CODES, 'misused technology'),
    trends: codes(MISUSE_TREND_CODES, 'trend'),
    yearFrom: year,
    yearTo: year,
  })
  .refine((f) => f.yearFrom == null || f.yearTo == null || f.yearFrom <= f.yearTo, {
    message: 'The first year must not come after the last.',
    path: ['yearTo'],
  });

export const searchInputSchema = z.object({
  query: z
    .string()
    .max(SEARCH_QUERY_MAX_LENGTH, `Search for at most ${SEARCH_QUERY_MAX_LENGTH} characters.`)
    // Control characters mean nothing to a search and would only reach the engines; the
    // private-use area is where the engines' highlight markers live.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .transform((q) => q.replace(/[\u0000-\u001f\u007f\uE000-\uF8FF]/g, ' ').trim()),
  filter: searchFilterSchema.nullish().transform((f) => f ?? {}),
  facets: z
    .array(z.enum(SEARCH_FACETS))
    .max(SEARCH_FACETS.length)
    .nullish()
    .transform((f) => [...new Set(f ?? [])]),
  sort: z
    .enum(SEARCH_SORTS)
    .nullish()
    .transform((s) => s ?? 'RELEVANCE'),
});

export type SearchFilterInput = z.input<typeof searchFilterSchema>;
export type SearchFilter = z.output<typeof searchFilterSchema>;
export type SearchInput = z.output<typeof searchInputSchema>;
