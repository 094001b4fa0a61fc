import { toGlobalId } from '../common/relay/global-id';
import type { CsvValue } from './csv';

/** Version of the export's shape; bumped only for changes that could break a consumer. */
export const SCHEMA_VERSION = 1;

/** Our decision, recorded in docs/open-data.md: what re-users may do with the content. */
export const LICENSE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution:
    'Content is shared by the organization named in each record under CC BY 4.0 unless stated otherwise. ' +
    'Credit that organization and Alliance Commons, and link the practice URL.',
} as const;

/** The columns of an export row's owning organization. */
export interface OrganizationColumns {
  org_name: string;
  org_slug: string;
  org_country: string;
  org_stakeholder_type: string;
}

/** One row of OpenDataService.practiceBatches(): columns of practice, its organization and counts. */
export interface PracticeRow extends OrganizationColumns {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  focus_areas: string[];
  purposes: string[];
  forms_of_exploitation: string[];
  technologies: string[];
  target_users: string[];
  sectors: string[];
  countries: string[];
  regions: string[];
  is_global: boolean;
  languages: string[];
  status: string;
  year_started: number | null;
  year_ended: number | null;
  evidence_level: string;
  survivor_involvement: string;
  sdg_87: boolean;
  ilo_indicators: string[];
  links: { label: string; url: string }[];
  published_at: Date | null;
  updated_at: Date;
  partners: { name: string; slug: string; country: string; stakeholderType: string }[];
  endorsement_count: number;
}

export interface OrganizationRef {
  name: string;
  slug: string;
  country: string;
  stakeholderType: string;
  url: string;
}

/** A practice as the JSON export gives it (docs/open-data.md describes every field). */
export interface OpenPractice {
  id: string;
  slug: string;
  url: string;
  title: string;
  summary: string;
  body: string;
  focusAreas: string[];
  purposes: string[];
  formsOfExploitation: string[];
  technologies: string[];
  targetUsers: string[];
  sectors: string[];
  countries: string[];
  regions: string[];
  global: boolean;
  languages: string[];
  status: string;
  yearStarted: number | null;
  yearEnded: number | null;
  evidenceLevel: string;
  survivorInvolvement: string;
  sdg87: boolean;
  iloIndicators: string[];
  links: { label: string; url: string }[];
  organization: OrganizationRef;
  partnerOrganizations: OrganizationRef[];
  publishedAt: string | null;
  updatedAt: string;
  endorsementCount: number;
}

export const practiceUrl = (publicUrl: string, slug: string) =>
  `${publicUrl}/practices/${encodeURIComponent(slug)}`;
export const organizationUrl = (publicUrl: string, slug: string) =>
  `${publicUrl}/organizations/${encodeURIComponent(slug)}`;

/** The owning organization of an export row. */
export function owningOrganization(row: OrganizationColumns, publicUrl: string): OrganizationRef {
  return {
    name: row.org_name,
    slug: row.org_slug,
    country: row.org_country,
    stakeholderType: row.org_stakeholder_type,
    url: organizationUrl(publicUrl, row.org_slug),
  };
}

/** The fields a row carries, and nothing else: no contact, no visibility, no moderation notes. */
export function toOpenPractice(row: PracticeRow, publicUrl: string): OpenPractice {
  return {
    id: toGlobalId('Practice', row.id),
    slug: row.slug,
    url: practiceUrl(publicUrl, row.slug),
    title: row.title,
    summary: row.summary,
    body: row.body,
    focusAreas: row.focus_areas,
    purposes: row.purposes,
    formsOfExploitation: row.forms_of_exploitation,
    technologies: row.technologies,
    targetUsers: row.target_users,
    sectors: row.sectors,
    countries: row.countries,
    regions: row.regions,
    global: row.is_global,
    languages: row.languages,
    status: row.status,
    yearStarted: row.year_started,
    yearEnded: row.year_ended,
    evidenceLevel: row.evidence_level,
    survivorInvolvement: row.survivor_involvement,
    sdg87: row.sdg_87,
    iloIndicators: row.ilo_indicators,
    links: (row.links ?? []).map((l) => ({ label: l.label, url: l.url })),
    organization: owningOrganization(row, publicUrl),
    partnerOrganizations: row.partners.map((p) => ({
      ...p,
      url: organizationUrl(publicUrl, p.slug),
    })),
    publishedAt: row.published_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
    endorsementCount: row.endorsement_count,
  };
}

/** The CSV columns of a record's owning organization. */
export const organizationCsvColumns = <R extends { organization: OrganizationRef }>(): (readonly [
  string,
  (r: R) => CsvValue,
])[] => [
  ['organizationName', (r) => r.organization.name],
  ['organizationSlug', (r) => r.organization.slug],
  ['organizationCountry', (r) => r.organization.country],
  ['organizationStakeholderType', (r) => r.organization.stakeholderType],
];

/**
 * The CSV columns, in order: the JSON fields flattened. Lists are joined with ";" (codes and
 * slugs never contain one); a ";" inside a link URL is percent-encoded so the list splits
 * cleanly. Link labels and partner details beyond name and slug are in the JSON only.
 */
export const CSV_COLUMNS: readonly (readonly [string, (p: OpenPractice) => CsvValue])[] = [
  ['id', (p) => p.id],
  ['slug', (p) => p.slug],
  ['url', (p) => p.url],
  ['title', (p) => p.title],
  ['summary', (p) => p.summary],
  ['body', (p) => p.body],
  ['focusAreas', (p) => p.focusAreas],
  ['purposes', (p) => p.purposes],
  ['formsOfExploitation', (p) => p.formsOfExploitation],
  ['technologies', (p) => p.technologies],
  ['targetUsers', (p) => p.targetUsers],
  ['sectors', (p) => p.sectors],
  ['countries', (p) => p.countries],
  ['regions', (p) => p.regions],
  ['global', (p) => p.global],
  ['languages', (p) => p.languages],
  ['status', (p) => p.status],
  ['yearStarted', (p) => p.yearStarted],
  ['yearEnded', (p) => p.yearEnded],
  ['evidenceLevel', (p) => p.evidenceLevel],
  ['survivorInvolvement', (p) => p.survivorInvolvement],
  ['sdg87', (p) => p.sdg87],
  ['iloIndicators', (p) => p.iloIndicators],
  ['links', (p) => p.links.map((l) => l.url.replaceAll(';', '%3B'))],
  ...organizationCsvColumns<OpenPractice>(),
  ['partnerOrganizationNames', (p) => p.partnerOrganizations.map((o) => o.name)],
  ['partnerOrganizationSlugs', (p) => p.partnerOrganizations.map((o) => o.slug)],
  ['publishedAt', (p) => p.publishedAt],
  ['updatedAt', (p) => p.updatedAt],
  ['endorsementCount', (p) => p.endorsementCount],
];
