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
  { code: 'FINANCIAL_FLOWS', label: 'Financial flows and laundering' },
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

/** How a misuse pattern is developing. */
export const MISUSE_TRENDS = [
  { code: 'EMERGING', label: 'Emerging' },
  { code: 'ESTABLISHED', label: 'Established' },
  { code: 'DECLINING', label: 'Declining' },
] as const;
export type MisuseTrend = CodeOf<typeof MISUSE_TRENDS>;
export const MISUSE_TREND_CODES = codesOf(MISUSE_TRENDS);

/** How a practice counters a misuse pattern (a countermeasure link). */
export const COUNTER_APPROACHES = [
  { code: 'PREVENTS', label: 'Prevents' },
  { code: 'DETECTS', label: 'Detects' },
  { code: 'DISRUPTS', label: 'Disrupts' },
  { code: 'SUPPORTS_VICTIMS', label: 'Supports victims' },
  { code: 'BUILDS_EVIDENCE', label: 'Builds evidence' },
] as const;
export type CounterApproach = CodeOf<typeof COUNTER_APPROACHES>;
export const COUNTER_APPROACH_CODES = codesOf(COUNTER_APPROACHES);
