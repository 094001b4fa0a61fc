import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Flags on posts, threads and practices; suspensions of accounts. */
export class Moderation1764420000000 implements MigrationInterface {
  name = 'Moderation1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE flag (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_type varchar(10) NOT NULL CHECK (target_type IN ('POST', 'THREAD', 'PRACTICE')),
        target_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        reason varchar(20) NOT NULL CHECK (reason IN ('SPAM', 'ABUSIVE', 'OFF_TOPIC', 'IDENTIFIES_VICTIM', 'OTHER')),
        note varchar(1000) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES user_account(id) ON DELETE SET NULL
      )`);
    await q.query(
      `CREATE UNIQUE INDEX flag_open_unique ON flag (target_type, target_id, user_id) WHERE resolved_at IS NULL`,
    );
    await q.query(`CREATE INDEX flag_open_idx ON flag (created_at) WHERE resolved_at IS NULL`);
    await q.query(
      `ALTER TABLE user_account ADD COLUMN suspended_until timestamptz, ADD COLUMN suspension_reason varchar(1000)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE user_account DROP COLUMN suspension_reason, DROP COLUMN suspended_until',
    );
    await q.query('DROP TABLE flag');
  }
}
