import {
  COUNTRY_CODES,
  FOCUS_AREA_CODES,
  type FieldError,
  MISUSED_TECHNOLOGY_CODES,
  TRAFFICKING_STAGE_CODES,
} from '@alliance/domain';
import { z } from 'zod';
import { AppError, ErrorCode } from '../common/errors';

/**
 * The query parameters of the open-data endpoints. Codes come from @alliance/domain, so an
 * unknown one is refused (400 BAD_USER_INPUT) rather than silently matching nothing. A list
 * parameter takes one or more codes, repeated (`?country=AT&country=DE`) or comma-separated
 * (`?country=AT,DE`), in any case; a practice matches when it has any of them. An unknown
 * parameter is refused too, so a typo (`focusarea`) does not return everything unfiltered.
 */
const codeList = <const T extends readonly [string, ...string[]]>(
  codes: T,
  param: string,
  what: string,
) =>
  z
    .union([z.string(), z.array(z.string())], {
      error: `Give ${param} as text, like ${param}=${codes[0]}.`,
    })
    .transform((raw) =>
      (Array.isArray(raw) ? raw : [raw])
        .flatMap((value) => value.split(','))
        .map((value) => value.trim().toUpperCase())
        .filter((value) => value !== ''),
    )
    .pipe(
      z
        .array(
          z.enum(codes, { error: (issue) => `"${String(issue.input)}" is not a known ${what}.` }),
        )
        .max(codes.length, `Give at most ${codes.length} values of ${param}.`),
    )
    .transform((values) => [...new Set(values)])
    .optional();

const ISO_DATE = z.iso.date();
const ISO_DATE_TIME = z.iso.datetime({ offset: true });
const updatedSince = z
  .string({
    error:
      'Give updatedSince once, as an ISO 8601 date or date-time, like 2025-01-31 or 2025-01-31T12:00:00Z.',
  })
  .trim()
  .refine((value) => ISO_DATE.safeParse(value).success || ISO_DATE_TIME.safeParse(value).success, {
    error: 'Use an ISO 8601 date or date-time, like 2025-01-31 or 2025-01-31T12:00:00Z.',
  })
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value))
  .optional();

const strict = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown query parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}; known: ${Object.keys(shape).join(', ')}.`
        : undefined,
  });

const focusArea = codeList(
  FOCUS_AREA_CODES,
  'focusArea',
  'focus area (PREVENTION, PROSECUTION, PROTECTION or PARTNERSHIP)',
);
const country = codeList(COUNTRY_CODES, 'country', 'ISO 3166-1 alpha-2 country code');

/** GET /export/practices.csv and .json */
export const exportQuerySchema = strict({ focusArea, country, updatedSince });
/** GET /feeds/practices.atom */
export const feedQuerySchema = strict({ focusArea, country });

const stage = codeList(TRAFFICKING_STAGE_CODES, 'stage', 'stage of the trafficking process');
const technology = codeList(MISUSED_TECHNOLOGY_CODES, 'technology', 'misused technology');

/** GET /export/misuse-patterns.csv and .json */
export const patternExportQuerySchema = strict({ stage, technology, updatedSince });
/** GET /feeds/misuse-patterns.atom */
export const patternFeedQuerySchema = strict({ stage, technology });

/** Filters after validation: every list is deduplicated upper-case codes. */
export interface PracticeFilters {
  focusAreas?: string[];
  countries?: string[];
  updatedSince?: Date;
}

export function parseExportQuery(query: unknown): PracticeFilters {
  const {
    focusArea: focusAreas,
    country: countries,
    updatedSince: since,
  } = parseQuery(exportQuerySchema, query);
  return clean({ focusAreas, countries, updatedSince: since });
}

export function parseFeedQuery(query: unknown): PracticeFilters {
  const { focusArea: focusAreas, country: countries } = parseQuery(feedQuerySchema, query);
  return clean({ focusAreas, countries });
}

/** The filters under their query parameter names, the ones not given left out. */
export function practiceFilterParams(filters: PracticeFilters): FilterParams {
  return filterParams(
    { focusArea: filters.focusAreas, country: filters.countries },
    filters.updatedSince,
  );
}

/** The filters as a canonical query string ("" when none), for self links and cache keys. */
export const filtersQueryString = (filters: PracticeFilters): string =>
  canonicalQueryString(practiceFilterParams(filters));

/** Pattern filters after validation: every list is deduplicated upper-case codes. */
export interface PatternFilters {
  stages?: string[];
  technologies?: string[];
  updatedSince?: Date;
}

export function parsePatternExportQuery(query: unknown): PatternFilters {
  const {
    stage: stages,
    technology: technologies,
    updatedSince: since,
  } = parseQuery(patternExportQuerySchema, query);
  return clean({ stages, technologies, updatedSince: since });
}

export function parsePatternFeedQuery(query: unknown): PatternFilters {
  const { stage: stages, technology: technologies } = parseQuery(patternFeedQuerySchema, query);
  return clean({ stages, technologies });
}

/** The pattern filters under their query parameter names, the ones not given left out. */
export function patternFilterParams(filters: PatternFilters): FilterParams {
  return filterParams(
    { stage: filters.stages, technology: filters.technologies },
    filters.updatedSince,
  );
}

/** The pattern filters as a canonical query string ("" when none), for self links and cache keys. */
export const patternFiltersQueryString = (filters: PatternFilters): string =>
  canonicalQueryString(patternFilterParams(filters));

function clean<F extends PracticeFilters | PatternFilters>(filters: F): F {
  return Object.fromEntries(
    Object.entries(filters).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  ) as F;
}

/** Like parseInput, but errors name the query parameter ("focusArea"), not a list index. */
function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  const result = schema.safeParse(query ?? {});
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    field: String(issue.path[0] ?? ''),
    message: issue.message,
  }));
  const message = errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join(' ');
  throw new AppError(ErrorCode.BAD_USER_INPUT, message || 'The query is not valid.', {
    fieldErrors: errors,
  });
}

/** Filters by query parameter name: lists of codes, and updatedSince as an ISO date-time. */
export type FilterParams = Record<string, string[] | string>;

function filterParams(
  codeLists: Record<string, string[] | undefined>,
  updatedSince: Date | undefined,
): FilterParams {
  const params: FilterParams = {};
  for (const [name, codes] of Object.entries(codeLists)) if (codes?.length) params[name] = codes;
  if (updatedSince) params.updatedSince = updatedSince.toISOString();
  return params;
}

/** Lists sorted and comma-joined, so equal filters give equal strings. */
function canonicalQueryString(params: FilterParams): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    search.set(name, Array.isArray(value) ? [...value].sort().join(',') : value);
  const text = search.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
