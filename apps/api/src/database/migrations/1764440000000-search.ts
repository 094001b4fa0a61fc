import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search, maintained by the database itself:
 * - the `alliance` text-search configuration (English stemming after accent folding; see
 *   docs/search.md for why one configuration serves six languages);
 * - weighted `search_vector` columns (title A, summary B, body C) generated on practices,
 *   threads, posts and organizations, each with a GIN index;
 * - `search_word`, the vocabulary the typo fallback corrects against (trigram indexed), filled
 *   by triggers in the writing transaction;
 * - `search_outbox`, the transactional outbox that keeps Meilisearch in sync: triggers append a
 *   row in the same transaction as any change to searchable content, while
 *   `search_state.outbox_enabled` is on (the platform turns it on when Meilisearch is in use).
 */
export class Search1764440000000 implements MigrationInterface {
  name = 'Search1764440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TEXT SEARCH CONFIGURATION alliance (COPY = english)`);
    await q.query(
      `ALTER TEXT SEARCH CONFIGURATION alliance ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem`,
    );

    // array_to_string is only STABLE in general; for text[] it cannot change, so generated columns may use it.
    await q.query(
      `CREATE FUNCTION search_join(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string($1, ' ') $$`,
    );
    const vector = (parts: [string, 'A' | 'B' | 'C'][]) =>
      parts
        .map(
          ([expr, weight]) =>
            `setweight(to_tsvector('alliance'::regconfig, coalesce(${expr}, '')), '${weight}')`,
        )
        .join(' || ');
    const columns: [string, string][] = [
      [
        'practice',
        vector([
          ['title', 'A'],
          ['summary', 'B'],
          ['body', 'C'],
        ]),
      ],
      [
        'thread',
        vector([
          ['title', 'A'],
          ['search_join(tags)', 'B'],
        ]),
      ],
      ['post', vector([['body', 'C']])],
      [
        'organization',
        vector([
          ['name', 'A'],
          ['description', 'C'],
        ]),
      ],
    ];
    for (const [table, expression] of columns) {
      await q.query(
        `ALTER TABLE ${table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (${expression}) STORED`,
      );
      await q.query(
        `CREATE INDEX ${table}_search_vector_idx ON ${table} USING gin (search_vector)`,
      );
    }

    // The vocabulary for typo correction: surface words (accent-folded, lower case).
    await q.query(`CREATE TABLE search_word (word text PRIMARY KEY)`);
    await q.query(`CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops)`);
    await q.query(`CREATE INDEX search_word_prefix_idx ON search_word (word text_pattern_ops)`);
    await q.query(`
      CREATE FUNCTION search_collect_words(doc text) RETURNS void LANGUAGE sql AS $$
        INSERT INTO search_word (word)
        SELECT w FROM (
          SELECT DISTINCT lexeme AS w FROM unnest(to_tsvector('simple', unaccent(doc)))
           WHERE length(lexeme) BETWEEN 3 AND 40 AND lexeme ~ '^[[:alpha:]]+$'
        ) words ORDER BY w
        ON CONFLICT DO NOTHING
      $$`);
    const texts: Record<string, string> = {
      practice: `NEW.title || ' ' || NEW.summary || ' ' || NEW.body`,
      thread: `NEW.title || ' ' || array_to_string(NEW.tags, ' ')`,
      post: `NEW.body`,
      organization: `NEW.name || ' ' || NEW.description`,
    };
    for (const [table, text] of Object.entries(texts)) {
      await q.query(`
        CREATE FUNCTION ${table}_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM search_collect_words(${text});
          RETURN NULL;
        END $$`);
      const watched =
        table === 'practice'
          ? 'title, summary, body'
          : table === 'thread'
            ? 'title, tags'
            : table === 'post'
              ? 'body'
              : 'name, description';
      await q.query(
        `CREATE TRIGGER ${table}_search_words AFTER INSERT OR UPDATE OF ${watched} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_search_words()`,
      );
    }

