/**
 * A misuse pattern as written by an editor (how traffickers misuse a technology), and a
 * countermeasure link (how a practice counters a pattern). The API validates every create and
 * update with these; the web forms show the same messages.
 */
import { z } from 'zod';
import {
  COUNTER_APPROACH_CODES,
  MISUSE_TREND_CODES,
  MISUSED_TECHNOLOGY_CODES,
  TRAFFICKING_STAGE_CODES,
} from '../misuse-taxonomies.js';
import { FORM_OF_EXPLOITATION_CODES, STAKEHOLDER_TYPE_CODES } from '../practice-taxonomies.js';
import { REGION_CODES } from '../regions.js';
import { urlSchema } from './fields.js';
import { PRACTICE_VISIBILITIES } from './practice.js';

export const PATTERN_TITLE_MAX_LENGTH = 200;
export const PATTERN_SUMMARY_MAX_LENGTH = 500;
export const PATTERN_DESCRIPTION_MAX_LENGTH = 50_000;
export const PATTERN_INDICATOR_MAX_LENGTH = 300;
export const PATTERN_MAX_INDICATORS = 30;
export const PATTERN_MAX_SOURCES = 20;
export const COUNTERMEASURE_NOTE_MAX_LENGTH = 1000;

const codes = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .array(z.enum(values, { error: (i) => `"${String(i.input)}" is not a known ${what}.` }))
    .max(values.length)
    .default([]);

const text = (min: number, max: number, what: string) =>
  z
    .string({ error: `Enter the ${what}.` })
    .trim()
    .min(min, {
      error:
        min <= 1 ? `Enter the ${what}.` : `The ${what} must be at least ${min} characters long.`,
      abort: true,
    })
    .max(max, {
      error: `The ${what} must be at most ${max.toLocaleString('en')} characters long.`,
    });

export const misusePatternInputSchema = z
  .object({
    title: text(3, PATTERN_TITLE_MAX_LENGTH, 'title'),
    summary: text(10, PATTERN_SUMMARY_MAX_LENGTH, 'summary'),
    description: z
      .string()
      .max(PATTERN_DESCRIPTION_MAX_LENGTH, {
        error: `The description must be at most ${PATTERN_DESCRIPTION_MAX_LENGTH.toLocaleString('en')} characters long.`,
      })
      .default(''),
    stages: codes(TRAFFICKING_STAGE_CODES, 'stage of the trafficking process').refine(
      (v) => v.length > 0,
      'Choose at least one stage of the trafficking process.',
    ),
    technologies: codes(MISUSED_TECHNOLOGY_CODES, 'misused technology').refine(
      (v) => v.length > 0,
      'Choose at least one misused technology.',
    ),
    formsOfExploitation: codes(FORM_OF_EXPLOITATION_CODES, 'form of exploitation'),
    indicators: z
      .array(text(3, PATTERN_INDICATOR_MAX_LENGTH, 'indicator'))
      .max(PATTERN_MAX_INDICATORS, `Add at most ${PATTERN_MAX_INDICATORS} indicators.`)
      .default([]),
    regions: codes(REGION_CODES, 'region'),
    trend: z.enum(MISUSE_TREND_CODES, {
      error: 'Choose whether the pattern is emerging, established or declining.',
    }),
    sources: z
      .array(z.object({ label: text(1, 200, 'source label'), url: urlSchema }))
      .max(PATTERN_MAX_SOURCES, `Add at most ${PATTERN_MAX_SOURCES} sources.`)
      .default([]),
    visibility: z
      .enum(PRACTICE_VISIBILITIES, { error: 'Choose who may see the pattern.' })
      .default('PUBLIC'),
    visibleTo: codes(STAKEHOLDER_TYPE_CODES, 'stakeholder type'),
  })
  .superRefine((v, ctx) => {
    if (v.visibility === 'RESTRICTED' && v.visibleTo.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['visibleTo'],
        message: 'Choose which stakeholder types may see it.',
      });
    }
    const seen = new Set<string>();
    v.indicators.forEach((indicator, i) => {
      const key = indicator.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i],
          message: 'This indicator is listed twice.',
        });
      seen.add(key);
    });
  })
  .transform((v) => ({ ...v, visibleTo: v.visibility === 'RESTRICTED' ? v.visibleTo : [] }));

export type MisusePatternFormValues = z.input<typeof misusePatternInputSchema>;
export type MisusePatternInput = z.output<typeof misusePatternInputSchema>;

export const countermeasureInputSchema = z.object({
  approach: z.enum(COUNTER_APPROACH_CODES, {
    error: 'Choose how the practice counters the pattern.',
  }),
  note: z
    .string()
    .trim()
    .max(COUNTERMEASURE_NOTE_MAX_LENGTH, {
      error: `The note must be at most ${COUNTERMEASURE_NOTE_MAX_LENGTH.toLocaleString('en')} characters long.`,
    })
    .default(''),
});

export type CountermeasureFormValues = z.input<typeof countermeasureInputSchema>;
export type CountermeasureInput = z.output<typeof countermeasureInputSchema>;
