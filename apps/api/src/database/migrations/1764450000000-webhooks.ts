import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The practice columns whose change is a content update (REVISED_FIELDS of PracticeService). */
const PRACTICE_CONTENT_COLUMNS = [
  'title',
  'summary',
  'body',
  'focus_areas',
  'purposes',
  'forms_of_exploitation',
  'technologies',
  'target_users',
  'sectors',
  'countries',
  'regions',
  'is_global',
  'languages',
  'status',
  'year_started',
  'year_ended',
  'links',
  'contact',
  'evidence_level',
  'survivor_involvement',
  'sdg_87',
  'ilo_indicators',
  'visibility',
  'visible_to',
];

/**
 * Webhooks (the partner API, docs/webhooks.md):
 * - `webhook`: an organization's HTTPS endpoint, the events it wants and its signing secret
 *   (encrypted when WEBHOOK_SECRET_KEY is set);
 * - `webhook_event`: the transactional outbox. AFTER triggers append a row in the same
 *   transaction as the change (a practice published or its published content updated, a
 *   thread or a post created), only while some active webhook wants that event type, so a
 *   rolled-back write leaves no event and an installation without webhooks stores nothing;
 * - `webhook_delivery`: one row per event and webhook, the delivery log (attempts, outcome).
 * Who may see what is decided when events are fanned out to deliveries, by the API.
 */
export class Webhooks1764450000000 implements MigrationInterface {
  name = 'Webhooks1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        url varchar(2048) NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        description varchar(500) NOT NULL DEFAULT '',
        active boolean NOT NULL DEFAULT true,
        disabled_reason varchar(500),
        consecutive_failures int NOT NULL DEFAULT 0,
        created_by uuid REFERENCES user_account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT webhook_events_known CHECK (
          cardinality(events) > 0
          AND events <@ ARRAY['practice.published', 'practice.updated', 'thread.created', 'post.created']::text[]
        )
      )`);
    await q.query(`CREATE INDEX webhook_organization_idx ON webhook (organization_id, created_at)`);

    await q.query(`
      CREATE TABLE webhook_event (
        id bigserial PRIMARY KEY,
        type varchar(40) NOT NULL CHECK (type IN ('practice.published', 'practice.updated', 'thread.created', 'post.created', 'ping')),
        practice_id uuid,
        thread_id uuid,
        post_id uuid,
        -- A ping is for one webhook only.
        webhook_id uuid REFERENCES webhook(id) ON DELETE CASCADE,
        payload jsonb NOT NULL DEFAULT '{}',
        occurred_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX webhook_event_undispatched_idx ON webhook_event (id) WHERE dispatched_at IS NULL`,
    );
    await q.query(`CREATE INDEX webhook_event_occurred_idx ON webhook_event (occurred_at)`);

    await q.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY,
        webhook_id uuid NOT NULL REFERENCES webhook(id) ON DELETE CASCADE,
        event_id bigint NOT NULL REFERENCES webhook_event(id) ON DELETE CASCADE,
        status varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        request_body text NOT NULL,
        response_status int,
        response_time_ms int,
        error varchar(1000),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT webhook_delivery_once UNIQUE (webhook_id, event_id)
      )`);
    await q.query(
      `CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (webhook_id, created_at DESC)`,
    );
    await q.query(`CREATE INDEX webhook_delivery_event_idx ON webhook_delivery (event_id)`);

    // Events are recorded only while an active webhook wants them (the table is small).
    await q.query(`
      CREATE FUNCTION webhook_wanted(event_type text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM webhook WHERE active AND event_type = ANY (events))
      $$`);
    const columns = PRACTICE_CONTENT_COLUMNS.map((c) => `'${c}'`).join(', ');
    await q.query(`
      CREATE FUNCTION webhook_practice_event() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          before jsonb;
          after jsonb;
          changed text[];
        BEGIN
          IF TG_OP = 'INSERT' OR OLD.state IS DISTINCT FROM 'PUBLISHED' THEN
            IF webhook_wanted('practice.published') THEN
              INSERT INTO webhook_event (type, practice_id) VALUES ('practice.published', NEW.id);
            END IF;
            RETURN NULL;
          END IF;
          IF NOT webhook_wanted('practice.updated') THEN RETURN NULL; END IF;
          before := to_jsonb(OLD);
          after := to_jsonb(NEW);
          SELECT array_agg(c ORDER BY c) INTO changed
            FROM unnest(ARRAY[${columns}]::text[]) AS c
           WHERE before -> c IS DISTINCT FROM after -> c;
          IF changed IS NOT NULL THEN
            INSERT INTO webhook_event (type, practice_id, payload)
            VALUES ('practice.updated', NEW.id, jsonb_build_object('changedColumns', to_jsonb(changed)));
          END IF;
          RETURN NULL;
        END $$`);
    await q.query(
      `CREATE TRIGGER webhook_practice_insert AFTER INSERT ON practice FOR EACH ROW WHEN (NEW.state = 'PUBLISHED') EXECUTE FUNCTION webhook_practice_event()`,
    );
    await q.query(
      `CREATE TRIGGER webhook_practice_update AFTER UPDATE ON practice FOR EACH ROW WHEN (NEW.state = 'PUBLISHED') EXECUTE FUNCTION webhook_practice_event()`,
    );
    await q.query(`
      CREATE FUNCTION webhook_thread_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF webhook_wanted('thread.created') THEN
            INSERT INTO webhook_event (type, thread_id) VALUES ('thread.created', NEW.id);
          END IF;
          RETURN NULL;
        END $$`);
    await q.query(
      `CREATE TRIGGER webhook_thread_insert AFTER INSERT ON thread FOR EACH ROW EXECUTE FUNCTION webhook_thread_event()`,
    );
    await q.query(`
      CREATE FUNCTION webhook_post_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF webhook_wanted('post.created') THEN
            INSERT INTO webhook_event (type, thread_id, post_id) VALUES ('post.created', NEW.thread_id, NEW.id);
          END IF;
          RETURN NULL;
        END $$`);
    await q.query(
      `CREATE TRIGGER webhook_post_insert AFTER INSERT ON post FOR EACH ROW EXECUTE FUNCTION webhook_post_event()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER webhook_post_insert ON post');
    await q.query('DROP TRIGGER webhook_thread_insert ON thread');
    await q.query('DROP TRIGGER webhook_practice_update ON practice');
    await q.query('DROP TRIGGER webhook_practice_insert ON practice');
    await q.query('DROP FUNCTION webhook_post_event');
    await q.query('DROP FUNCTION webhook_thread_event');
    await q.query('DROP FUNCTION webhook_practice_event');
    await q.query('DROP FUNCTION webhook_wanted');
    await q.query('DROP TABLE webhook_delivery');
    await q.query('DROP TABLE webhook_event');
    await q.query('DROP TABLE webhook');
  }
}
