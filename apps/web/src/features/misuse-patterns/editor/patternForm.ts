import type { MisusePatternDetailsFragment } from '@alliance/graphql';

/** The pattern editor's fields, as the form holds them (codes as strings, "" for none chosen). */
export interface PatternFormValues {
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
  visibility: string;
  visibleTo: string[];
}

/** A new pattern: public, nothing chosen yet. */
export function emptyPatternValues(): PatternFormValues {
  return {
    title: '',
    summary: '',
    description: '',
    stages: [],
    technologies: [],
    formsOfExploitation: [],
    indicators: [''],
    regions: [],
    trend: '',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
  };
}

/** An existing pattern in the form. */
export function patternValues(pattern: MisusePatternDetailsFragment): PatternFormValues {
  return {
    title: pattern.title,
    summary: pattern.summary,
    description: pattern.description,
    stages: [...pattern.stages],
    technologies: [...pattern.technologies],
    formsOfExploitation: [...pattern.formsOfExploitation],
    indicators: [...pattern.indicators],
    regions: [...pattern.regions],
    trend: pattern.trend,
    sources: pattern.sources.map(({ label, url }) => ({ label, url })),
    visibility: pattern.visibility,
    visibleTo: [...pattern.visibleTo],
  };
}

/**
 * What the shared schema (misusePatternInputSchema) checks: the form's values with empty
 * indicator rows left out and no trend chosen as missing (so its "choose" message appears).
 */
export function toPatternSchemaInput(values: PatternFormValues): Record<string, unknown> {
  return {
    title: values.title,
    summary: values.summary,
    description: values.description,
    stages: values.stages,
    technologies: values.technologies,
    formsOfExploitation: values.formsOfExploitation,
    indicators: values.indicators.filter((indicator) => indicator.trim() !== ''),
    regions: values.regions,
    trend: values.trend || undefined,
    sources: values.sources,
    visibility: values.visibility || undefined,
    visibleTo: values.visibleTo,
  };
}

/**
 * The schema numbers indicators among the non-empty rows; the form shows every row. Maps
 * "indicators.<n>" of the checked list back to the row it came from.
 */
export function indicatorRowOf(values: PatternFormValues, checkedIndex: number): number {
  let seen = -1;
  for (let row = 0; row < values.indicators.length; row++) {
    if (values.indicators[row].trim() === '') continue;
    seen += 1;
    if (seen === checkedIndex) return row;
  }
  return checkedIndex;
}
