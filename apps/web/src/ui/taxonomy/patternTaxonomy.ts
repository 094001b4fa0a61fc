import {
  COUNTER_APPROACH_CODES,
  MISUSE_TREND_CODES,
  MISUSED_TECHNOLOGY_CODES,
  TRAFFICKING_STAGE_CODES,
} from '@alliance/domain';

/**
 * The misuse taxonomies whose labels the catalogue keeps as misusePatterns.<kind>.<CODE>
 * (en.json, from the domain's English labels), in the domain's order.
 */
export const PATTERN_TAXONOMIES = {
  stage: TRAFFICKING_STAGE_CODES,
  technology: MISUSED_TECHNOLOGY_CODES,
  trend: MISUSE_TREND_CODES,
  approach: COUNTER_APPROACH_CODES,
} as const;

export type PatternTaxonomyKind = keyof typeof PATTERN_TAXONOMIES;

/** The codes of a misuse taxonomy, in the domain's order. */
export const patternCodes = (kind: PatternTaxonomyKind): readonly string[] =>
  PATTERN_TAXONOMIES[kind];
