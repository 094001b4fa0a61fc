import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type {
  CounterApproach,
  FormOfExploitation,
  MisuseTrend,
  MisusedTechnology,
  Region,
  StakeholderType,
  TraffickingStage,
} from '@alliance/domain';
import type { PracticeState, Visibility } from '../practices/practice.entity';

export interface SourceLink {
  label: string;
  url: string;
}

const textArray = (name: string) => ({
  name,
  type: 'text' as const,
  array: true,
  default: () => "'{}'",
});

/**
 * A way traffickers misuse technology, documented so others recognise it: stages, technologies,
 * red flags, where it is observed and where it is heading. Owned by an organization and visible
 * exactly like a practice (state, visibility, visibleTo). Never details that identify a victim.
 */
@Entity({ name: 'misuse_pattern' })
export class MisusePattern {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 80 }) slug: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'varchar', length: 500 }) summary: string;
  /** Markdown; rendered sanitised by the web app. */
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ type: 'varchar', length: 10, default: 'DRAFT' }) state: PracticeState;
  @Column({ type: 'varchar', length: 10, default: 'PUBLIC' }) visibility: Visibility;
  /** For RESTRICTED: members of verified organizations of these stakeholder types may see it. */
  @Column(textArray('visible_to')) visibleTo: StakeholderType[];
  @Column({ type: 'text', array: true }) stages: TraffickingStage[];
  @Column({ type: 'text', array: true }) technologies: MisusedTechnology[];
  @Column(textArray('forms_of_exploitation')) formsOfExploitation: FormOfExploitation[];
  /** Red flags others can recognise, one per entry. */
  @Column(textArray('indicators')) indicators: string[];
  /** Regions where it has been observed. */
  @Column(textArray('regions')) regions: Region[];
  @Column({ type: 'varchar', length: 12 }) trend: MisuseTrend;
  @Column({ type: 'jsonb', default: () => "'[]'" }) sources: SourceLink[];
  /** Why a moderator unpublished it; shown to its owners. */
  @Column({ name: 'moderation_note', type: 'varchar', length: 1000, nullable: true })
  moderationNote: string | null;
  @Column({ name: 'moderated_by', type: 'uuid', nullable: true }) moderatedBy: string | null;
  @Column({ name: 'moderated_at', type: 'timestamptz', nullable: true }) moderatedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A practice that counters a misuse pattern, how, and a note; proposed by the practice's editors. */
@Entity({ name: 'countermeasure' })
export class Countermeasure {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'practice_id', type: 'uuid' }) practiceId: string;
  @Column({ name: 'pattern_id', type: 'uuid' }) patternId: string;
  @Column({ type: 'varchar', length: 20 }) approach: CounterApproach;
  @Column({ type: 'varchar', length: 1000, default: '' }) note: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
