/**
 * Events (a conference with themes and sessions) and collections (an ordered list of practices
 * and patterns with an introduction), as written by moderators. The API validates every create
 * and update with these; the web forms show the same messages. A missing slug is made from the
 * name or title with `slugify` (and made unique by the API).
 */
import { z } from 'zod';
import { optionalText, urlSchema } from './fields.js';
import { slugSchema } from './slug.js';

export const EVENT_NAME_MAX_LENGTH = 200;
export const EVENT_DESCRIPTION_MAX_LENGTH = 20_000;
export const EVENT_LOCATION_MAX_LENGTH = 200;
export const EVENT_MAX_THEMES = 10;
export const EVENT_THEME_DESCRIPTION_MAX_LENGTH = 2000;
export const EVENT_SESSION_DESCRIPTION_MAX_LENGTH = 5000;
export const COLLECTION_INTRODUCTION_MAX_LENGTH = 20_000;
export const COLLECTION_MAX_ITEMS = 200;
export const COLLECTION_ITEM_NOTE_MAX_LENGTH = 1000;

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

/** Free text that may be left out (null or missing gives ""). */
const optionalLong = (max: number, what: string) =>
  z
    .string({ error: 'Enter text for this field.' })
    .trim()
    .max(max, { error: `The ${what} must be at most ${max.toLocaleString('en')} characters long.` })
    .nullish()
    .transform((v) => v ?? '');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as YYYY-MM-DD that exists (2019-02-30 does not). */
export const isoDateSchema = z
  .string({ error: 'Enter a date.' })
  .trim()
  .refine(
    (v) =>
      ISO_DATE.test(v) &&
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
      new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    {
      error: 'Enter a date as YYYY-MM-DD, like 2019-04-08.',
    },
  );

export const eventThemeInputSchema = z.object({
  title: text(2, 200, 'theme title'),
  description: optionalLong(EVENT_THEME_DESCRIPTION_MAX_LENGTH, 'theme description'),
});

export const eventInputSchema = z
  .object({
    slug: optionalText(slugSchema).nullable(),
    name: text(3, EVENT_NAME_MAX_LENGTH, 'name of the event'),
    description: optionalLong(EVENT_DESCRIPTION_MAX_LENGTH, 'description'),
    location: optionalLong(EVENT_LOCATION_MAX_LENGTH, 'location'),
    url: optionalText(urlSchema)
      .nullable()
      .transform((v) => v ?? null),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    themes: z
      .array(eventThemeInputSchema)
      .max(EVENT_MAX_THEMES, `Add at most ${EVENT_MAX_THEMES} themes.`)
      .nullish()
      .transform((v) => v ?? []),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn)
      ctx.addIssue({
        code: 'custom',
        path: ['endsOn'],
        message: 'The event cannot end before it starts.',
      });
    const seen = new Set<string>();
    v.themes.forEach((theme, i) => {
      const key = theme.title.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['themes', i, 'title'],
          message: 'This theme is listed twice.',
        });
      seen.add(key);
    });
  })
  .transform((v) => ({ ...v, slug: v.slug ?? undefined }));

export type EventFormValues = z.input<typeof eventInputSchema>;
export type EventInput = z.output<typeof eventInputSchema>;

export const eventSessionInputSchema = z.object({
  title: text(3, 200, 'title of the session'),
  description: optionalLong(EVENT_SESSION_DESCRIPTION_MAX_LENGTH, 'description'),
  /** The title of one of the event's themes (the API checks it exists). */
  theme: optionalText(z.string().max(200))
    .nullable()
    .transform((v) => v ?? null),
  startsAt: z.coerce
    .date({ error: 'Enter a valid start time.' })
    .nullish()
    .transform((v) => v ?? null),
  position: z
    .number()
    .int({ error: 'The position must be a whole number.' })
    .min(0)
    .max(1000)
    .nullish(),
});

export type EventSessionFormValues = z.input<typeof eventSessionInputSchema>;
export type EventSessionInput = z.output<typeof eventSessionInputSchema>;

export const collectionInputSchema = z
  .object({
    slug: optionalText(slugSchema).nullable(),
    title: text(3, 200, 'title of the collection'),
    introduction: optionalLong(COLLECTION_INTRODUCTION_MAX_LENGTH, 'introduction'),
  })
  .transform((v) => ({ ...v, slug: v.slug ?? undefined }));

export type CollectionFormValues = z.input<typeof collectionInputSchema>;
export type CollectionInput = z.output<typeof collectionInputSchema>;

export const collectionItemsInputSchema = z
  .array(
    z.object({
      itemId: z
        .string({ error: 'Choose a practice or pattern.' })
        .trim()
        .min(1, 'Choose a practice or pattern.'),
      note: optionalLong(COLLECTION_ITEM_NOTE_MAX_LENGTH, 'note'),
    }),
  )
  .max(COLLECTION_MAX_ITEMS, `A collection holds at most ${COLLECTION_MAX_ITEMS} items.`)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.itemId))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'itemId'],
          message: 'This item is listed twice.',
        });
      seen.add(item.itemId);
    });
  });

export type CollectionItemFormValues = z.input<typeof collectionItemsInputSchema>[number];
export type CollectionItemsInput = z.output<typeof collectionItemsInputSchema>;
