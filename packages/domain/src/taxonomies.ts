/**
 * All code/label taxonomies by name, e.g. for an API endpoint that serves them to clients or
 * for translation tooling. Countries and languages have their own modules.
 */
import { MISUSED_TECHNOLOGIES, TRAFFICKING_STAGES } from './misuse-taxonomies.js';
import {
  EVIDENCE_LEVELS,
  FOCUS_AREAS,
  FORMS_OF_EXPLOITATION,
  ILO_FORCED_LABOUR_INDICATORS,
  PRACTICE_STATUSES,
  PURPOSES,
  SECTORS,
  STAKEHOLDER_TYPES,
  SURVIVOR_INVOLVEMENT_LEVELS,
  TARGET_USERS,
  TECHNOLOGIES,
} from './practice-taxonomies.js';
import { REGIONS } from './regions.js';

export const TAXONOMIES = {
  stakeholderTypes: STAKEHOLDER_TYPES,
  focusAreas: FOCUS_AREAS,
  purposes: PURPOSES,
  formsOfExploitation: FORMS_OF_EXPLOITATION,
  technologies: TECHNOLOGIES,
  targetUsers: TARGET_USERS,
  sectors: SECTORS,
  practiceStatuses: PRACTICE_STATUSES,
  evidenceLevels: EVIDENCE_LEVELS,
  survivorInvolvementLevels: SURVIVOR_INVOLVEMENT_LEVELS,
  iloForcedLabourIndicators: ILO_FORCED_LABOUR_INDICATORS,
  traffickingStages: TRAFFICKING_STAGES,
  misusedTechnologies: MISUSED_TECHNOLOGIES,
  regions: REGIONS,
} as const;
export type TaxonomyName = keyof typeof TAXONOMIES;
