import { z } from 'zod';
import { SUBSCRIBABLE_EVENTS } from './webhook-events';
import { webhookUrlProblem } from './webhook-url';

/** WebhookInput, validated: the URL rules depend on production (webhook-url.ts). */
export function webhookInputSchema(production: boolean) {
  return z.object({
    url: z
      .string({ message: 'Enter a URL.' })
      .trim()
      .min(1, 'Enter a URL.')
      .max(2048, 'The URL is too long (2,048 characters at most).')
      .superRefine((url, ctx) => {
        const problem = webhookUrlProblem(url, production);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    events: z
      .array(
        z.enum(SUBSCRIBABLE_EVENTS, { message: `Choose among ${SUBSCRIBABLE_EVENTS.join(', ')}.` }),
        { message: 'Choose the events to receive.' },
      )
      .min(1, 'Choose at least one event.')
      .max(20, 'Too many events.')
      .transform((events) => [...new Set(events)].sort()),
    description: z
      .string()
      .trim()
      .max(500, 'The description is too long (500 characters at most).')
      .nullish()
      .transform((d) => d ?? ''),
  });
}

export type WebhookValues = z.output<ReturnType<typeof webhookInputSchema>>;
