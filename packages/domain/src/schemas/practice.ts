/**
 * A practice as written by an editor: content, taxonomies, scope and visibility. The API
 * validates every create and update with it; the web editor shows the same messages.
 */
import { z } from 'zod';
import {
  EVIDENCE_LEVEL_CODES,
  FOCUS_AREA_CODES,
  FORM_OF_EXPLOITATION_CODES,
  ILO_FORCED_LABOUR_INDICATOR_CODES,
  PRACTICE_STATUS_CODES,
  PURPOSE_CODES,
  SECTOR_CODES,
  STAKEHOLDER_TYPE_CODES,
  SURVIVOR_INVOLVEMENT_CODES,
  TARGET_USER_CODES,
  TECHNOLOGY_CODES,
} from '../practice-taxonomies.js';
import { REGION_CODES } from '../regions.js';
import { countryCodeSchema, urlSchema } from './fields.js';

export const PRACTICE_TITLE_MAX_LENGTH = 200;
export const PRACTICE_SUMMARY_MAX_LENGTH = 500;
export const PRACTICE_BODY_MAX_LENGTH = 50_000;
export const PRACTICE_VISIBILITIES = ['PUBLIC', 'MEMBERS', 'RESTRICTED'] as const;

/** The sections an editor is invited to write, in order (markdown level-2 headings). */
export const PRACTICE_BODY_SECTIONS = [
  'Problem',
  'Approach',
  'Technology',
  'Results and evidence',
  'Lessons',
  'How to replicate',
] as const;

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

const currentYear = () => new Date().getFullYear();

export const practiceInputSchema = z
  .object({
    title: text(3, PRACTICE_TITLE_MAX_LENGTH, 'title'),
    summary: text(10, PRACTICE_SUMMARY_MAX_LENGTH, 'summary'),
    body: z
      .string()
      .max(PRACTICE_BODY_MAX_LENGTH, {
        error: `The description must be at most ${PRACTICE_BODY_MAX_LENGTH.toLocaleString('en')} characters long.`,
      })
      .default(''),
    focusAreas: codes(FOCUS_AREA_CODES, 'focus area').refine(
      (v) => v.length > 0,
      'Choose at least one focus area (the 4 Ps).',
    ),
    purposes: codes(PURPOSE_CODES, 'purpose'),
    formsOfExploitation: codes(FORM_OF_EXPLOITATION_CODES, 'form of exploitation'),
    technologies: codes(TECHNOLOGY_CODES, 'technology'),
    targetUsers: codes(TARGET_USER_CODES, 'target user group'),
    sectors: codes(SECTOR_CODES, 'sector'),
    countries: z.array(countryCodeSchema).max(250).default([]),
    regions: codes(REGION_CODES, 'region'),
    global: z.boolean().default(false),
    languages: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[a-z]{2,3}$/, 'Use two- or three-letter language codes, like en or fr.'),
      )
      .max(30)
      .default([]),
    status: z.enum(PRACTICE_STATUS_CODES, { error: 'Choose the status of the practice.' }),
    yearStarted: z
      .number()
      .int()
      .min(1990, 'The start year must be 1990 or later.')
      .refine((y) => y <= currentYear() + 1, 'The start year cannot be in the future.')
      .nullable()
      .default(null),
    yearEnded: z.number().int().min(1990).nullable().default(null),
    links: z
      .array(z.object({ label: text(1, 100, 'link label'), url: urlSchema }))
      .max(10, 'Add at most 10 links.')
      .default([]),
    contact: z
      .string()
      .trim()
      .max(500, 'The contact must be at most 500 characters long.')
      .nullable()
      .default(null)
      .transform((v) => (v ? v : null)),
    evidenceLevel: z.enum(EVIDENCE_LEVEL_CODES, { error: 'Choose the level of evidence.' }),
    survivorInvolvement: z.enum(SURVIVOR_INVOLVEMENT_CODES, {
      error: 'Choose how survivors were involved.',
    }),
    sdg87: z.boolean().default(false),
    iloIndicators: codes(ILO_FORCED_LABOUR_INDICATOR_CODES, 'ILO indicator'),
    visibility: z
      .enum(PRACTICE_VISIBILITIES, { error: 'Choose who may see the practice.' })
      .default('PUBLIC'),
    visibleTo: codes(STAKEHOLDER_TYPE_CODES, 'stakeholder type'),
  })
  .superRefine((v, ctx) => {
    if (v.yearEnded !== null && v.yearStarted !== null && v.yearEnded < v.yearStarted) {
      ctx.addIssue({
        code: 'custom',
        path: ['yearEnded'],
        message: 'The end year cannot be before the start year.',
      });
    }
    if (v.visibility === 'RESTRICTED' && v.visibleTo.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['visibleTo'],
        message: 'Choose which stakeholder types may see it.',
      });
    }
  })
  .transform((v) => ({ ...v, visibleTo: v.visibility === 'RESTRICTED' ? v.visibleTo : [] }));

export type PracticeFormValues = z.input<typeof practiceInputSchema>;
export type PracticeInput = z.output<typeof practiceInputSchema>;
