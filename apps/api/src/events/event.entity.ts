import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export interface EventTheme {
  title: string;
  description: string;
}

/** A conference or meeting, e.g. the 19th Alliance against Trafficking in Persons Conference (2019). */
@Entity({ name: 'event' })
export class Event {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 80 }) slug: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  /** Markdown; rendered sanitised by the web app. */
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'varchar', length: 200, default: '' }) location: string;
  @Column({ type: 'varchar', length: 2048, nullable: true }) url: string | null;
  /** ISO dates (YYYY-MM-DD). */
  @Column({ name: 'starts_on', type: 'date' }) startsOn: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) themes: EventTheme[];
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A session of an event, under one of its themes. */
@Entity({ name: 'event_session' })
export class EventSession {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'text', default: '' }) description: string;
  /** The title of one of the event's themes, or null. */
  @Column({ type: 'varchar', length: 200, nullable: true }) theme: string | null;
  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true }) startsAt: Date | null;
  @Column({ type: 'int', default: 0 }) position: number;
}

/** A practice or a misuse pattern presented at an event session. */
@Entity({ name: 'event_presentation' })
export class EventPresentation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'session_id', type: 'uuid' }) sessionId: string;
  @Column({ name: 'practice_id', type: 'uuid', nullable: true }) practiceId: string | null;
  @Column({ name: 'pattern_id', type: 'uuid', nullable: true }) patternId: string | null;
  @Column({ name: 'added_by', type: 'uuid', nullable: true }) addedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A list of practices and patterns curated by moderators, with an introduction. */
@Entity({ name: 'collection' })
export class Collection {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 80 }) slug: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  /** Markdown; rendered sanitised by the web app. */
  @Column({ type: 'text', default: '' }) introduction: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One entry of a collection, in order: a practice or a pattern, with an optional note. */
@Entity({ name: 'collection_item' })
export class CollectionItem {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'collection_id', type: 'uuid' }) collectionId: string;
  @Column({ type: 'int' }) position: number;
  @Column({ name: 'practice_id', type: 'uuid', nullable: true }) practiceId: string | null;
  @Column({ name: 'pattern_id', type: 'uuid', nullable: true }) patternId: string | null;
  @Column({ type: 'varchar', length: 1000, default: '' }) note: string;
}
