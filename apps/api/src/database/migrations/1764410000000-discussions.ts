import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Discussions: categories, threads (in a category or on a practice), posts and their edits,
 *  reactions, read state, mentions, and in-app notifications. */
export class Discussions1764410000000 implements MigrationInterface {
  name = 'Discussions1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE discussion_category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(60) NOT NULL UNIQUE,
        name varchar(120) NOT NULL,
        description varchar(500) NOT NULL DEFAULT '',
        members_only boolean NOT NULL DEFAULT false,
        position int NOT NULL DEFAULT 0
      )`);
    await q.query(`
      INSERT INTO discussion_category (slug, name, description, members_only, position) VALUES
        ('technology-misuse', 'Technology misuse by traffickers', 'How traffickers use technology, and what to watch for.', false, 1),
        ('victim-identification', 'Victim identification and support', 'Identifying presumed victims, referral and assistance.', false, 2),
        ('financial-sector', 'Financial sector', 'Transaction monitoring, typologies and financial investigations.', false, 3),
        ('online-platforms', 'Online platforms and ICT', 'Platforms, classifieds, messaging and trust and safety.', false, 4),
        ('legal-policy', 'Legal and policy frameworks', 'Laws, national action plans and policy.', false, 5),
        ('research-data', 'Research and data', 'Studies, data sets and evaluation.', false, 6),
        ('partnerships', 'Partnerships and calls', 'Calls for partners and joint projects.', false, 7),
        ('law-enforcement-exchange', 'Law-enforcement exchange', 'Operational exchange among members of verified organizations.', true, 8)`);
    await q.query(`
      CREATE TABLE thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category_id uuid REFERENCES discussion_category(id) ON DELETE RESTRICT,
        practice_id uuid UNIQUE REFERENCES practice(id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        kind varchar(12) NOT NULL DEFAULT 'DISCUSSION' CHECK (kind IN ('DISCUSSION', 'QUESTION')),
        tags text[] NOT NULL DEFAULT '{}',
        author_id uuid REFERENCES user_account(id) ON DELETE SET NULL,
        pinned boolean NOT NULL DEFAULT false,
        locked boolean NOT NULL DEFAULT false,
        accepted_post_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((category_id IS NULL) <> (practice_id IS NULL))
      )`);
    await q.query(
      'CREATE INDEX thread_category_activity_idx ON thread (category_id, pinned DESC, last_activity_at DESC)',
    );
    await q.query(`
      CREATE TABLE post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES thread(id) ON DELETE CASCADE,
        author_id uuid REFERENCES user_account(id) ON DELETE SET NULL,
        parent_id uuid REFERENCES post(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) <= 20000),
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        hidden_at timestamptz,
        hidden_reason varchar(1000)
      )`);
    await q.query('CREATE INDEX post_thread_created_idx ON post (thread_id, created_at, id)');
    await q.query(
      `ALTER TABLE thread ADD CONSTRAINT thread_accepted_post_fk FOREIGN KEY (accepted_post_id) REFERENCES post(id) ON DELETE SET NULL`,
    );
    await q.query(`
      CREATE TABLE post_edit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        previous_body text NOT NULL,
        edited_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE post_reaction (
        post_id uuid NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        reaction varchar(12) NOT NULL CHECK (reaction IN ('USEFUL', 'INSIGHTFUL', 'THANKS')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, user_id, reaction)
      )`);
    await q.query(`
      CREATE TABLE thread_read (
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES thread(id) ON DELETE CASCADE,
        read_until timestamptz NOT NULL,
        PRIMARY KEY (user_id, thread_id)
      )`);
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        kind varchar(30) NOT NULL,
        actor_id uuid REFERENCES user_account(id) ON DELETE SET NULL,
        thread_id uuid REFERENCES thread(id) ON DELETE CASCADE,
        post_id uuid REFERENCES post(id) ON DELETE CASCADE,
        practice_id uuid REFERENCES practice(id) ON DELETE CASCADE,
        organization_id uuid REFERENCES organization(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz
      )`);
    await q.query('CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['notification', 'thread_read', 'post_reaction', 'post_edit'])
      await q.query(`DROP TABLE ${t}`);
    await q.query('ALTER TABLE thread DROP CONSTRAINT thread_accepted_post_fk');
    await q.query('DROP TABLE post');
    await q.query('DROP TABLE thread');
    await q.query('DROP TABLE discussion_category');
  }
}
