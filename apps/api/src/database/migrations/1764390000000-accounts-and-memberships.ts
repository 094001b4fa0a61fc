import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, sessions, single-use email tokens, API tokens, memberships, invitations, join
 * requests, the audit log and rate-limit buckets. Every secret is stored as a hash only.
 */
export class AccountsAndMemberships1764390000000 implements MigrationInterface {
  name = 'AccountsAndMemberships1764390000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        display_name varchar(80) NOT NULL,
        password_hash text NOT NULL,
        platform_role varchar(20) NOT NULL DEFAULT 'USER'
          CHECK (platform_role IN ('USER', 'MODERATOR', 'ADMIN')),
        email_verified_at timestamptz,
        sign_in_locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_account_email_lower CHECK (email = lower(email))
      )`);
    await q.query('CREATE UNIQUE INDEX user_account_email_unique ON user_account (email)');

    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        ip varchar(64),
        user_agent varchar(400),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query('CREATE INDEX user_session_user_idx ON user_session (user_id)');

    await q.query(`
      CREATE TABLE email_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        purpose varchar(20) NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        token_prefix varchar(16) NOT NULL,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        name varchar(80) NOT NULL,
        scopes text[] NOT NULL CHECK (scopes <@ ARRAY['read', 'write']::text[] AND cardinality(scopes) > 0),
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX api_token_user_idx ON api_token (user_id)');

    await q.query(`
      ALTER TABLE organization
        ADD COLUMN verified_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        ADD COLUMN created_by uuid REFERENCES user_account(id) ON DELETE SET NULL`);

    await q.query(`
      CREATE TABLE membership (
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        role varchar(10) NOT NULL CHECK (role IN ('MEMBER', 'EDITOR', 'ADMIN')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, user_id)
      )`);
    await q.query('CREATE INDEX membership_user_idx ON membership (user_id)');

    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        email varchar(254) NOT NULL,
        role varchar(10) NOT NULL CHECK (role IN ('MEMBER', 'EDITOR', 'ADMIN')),
        invited_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX invitation_organization_idx ON invitation (organization_id)');

    await q.query(`
      CREATE TABLE join_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        message varchar(1000) NOT NULL DEFAULT '',
        status varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
        decided_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX join_request_pending_unique ON join_request (organization_id, user_id) WHERE status = 'PENDING'`,
    );

    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        action varchar(60) NOT NULL,
        actor_id uuid REFERENCES user_account(id) ON DELETE SET NULL,
        subject_type varchar(40),
        subject_id varchar(64),
        ip varchar(64),
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX audit_event_created_idx ON audit_event (created_at DESC, id DESC)');
    await q.query('CREATE INDEX audit_event_action_idx ON audit_event (action)');

    // The shape rate-limiter-flexible's RateLimiterPostgres expects, created here (not by it).
    await q.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limit');
    await q.query('DROP TABLE audit_event');
    await q.query('DROP TABLE join_request');
    await q.query('DROP TABLE invitation');
    await q.query('DROP TABLE membership');
    await q.query('ALTER TABLE organization DROP COLUMN created_by, DROP COLUMN verified_by');
    await q.query('DROP TABLE api_token');
    await q.query('DROP TABLE email_token');
    await q.query('DROP TABLE user_session');
    await q.query('DROP TABLE user_account');
  }
}
