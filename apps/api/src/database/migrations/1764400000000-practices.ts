import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The practice library: practices with their taxonomies (text arrays of domain codes, GIN
 * indexed), partners, contributors, revisions, bookmarks, endorsements and daily view counts.
 */
export class Practices1764400000000 implements MigrationInterface {
  name = 'Practices1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title varchar(200) NOT NULL,
        summary varchar(500) NOT NULL,
        body text NOT NULL DEFAULT '' CHECK (length(body) <= 50000),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
        state varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        visibility varchar(10) NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC', 'MEMBERS', 'RESTRICTED')),
        visible_to text[] NOT NULL DEFAULT '{}',
        focus_areas text[] NOT NULL CHECK (cardinality(focus_areas) > 0),
        purposes text[] NOT NULL DEFAULT '{}',
        forms_of_exploitation text[] NOT NULL DEFAULT '{}',
        technologies text[] NOT NULL DEFAULT '{}',
        target_users text[] NOT NULL DEFAULT '{}',
        sectors text[] NOT NULL DEFAULT '{}',
        countries text[] NOT NULL DEFAULT '{}',
        regions text[] NOT NULL DEFAULT '{}',
        is_global boolean NOT NULL DEFAULT false,
        languages text[] NOT NULL DEFAULT '{}',
        status varchar(20) NOT NULL,
        year_started int CHECK (year_started BETWEEN 1990 AND 2100),
        year_ended int CHECK (year_ended IS NULL OR year_ended >= year_started),
        links jsonb NOT NULL DEFAULT '[]',
        contact varchar(500),
        evidence_level varchar(30) NOT NULL,
        survivor_involvement varchar(30) NOT NULL,
        sdg_87 boolean NOT NULL DEFAULT false,
        ilo_indicators text[] NOT NULL DEFAULT '{}',
        moderation_note varchar(1000),
        moderated_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        moderated_at timestamptz,
        created_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        updated_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX practice_organization_idx ON practice (organization_id)');
    await q.query(
      'CREATE INDEX practice_state_published_idx ON practice (state, published_at DESC)',
    );
    for (const column of [
      'focus_areas',
      'purposes',
      'forms_of_exploitation',
      'technologies',
      'target_users',
      'sectors',
      'countries',
      'regions',
      'languages',
      'ilo_indicators',
    ]) {
      await q.query(`CREATE INDEX practice_${column}_idx ON practice USING gin (${column})`);
    }
    // Duplicate awareness: trigram similarity of titles and summaries.
    await q.query(
      `CREATE INDEX practice_title_trgm_idx ON practice USING gin (lower(title) gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX practice_summary_trgm_idx ON practice USING gin (lower(summary) gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE practice_partner (
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        PRIMARY KEY (practice_id, organization_id)
      )`);
    await q.query(`
      CREATE TABLE practice_contributor (
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        PRIMARY KEY (practice_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE practice_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        number int NOT NULL,
        author_id uuid REFERENCES user_account(id) ON DELETE SET NULL,
        changed_fields text[] NOT NULL DEFAULT '{}',
        snapshot jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (practice_id, number)
      )`);
    await q.query(`
      CREATE TABLE practice_bookmark (
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, user_id)
      )`);
    await q.query('CREATE INDEX practice_bookmark_user_idx ON practice_bookmark (user_id)');
    await q.query(`
      CREATE TABLE practice_endorsement (
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        kind varchar(10) NOT NULL CHECK (kind IN ('USES', 'REPLICATED')),
        user_id uuid REFERENCES user_account(id) ON DELETE SET NULL,
        comment varchar(500) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (practice_id, organization_id)
      )`);
    await q.query(`
      CREATE TABLE practice_view (
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        visitor char(64) NOT NULL,
        day date NOT NULL DEFAULT current_date,
        PRIMARY KEY (practice_id, day, visitor)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'practice_view',
      'practice_endorsement',
      'practice_bookmark',
      'practice_revision',
      'practice_contributor',
      'practice_partner',
      'practice',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
