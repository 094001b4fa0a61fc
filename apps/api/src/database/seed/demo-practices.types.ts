import type {
  EvidenceLevel,
  FocusArea,
  FormOfExploitation,
  IloForcedLabourIndicator,
  PracticeStatus,
  Purpose,
  Region,
  Sector,
  StakeholderType,
  SurvivorInvolvement,
  TargetUser,
  Technology,
} from '@alliance/domain';

/** How a demo practice is described; the seed turns these into practices with history. */
export interface DemoPractice {
  slug: string;
  title: string;
  /** At most 500 characters. */
  summary: string;
  /** Markdown with the suggested sections (## Problem, ## Approach, ## Technology,
   *  ## Results and evidence, ## Lessons, ## How to replicate). */
  body: string;
  /** Slug of an organization in demo-organizations.ts. */
  organization: string;
  partners: string[];
  /** Emails of demo users (demo-users.ts) who contribute. */
  contributors: string[];
  focusAreas: FocusArea[];
  purposes: Purpose[];
  formsOfExploitation: FormOfExploitation[];
  technologies: Technology[];
  targetUsers: TargetUser[];
  sectors: Sector[];
  countries: string[];
  regions: Region[];
  global: boolean;
  /** ISO 639-1 codes of the languages the practice is available in. */
  languages: string[];
  status: PracticeStatus;
  yearStarted: number;
  yearEnded: number | null;
  links: { label: string; url: string }[];
  contact: string | null;
  evidenceLevel: EvidenceLevel;
  survivorInvolvement: SurvivorInvolvement;
  sdg87: boolean;
  iloIndicators: IloForcedLabourIndicator[];
  visibility: 'PUBLIC' | 'MEMBERS' | 'RESTRICTED';
  /** For RESTRICTED: the stakeholder types that may see it. */
  visibleTo: StakeholderType[];
  state: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
  /** Later edits after publication, each becoming a revision (field → new value). */
  revisions: { summary?: string; body?: string; title?: string; status?: PracticeStatus }[];
  /** Organizations (slugs, other than the owner) that endorse it. */
  endorsedBy: { organization: string; kind: 'USES' | 'REPLICATED'; comment?: string }[];
  /** Demo user emails who bookmarked it. */
  bookmarkedBy: string[];
}
