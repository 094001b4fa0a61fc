import { z } from 'zod';
import { STAKEHOLDER_TYPE_CODES } from '../practice-taxonomies.js';
import { countryCodeSchema, optionalText, requiredText, urlSchema } from './fields.js';
import { slugSchema } from './slug.js';

export const ORGANIZATION_NAME_MIN_LENGTH = 2;
export const ORGANIZATION_NAME_MAX_LENGTH = 120;
export const ORGANIZATION_DESCRIPTION_MAX_LENGTH = 2000;

/**
 * An organization as entered by a user. `slug`, `website` and `description` are optional; an
 * empty string counts as not given. When no slug is given, make one with `slugify(name)`.
 */
export const organizationInputSchema = z.object({
  name: z
    .string(requiredText('Enter the name of the organization.'))
    .trim()
    .min(1, { error: 'Enter the name of the organization.', abort: true })
    .min(ORGANIZATION_NAME_MIN_LENGTH, {
      error: `The name of the organization must be at least ${ORGANIZATION_NAME_MIN_LENGTH} characters long.`,
      abort: true,
    })
    .max(ORGANIZATION_NAME_MAX_LENGTH, {
      error: `The name of the organization must be at most ${ORGANIZATION_NAME_MAX_LENGTH} characters long.`,
    }),
  slug: optionalText(slugSchema),
  stakeholderType: z.enum(STAKEHOLDER_TYPE_CODES, {
    error: 'Choose the type of organization from the list.',
  }),
  country: countryCodeSchema,
  website: optionalText(urlSchema),
  description: optionalText(
    z
      .string()
      .trim()
      .max(ORGANIZATION_DESCRIPTION_MAX_LENGTH, {
        error: `The description must be at most ${ORGANIZATION_DESCRIPTION_MAX_LENGTH} characters long.`,
      }),
  ),
});
/** What a form or an API client sends. */
export type OrganizationFormValues = z.input<typeof organizationInputSchema>;
/** The validated, normalized organization. */
export type OrganizationInput = z.output<typeof organizationInputSchema>;
