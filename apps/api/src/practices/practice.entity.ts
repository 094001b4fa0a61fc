import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
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

export const PRACTICE_STATES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type PracticeState = (typeof PRACTICE_STATES)[number];
export const VISIBILITIES = ['PUBLIC', 'MEMBERS', 'RESTRICTED'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface PracticeLink {
  label: string;
  url: string;
}

const textArray = (name: string) => ({
  name,
  type: 'text' as const,
  array: true,
  default: () => "'{}'",
});

/** A promising practice: a tool, initiative or policy, documented so others can replicate it. */
@Entity({ name: 'practice' })
export class Practice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 500 })
  summary: string;

  /** Markdown; rendered sanitised by the web app. */
  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 10, default: 'DRAFT' })
  state: PracticeState;

  @Column({ type: 'varchar', length: 10, default: 'PUBLIC' })
  visibility: Visibility;

  /** For RESTRICTED: members of verified organizations of these stakeholder types may see it. */
  @Column(textArray('visible_to'))
  visibleTo: StakeholderType[];

  @Column(textArray('focus_areas'))
  focusAreas: FocusArea[];

  @Column(textArray('purposes'))
  purposes: Purpose[];

  @Column(textArray('forms_of_exploitation'))
  formsOfExploitation: FormOfExploitation[];

  @Column(textArray('technologies'))
  technologies: Technology[];

  @Column(textArray('target_users'))
  targetUsers: TargetUser[];

  @Column(textArray('sectors'))
  sectors: Sector[];

  @Column(textArray('countries'))
  countries: string[];

  @Column(textArray('regions'))
  regions: Region[];

  @Column({ name: 'is_global', type: 'boolean', default: false })
  isGlobal: boolean;

  @Column(textArray('languages'))
  languages: string[];

  @Column({ type: 'varchar', length: 20 })
  status: PracticeStatus;

  @Column({ name: 'year_started', type: 'int', nullable: true })
  yearStarted: number | null;

  @Column({ name: 'year_ended', type: 'int', nullable: true })
  yearEnded: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: PracticeLink[];

  /** Shown to signed-in users only. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  contact: string | null;

  @Column({ name: 'evidence_level', type: 'varchar', length: 30 })
  evidenceLevel: EvidenceLevel;

  @Column({ name: 'survivor_involvement', type: 'varchar', length: 30 })
  survivorInvolvement: SurvivorInvolvement;

  @Column({ name: 'sdg_87', type: 'boolean', default: false })
  sdg87: boolean;

  @Column(textArray('ilo_indicators'))
  iloIndicators: IloForcedLabourIndicator[];

  /** Why a moderator unpublished it; shown to its owners. */
  @Column({ name: 'moderation_note', type: 'varchar', length: 1000, nullable: true })
  moderationNote: string | null;

  @Column({ name: 'moderated_by', type: 'uuid', nullable: true })
  moderatedBy: string | null;

  @Column({ name: 'moderated_at', type: 'timestamptz', nullable: true })
  moderatedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A kept version of a published practice: who saved it, when, and what changed. */
@Entity({ name: 'practice_revision' })
export class PracticeRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ type: 'int' })
  number: number;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ name: 'changed_fields', type: 'text', array: true })
  changedFields: string[];

  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** "We use this" / "we replicated this", by a member on behalf of their organization. */
@Entity({ name: 'practice_endorsement' })
export class PracticeEndorsement {
  @Column({ name: 'practice_id', type: 'uuid', primary: true })
  practiceId: string;

  @Column({ name: 'organization_id', type: 'uuid', primary: true })
  organizationId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: 'USES' | 'REPLICATED';

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  comment: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
