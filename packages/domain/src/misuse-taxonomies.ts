/**
 * Taxonomies for patterns of technology misuse by traffickers: at which stage of the
 * trafficking process a technology is misused, and which kind of technology.
 *
 * Codes are stable identifiers: never rename or reuse one; add new entries instead.
 */
import { codesOf, type CodeOf } from './taxonomy.js';

/** Stages of the trafficking process at which technology is misused. */
export const TRAFFICKING_STAGES = [
  { code: 'RECRUITMENT', label: 'Recruitment' },
  { code: 'ADVERTISING_AND_SELLING', label: 'Advertising and selling' },
  { code: 'MOVEMENT', label: 'Movement' },
  { code: 'CONTROL_AND_EXPLOITATION', label: 'Control and exploitation' },
  { code: 'FINANCIAL_FLOWS', label: 'Financial flows' },
] as const;
export type TraffickingStage = CodeOf<typeof TRAFFICKING_STAGES>;
export const TRAFFICKING_STAGE_CODES = codesOf(TRAFFICKING_STAGES);

/** Kinds of technology misused by traffickers. */
export const MISUSED_TECHNOLOGIES = [
  { code: 'SOCIAL_MEDIA', label: 'Social media' },
  { code: 'ONLINE_CLASSIFIEDS_AND_JOB_BOARDS', label: 'Online classifieds and job boards' },
  { code: 'MESSAGING_AND_ENCRYPTED_APPS', label: 'Messaging and encrypted apps' },
  { code: 'DATING_APPS', label: 'Dating apps' },
  { code: 'GIG_AND_LABOUR_PLATFORMS', label: 'Gig and labour platforms' },
  { code: 'LIVE_STREAMING', label: 'Live streaming' },
  { code: 'ONLINE_PAYMENTS_AND_FINTECH', label: 'Online payments and fintech' },
  { code: 'CRYPTOCURRENCIES', label: 'Cryptocurrencies' },
  { code: 'DARK_WEB_MARKETS', label: 'Dark web markets' },
  { code: 'GENERATIVE_AI_AND_DEEPFAKES', label: 'Generative AI and deepfakes' },
] as const;
export type MisusedTechnology = CodeOf<typeof MISUSED_TECHNOLOGIES>;
export const MISUSED_TECHNOLOGY_CODES = codesOf(MISUSED_TECHNOLOGIES);
