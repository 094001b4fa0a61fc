import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Watch levels per thread, practice and category; email preference and unsubscribe key per user. */
export class WatchesAndEmailPreferences1764430000000 implements MigrationInterface {
  name = 'WatchesAndEmailPreferences1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE watch (
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        target_type varchar(10) NOT NULL CHECK (target_type IN ('THREAD', 'PRACTICE', 'CATEGORY')),
        target_id uuid NOT NULL,
        level varchar(10) NOT NULL CHECK (level IN ('WATCHING', 'MUTED')),
        PRIMARY KEY (user_id, target_type, target_id)
      )`);
    await q.query('CREATE INDEX watch_target_idx ON watch (target_type, target_id)');
    await q.query(`
      ALTER TABLE user_account
        ADD COLUMN email_notifications varchar(10) NOT NULL DEFAULT 'IMMEDIATE' CHECK (email_notifications IN ('IMMEDIATE', 'DAILY', 'OFF')),
        ADD COLUMN unsubscribe_key char(64) NOT NULL DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE user_account DROP COLUMN unsubscribe_key, DROP COLUMN email_notifications',
    );
    await q.query('DROP TABLE watch');
  }
}
