import { z } from 'zod';

/** The longest an API token may live: a leaked token stops working within a year at most. */
export const API_TOKEN_MAX_LIFETIME_DAYS = 365;
const DAY_MS = 86_400_000;

/** When a token without a chosen expiry stops working: the longest lifetime from `now`. */
export const defaultApiTokenExpiry = (now = Date.now()): Date =>
  new Date(now + API_TOKEN_MAX_LIFETIME_DAYS * DAY_MS);

/** An API token's expiry: in the future, and at most API_TOKEN_MAX_LIFETIME_DAYS ahead. */
export const apiTokenExpiresAtSchema = z
  .date()
  .refine((d) => d.getTime() > Date.now(), 'The expiry must be in the future.')
  .refine(
    (d) => d.getTime() <= Date.now() + API_TOKEN_MAX_LIFETIME_DAYS * DAY_MS,
    `A token can live at most ${API_TOKEN_MAX_LIFETIME_DAYS} days: choose an earlier date.`,
  );
