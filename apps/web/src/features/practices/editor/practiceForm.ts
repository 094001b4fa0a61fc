import { LANGUAGES, PRACTICE_BODY_SECTIONS } from '@alliance/domain';
import type { PracticeDetailsFragment } from '@alliance/graphql';

/** The editor's fields, as the form holds them (text for numbers, codes as strings). */
export interface PracticeFormValues {
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
  /** The OSCE languages ticked in the list. */
  languages: string[];
  /** Other ISO 639-1 codes, typed: "sq, mk". */
  otherLanguages: string;
  status: string;
  yearStarted: string;
  yearEnded: string;
  evidenceLevel: string;
  survivorInvolvement: string;
  sdg87: boolean;
  iloIndicators: string[];
  links: { label: string; url: string }[];
  contact: string;
  visibility: string;
  visibleTo: string[];
}

/** The suggested sections, as level-2 headings: the body a new practice starts with. */
export function bodyTemplate(): string {
  return PRACTICE_BODY_SECTIONS.map((section) => `## ${section}\n\n`).join('\n');
}

/** A new practice: the section template, public, nothing chosen yet. */
export function emptyPracticeValues(): PracticeFormValues {
  return {
    title: '',
    summary: '',
    body: bodyTemplate(),
    focusAreas: [],
    purposes: [],
    formsOfExploitation: [],
    technologies: [],
    targetUsers: [],
    sectors: [],
    countries: [],
    regions: [],
    global: false,
    languages: [],
    otherLanguages: '',
    status: '',
    yearStarted: '',
    yearEnded: '',
    evidenceLevel: '',
    survivorInvolvement: '',
    sdg87: false,
    iloIndicators: [],
    links: [],
    contact: '',
    visibility: 'PUBLIC',
    visibleTo: [],
  };
}

const OSCE_LANGUAGES: readonly string[] = LANGUAGES.map((language) => language.code);

/** An existing practice in the form. */
export function practiceValues(practice: PracticeDetailsFragment): PracticeFormValues {
  return {
    title: practice.title,
    summary: practice.summary,
    body: practice.body,
    focusAreas: [...practice.focusAreas],
    purposes: [...practice.purposes],
    formsOfExploitation: [...practice.formsOfExploitation],
    technologies: [...practice.technologies],
    targetUsers: [...practice.targetUsers],
    sectors: [...practice.sectors],
    countries: [...practice.countries],
    regions: [...practice.regions],
    global: practice.global,
    languages: practice.languages.filter((code) => OSCE_LANGUAGES.includes(code)),
    otherLanguages: practice.languages.filter((code) => !OSCE_LANGUAGES.includes(code)).join(', '),
    status: practice.status,
    yearStarted: practice.yearStarted?.toString() ?? '',
    yearEnded: practice.yearEnded?.toString() ?? '',
    evidenceLevel: practice.evidenceLevel,
    survivorInvolvement: practice.survivorInvolvement,
    sdg87: practice.sdg87,
    iloIndicators: [...practice.iloIndicators],
    links: practice.links.map(({ label, url }) => ({ label, url })),
    contact: practice.contact ?? '',
    visibility: practice.visibility,
    visibleTo: [...practice.visibleTo],
  };
}

const year = (value: string): number | null => (value.trim() === '' ? null : Number(value.trim()));

/**
 * What the shared schema (practiceInputSchema) checks: the form's values with numbers as
 * numbers, empty choices left out (so "choose one" messages appear) and the languages joined.
 */
export function toSchemaInput(values: PracticeFormValues): Record<string, unknown> {
  const others = values.otherLanguages
    .split(/[\s,;]+/)
    .map((code) => code.trim())
    .filter(Boolean);
  return {
    title: values.title,
    summary: values.summary,
    body: values.body,
    focusAreas: values.focusAreas,
    purposes: values.purposes,
    formsOfExploitation: values.formsOfExploitation,
    technologies: values.technologies,
    targetUsers: values.targetUsers,
    sectors: values.sectors,
    countries: values.countries,
    regions: values.regions,
    global: values.global,
    languages: [...new Set([...values.languages, ...others.map((c) => c.toLowerCase())])],
    status: values.status || undefined,
    yearStarted: year(values.yearStarted),
    yearEnded: year(values.yearEnded),
    links: values.links,
    contact: values.contact,
    evidenceLevel: values.evidenceLevel || undefined,
    survivorInvolvement: values.survivorInvolvement || undefined,
    sdg87: values.sdg87,
    iloIndicators: values.iloIndicators,
    visibility: values.visibility || undefined,
    visibleTo: values.visibleTo,
  };
}

/** The message for a field, or for any of its items ("links.2.url" counts for "links.2"). */
export function errorFor(fields: Record<string, string>, name: string): string | undefined {
  if (fields[name]) return fields[name];
  const key = Object.keys(fields).find((field) => field.startsWith(`${name}.`));
  return key ? fields[key] : undefined;
}
