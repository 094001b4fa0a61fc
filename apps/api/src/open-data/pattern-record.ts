import { toGlobalId } from '../common/relay/global-id';
import type { CsvValue } from './csv';
import {
  type OrganizationColumns,
  type OrganizationRef,
  organizationCsvColumns,
  owningOrganization,
  practiceUrl,
} from './practice-record';

/** Version of the pattern export's shape; bumped only for changes that could break a consumer. */
export const PATTERN_SCHEMA_VERSION = 1;

/** One row of OpenDataService.patternBatches(): columns of a pattern, its organization and open countermeasures. */
export interface PatternRow extends OrganizationColumns {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  stages: string[];
  technologies: string[];
  forms_of_exploitation: string[];
  indicators: string[];
  regions: string[];
  trend: string;
  sources: { label: string; url: string }[];
  published_at: Date | null;
  updated_at: Date;
  /** Links to open (public, published) practices only, by practice slug. */
  countermeasures: { practiceSlug: string; approach: string; note: string }[];
}

/** A misuse pattern as the JSON export gives it (docs/open-data.md describes every field). */
export interface OpenMisusePattern {
  id: string;
  slug: string;
  url: string;
  title: string;
  summary: string;
  description: string;
  stages: string[];
  technologies: string[];
  formsOfExploitation: string[];
  indicators: string[];
  regions: string[];
  trend: string;
  sources: { label: string; url: string }[];
  organization: OrganizationRef;
  publishedAt: string | null;
  updatedAt: string;
  countermeasureCount: number;
  countermeasures: { practiceSlug: string; practiceUrl: string; approach: string; note: string }[];
}

export const patternUrl = (publicUrl: string, slug: string) =>
  `${publicUrl}/misuse-patterns/${encodeURIComponent(slug)}`;

/** The fields a row carries, and nothing else: no visibility, no moderation notes, no authors. */
export function toOpenPattern(row: PatternRow, publicUrl: string): OpenMisusePattern {
  const countermeasures = (row.countermeasures ?? []).map((c) => ({
    practiceSlug: c.practiceSlug,
    practiceUrl: practiceUrl(publicUrl, c.practiceSlug),
    approach: c.approach,
    note: c.note,
  }));
  return {
    id: toGlobalId('MisusePattern', row.id),
    slug: row.slug,
    url: patternUrl(publicUrl, row.slug),
    title: row.title,
    summary: row.summary,
    description: row.description,
    stages: row.stages,
    technologies: row.technologies,
    formsOfExploitation: row.forms_of_exploitation,
    indicators: row.indicators,
    regions: row.regions,
    trend: row.trend,
    sources: (row.sources ?? []).map((s) => ({ label: s.label, url: s.url })),
    organization: owningOrganization(row, publicUrl),
    publishedAt: row.published_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
    countermeasureCount: countermeasures.length,
    countermeasures,
  };
}

/**
 * The CSV columns, in order. Code lists are joined with ";"; indicators are free text and may
 * hold a ";", so they are one per line inside their cell. A ";" inside a source URL is
 * percent-encoded. Source labels and countermeasure approaches and notes are in the JSON only.
 */
export const PATTERN_CSV_COLUMNS: readonly (readonly [
  string,
  (p: OpenMisusePattern) => CsvValue,
])[] = [
  ['id', (p) => p.id],
  ['slug', (p) => p.slug],
  ['url', (p) => p.url],
  ['title', (p) => p.title],
  ['summary', (p) => p.summary],
  ['description', (p) => p.description],
  ['stages', (p) => p.stages],
  ['technologies', (p) => p.technologies],
  ['formsOfExploitation', (p) => p.formsOfExploitation],
  ['indicators', (p) => p.indicators.join('\n')],
  ['regions', (p) => p.regions],
  ['trend', (p) => p.trend],
  ['sources', (p) => p.sources.map((s) => s.url.replaceAll(';', '%3B'))],
  ...organizationCsvColumns<OpenMisusePattern>(),
  ['publishedAt', (p) => p.publishedAt],
  ['updatedAt', (p) => p.updatedAt],
  ['countermeasureCount', (p) => p.countermeasureCount],
  ['practiceSlugs', (p) => p.countermeasures.map((c) => c.practiceSlug)],
];
