/** Threads and posts, as written by members; the API and the composer share these rules. */
import { z } from 'zod';

export const POST_BODY_MAX_LENGTH = 20_000;
export const THREAD_KINDS = ['DISCUSSION', 'QUESTION'] as const;
export const REACTIONS = ['USEFUL', 'INSIGHTFUL', 'THANKS'] as const;

export const postBodySchema = z
  .string({ error: 'Write something first.' })
  .trim()
  .min(1, { error: 'Write something first.', abort: true })
  .max(POST_BODY_MAX_LENGTH, {
    error: `A post must be at most ${POST_BODY_MAX_LENGTH.toLocaleString('en')} characters long.`,
  });

export const threadInputSchema = z.object({
  title: z
    .string({ error: 'Give the thread a title.' })
    .trim()
    .min(3, { error: 'The title must be at least 3 characters long.', abort: true })
    .max(200, { error: 'The title must be at most 200 characters long.' }),
  body: postBodySchema,
  kind: z.enum(THREAD_KINDS, { error: 'Choose discussion or question.' }).default('DISCUSSION'),
  tags: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9][a-z0-9-]{0,29}$/, 'Tags are short words: letters, digits and hyphens.'),
    )
    .max(5, 'Add at most 5 tags.')
    .default([])
    .transform((t) => [...new Set(t)]),
});

/**
 * Mentions are written by the composer's autocomplete as `@[Display Name](user:<id>)`, so a
 * mention names exactly one account even when display names repeat.
 */
export const MENTION_PATTERN = /@\[([^\]\n]{1,80})\]\(user:([A-Za-z0-9_-]{1,100})\)/g;

export function mentionedUserIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION_PATTERN)].map((m) => m[2]))];
}
