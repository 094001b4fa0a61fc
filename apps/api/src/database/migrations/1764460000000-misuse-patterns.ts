import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Misuse patterns (how traffickers misuse technology), countermeasure links to practices,
 * events with sessions and what was presented there, and curated collections. Threads, watches,
 * flags and notifications learn about patterns.
 */
export class MisusePatterns1764460000000 implements MigrationInterface {
  name = 'MisusePatterns1764460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE misuse_pattern (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL UNIQUE,
        title varchar(200) NOT NULL,
        summary varchar(500) NOT NULL,
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 50000),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
        state varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        visibility varchar(10) NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC', 'MEMBERS', 'RESTRICTED')),
        visible_to text[] NOT NULL DEFAULT '{}',
        stages text[] NOT NULL CHECK (cardinality(stages) > 0),
        technologies text[] NOT NULL CHECK (cardinality(technologies) > 0),
        forms_of_exploitation text[] NOT NULL DEFAULT '{}',
        indicators text[] NOT NULL DEFAULT '{}',
        regions text[] NOT NULL DEFAULT '{}',
        trend varchar(12) NOT NULL CHECK (trend IN ('EMERGING', 'ESTABLISHED', 'DECLINING')),
        sources jsonb NOT NULL DEFAULT '[]',
        moderation_note varchar(1000),
        moderated_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        moderated_at timestamptz,
        created_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        updated_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      'CREATE INDEX misuse_pattern_state_published_idx ON misuse_pattern (state, published_at DESC)',
    );
    await q.query(
      'CREATE INDEX misuse_pattern_organization_idx ON misuse_pattern (organization_id)',
    );
    await q.query('CREATE INDEX misuse_pattern_stages_idx ON misuse_pattern USING gin (stages)');
    await q.query(
      'CREATE INDEX misuse_pattern_technologies_idx ON misuse_pattern USING gin (technologies)',
    );

    await q.query(`
      CREATE TABLE countermeasure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        pattern_id uuid NOT NULL REFERENCES misuse_pattern(id) ON DELETE CASCADE,
        approach varchar(20) NOT NULL CHECK (approach IN ('PREVENTS', 'DETECTS', 'DISRUPTS', 'SUPPORTS_VICTIMS', 'BUILDS_EVIDENCE')),
        note varchar(1000) NOT NULL DEFAULT '',
        created_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (practice_id, pattern_id)
      )`);
    await q.query('CREATE INDEX countermeasure_pattern_idx ON countermeasure (pattern_id)');

    // A pattern's own discussion (no category), or a category thread about a pattern (a call for partners).
    await q.query(
      'ALTER TABLE thread ADD COLUMN misuse_pattern_id uuid REFERENCES misuse_pattern(id) ON DELETE CASCADE',
    );
    await q.query('ALTER TABLE thread DROP CONSTRAINT thread_check');
    await q.query(`ALTER TABLE thread ADD CONSTRAINT thread_place_check CHECK (
        (category_id IS NOT NULL AND practice_id IS NULL)
        OR (category_id IS NULL AND practice_id IS NOT NULL AND misuse_pattern_id IS NULL)
        OR (category_id IS NULL AND practice_id IS NULL AND misuse_pattern_id IS NOT NULL))`);
    await q.query(
      'CREATE UNIQUE INDEX thread_pattern_discussion_unique ON thread (misuse_pattern_id) WHERE category_id IS NULL',
    );
    await q.query(
      'CREATE INDEX thread_misuse_pattern_idx ON thread (misuse_pattern_id) WHERE misuse_pattern_id IS NOT NULL',
    );

    await q.query('ALTER TABLE watch DROP CONSTRAINT watch_target_type_check');
    await q.query(
      `ALTER TABLE watch ADD CONSTRAINT watch_target_type_check CHECK (target_type IN ('THREAD', 'PRACTICE', 'CATEGORY', 'PATTERN'))`,
    );
    await q.query('ALTER TABLE flag DROP CONSTRAINT flag_target_type_check');
    await q.query(
      `ALTER TABLE flag ADD CONSTRAINT flag_target_type_check CHECK (target_type IN ('POST', 'THREAD', 'PRACTICE', 'PATTERN'))`,
    );
    await q.query(
      'ALTER TABLE notification ADD COLUMN misuse_pattern_id uuid REFERENCES misuse_pattern(id) ON DELETE CASCADE',
    );

    await q.query(`
      CREATE TABLE event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
        location varchar(200) NOT NULL DEFAULT '',
        url varchar(2048),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        themes jsonb NOT NULL DEFAULT '[]',
        created_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on)
      )`);
    await q.query(`
      CREATE TABLE event_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES event(id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        theme varchar(200),
        starts_at timestamptz,
        position int NOT NULL DEFAULT 0
      )`);
    await q.query('CREATE INDEX event_session_event_idx ON event_session (event_id, position)');
    await q.query(`
      CREATE TABLE event_presentation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES event_session(id) ON DELETE CASCADE,
        practice_id uuid REFERENCES practice(id) ON DELETE CASCADE,
        pattern_id uuid REFERENCES misuse_pattern(id) ON DELETE CASCADE,
        added_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(practice_id, pattern_id) = 1)
      )`);
    await q.query(
      'CREATE UNIQUE INDEX event_presentation_practice_unique ON event_presentation (session_id, practice_id) WHERE practice_id IS NOT NULL',
    );
    await q.query(
      'CREATE UNIQUE INDEX event_presentation_pattern_unique ON event_presentation (session_id, pattern_id) WHERE pattern_id IS NOT NULL',
    );
    await q.query(
      'CREATE INDEX event_presentation_practice_idx ON event_presentation (practice_id) WHERE practice_id IS NOT NULL',
    );
    await q.query(
      'CREATE INDEX event_presentation_pattern_idx ON event_presentation (pattern_id) WHERE pattern_id IS NOT NULL',
    );

    await q.query(`
      CREATE TABLE collection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL UNIQUE,
        title varchar(200) NOT NULL,
        introduction text NOT NULL DEFAULT '' CHECK (length(introduction) <= 20000),
        created_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        updated_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE collection_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        collection_id uuid NOT NULL REFERENCES collection(id) ON DELETE CASCADE,
        position int NOT NULL,
        practice_id uuid REFERENCES practice(id) ON DELETE CASCADE,
        pattern_id uuid REFERENCES misuse_pattern(id) ON DELETE CASCADE,
        note varchar(1000) NOT NULL DEFAULT '',
        CHECK (num_nonnulls(practice_id, pattern_id) = 1),
        UNIQUE (collection_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await q.query(
      'CREATE UNIQUE INDEX collection_item_practice_unique ON collection_item (collection_id, practice_id) WHERE practice_id IS NOT NULL',
    );
    await q.query(
      'CREATE UNIQUE INDEX collection_item_pattern_unique ON collection_item (collection_id, pattern_id) WHERE pattern_id IS NOT NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'collection_item',
      'collection',
      'event_presentation',
      'event_session',
      'event',
    ])
      await q.query(`DROP TABLE ${t}`);
    await q.query('ALTER TABLE notification DROP COLUMN misuse_pattern_id');
    await q.query(`DELETE FROM flag WHERE target_type = 'PATTERN'`);
    await q.query('ALTER TABLE flag DROP CONSTRAINT flag_target_type_check');
    await q.query(
      `ALTER TABLE flag ADD CONSTRAINT flag_target_type_check CHECK (target_type IN ('POST', 'THREAD', 'PRACTICE'))`,
    );
    await q.query(`DELETE FROM watch WHERE target_type = 'PATTERN'`);
    await q.query('ALTER TABLE watch DROP CONSTRAINT watch_target_type_check');
    await q.query(
      `ALTER TABLE watch ADD CONSTRAINT watch_target_type_check CHECK (target_type IN ('THREAD', 'PRACTICE', 'CATEGORY'))`,
    );
    await q.query('DELETE FROM thread WHERE misuse_pattern_id IS NOT NULL AND category_id IS NULL');
    await q.query('ALTER TABLE thread DROP CONSTRAINT thread_place_check');
    await q.query('ALTER TABLE thread DROP COLUMN misuse_pattern_id');
    await q.query(
      'ALTER TABLE thread ADD CONSTRAINT thread_check CHECK ((category_id IS NULL) <> (practice_id IS NULL))',
    );
    await q.query('DROP TABLE countermeasure');
    await q.query('DROP TABLE misuse_pattern');
  }
}