    // The outbox for Meilisearch.
    await q.query(
      `CREATE TABLE search_state (id int PRIMARY KEY CHECK (id = 1), outbox_enabled boolean NOT NULL DEFAULT false)`,
    );
    await q.query(`INSERT INTO search_state (id) VALUES (1)`);
    await q.query(`
      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        kind varchar(12) NOT NULL CHECK (kind IN ('PRACTICE', 'THREAD', 'POST', 'ORGANIZATION')),
        entity_id uuid NOT NULL,
        cascade boolean NOT NULL DEFAULT false,
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text
      )`);
    await q.query(`CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at, id)`);
    // search_enqueue(kind, id column, cascade): one row per changed row, when the outbox is on.
    await q.query(`
      CREATE FUNCTION search_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE r jsonb;
        BEGIN
          IF NOT (SELECT outbox_enabled FROM search_state WHERE id = 1) THEN RETURN NULL; END IF;
          IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
          INSERT INTO search_outbox (kind, entity_id, cascade) VALUES (TG_ARGV[0], (r ->> TG_ARGV[1])::uuid, TG_ARGV[2]::boolean);
          PERFORM pg_notify('search_outbox', '');
          RETURN NULL;
        END $$`);
    const triggers: [string, string, string, string, string][] = [
      // table, events, kind, id column, cascade to dependent documents
      ['practice', 'INSERT OR UPDATE OR DELETE', 'PRACTICE', 'id', 'true'],
      ['practice_partner', 'INSERT OR DELETE', 'PRACTICE', 'practice_id', 'true'],
      ['practice_contributor', 'INSERT OR DELETE', 'PRACTICE', 'practice_id', 'true'],
      ['practice_endorsement', 'INSERT OR DELETE', 'PRACTICE', 'practice_id', 'false'],
      ['thread', 'INSERT OR DELETE', 'THREAD', 'id', 'false'],
      ['thread', 'UPDATE OF category_id, practice_id, title', 'THREAD', 'id', 'true'],
      [
        'thread',
        'UPDATE OF tags, pinned, locked, last_activity_at, accepted_post_id',
        'THREAD',
        'id',
        'false',
      ],
      ['post', 'INSERT OR UPDATE OR DELETE', 'POST', 'id', 'false'],
      ['organization', 'INSERT OR DELETE', 'ORGANIZATION', 'id', 'false'],
      ['organization', 'UPDATE', 'ORGANIZATION', 'id', 'true'],
    ];
    for (const [i, [table, events, kind, column, cascade]] of triggers.entries()) {
      await q.query(
        `CREATE TRIGGER search_outbox_${i}_${table} AFTER ${events} ON ${table} FOR EACH ROW EXECUTE FUNCTION search_enqueue('${kind}', '${column}', '${cascade}')`,
      );
    }
    // A category turning members-only changes who may see each of its threads and posts.
    await q.query(`
      CREATE FUNCTION search_enqueue_category() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NOT (SELECT outbox_enabled FROM search_state WHERE id = 1) THEN RETURN NULL; END IF;
          INSERT INTO search_outbox (kind, entity_id, cascade) SELECT 'THREAD', t.id, true FROM thread t WHERE t.category_id = NEW.id;
          PERFORM pg_notify('search_outbox', '');
          RETURN NULL;
        END $$`);
    await q.query(
      `CREATE TRIGGER search_outbox_category AFTER UPDATE ON discussion_category FOR EACH ROW EXECUTE FUNCTION search_enqueue_category()`,
    );

    // Fill the vocabulary from what exists.
    await q.query(
      `SELECT search_collect_words(title || ' ' || summary || ' ' || body) FROM practice`,
    );
    await q.query(`SELECT search_collect_words(title) FROM thread`);
    await q.query(`SELECT search_collect_words(body) FROM post`);
    await q.query(`SELECT search_collect_words(name || ' ' || description) FROM organization`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER search_outbox_category ON discussion_category');
    await q.query('DROP FUNCTION search_enqueue_category');
    for (const table of [
      'practice',
      'practice_partner',
      'practice_contributor',
      'practice_endorsement',
      'thread',
      'post',
      'organization',
    ]) {
      const triggers: { tgname: string }[] = await q.query(
        `SELECT tgname FROM pg_trigger WHERE tgrelid = $1::regclass AND tgname LIKE 'search_%'`,
        [table],
      );
      for (const { tgname } of triggers) await q.query(`DROP TRIGGER ${tgname} ON ${table}`);
    }
    await q.query('DROP FUNCTION search_enqueue');
    await q.query('DROP TABLE search_outbox');
    await q.query('DROP TABLE search_state');
    for (const table of ['practice', 'thread', 'post', 'organization']) {
      await q.query(`DROP TRIGGER IF EXISTS ${table}_search_words ON ${table}`);
      await q.query(`DROP FUNCTION ${table}_search_words`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN search_vector`);
    }
    await q.query('DROP FUNCTION search_collect_words');
    await q.query('DROP FUNCTION search_join');
    await q.query('DROP TABLE search_word');
    await q.query('DROP TEXT SEARCH CONFIGURATION alliance');
  }
}
