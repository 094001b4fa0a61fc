import type { MigrationInterface, QueryRunner } from 'typeorm';

const WATCHED_TEXT = 'title, summary, description, indicators';

/**
 * Search learns misuse patterns (kind MISUSE_PATTERN), as it knows practices:
 * - a weighted `search_vector` (title A, summary B, description and indicators C) with a GIN
 *   index, and a small `search_rank_vector` (title, summary) to rank with, as for practices;
 * - their words in the typo-correction vocabulary (`search_word`), kept by a trigger;
 * - the outbox: pattern inserts, updates and deletes; a change of who may see a pattern
 *   (state, visibility, audience, owner) cascades to the threads about it and their posts, and
 *   so does moving a thread to or from a pattern.
 * Countermeasures are not part of the documents, so they need no trigger.
 */
export class MisusePatternSearch1764460100000 implements MigrationInterface {
  name = 'MisusePatternSearch1764460100000';

  async up(q: QueryRunner): Promise<void> {
    const weighted = (expr: string, weight: 'A' | 'B' | 'C') =>
      `setweight(to_tsvector('alliance'::regconfig, coalesce(${expr}, '')), '${weight}')`;
    await q.query(`ALTER TABLE misuse_pattern ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
      ${weighted('title', 'A')} || ${weighted('summary', 'B')} || ${weighted(`description || ' ' || search_join(indicators)`, 'C')}) STORED`);
    await q.query(`ALTER TABLE misuse_pattern ADD COLUMN search_rank_vector tsvector GENERATED ALWAYS AS (
      ${weighted('title', 'A')} || ${weighted('summary', 'B')}) STORED`);
    await q.query(
      'CREATE INDEX misuse_pattern_search_vector_idx ON misuse_pattern USING gin (search_vector)',
    );

    await q.query(`
      CREATE FUNCTION misuse_pattern_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM search_collect_words(NEW.title || ' ' || NEW.summary || ' ' || NEW.description || ' ' || array_to_string(NEW.indicators, ' '));
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER misuse_pattern_search_words AFTER INSERT OR UPDATE OF ${WATCHED_TEXT} ON misuse_pattern FOR EACH ROW EXECUTE FUNCTION misuse_pattern_search_words()`,
    );
    await q.query(
      `SELECT search_collect_words(title || ' ' || summary || ' ' || description || ' ' || array_to_string(indicators, ' ')) FROM misuse_pattern`,
    );

    // 'MISUSE_PATTERN' is longer than the twelve characters the outbox kind had room for.
    await q.query('ALTER TABLE search_outbox DROP CONSTRAINT search_outbox_kind_check');
    await q.query('ALTER TABLE search_outbox ALTER COLUMN kind TYPE varchar(20)');
    await q.query(
      `ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_kind_check CHECK (kind IN ('PRACTICE', 'THREAD', 'POST', 'ORGANIZATION', 'MISUSE_PATTERN'))`,
    );
    const triggers: [string, string, string, string][] = [
      // name, table and events, kind, cascade to the threads about it and their posts
      [
        'search_outbox_pattern',
        'INSERT OR UPDATE OR DELETE ON misuse_pattern',
        'MISUSE_PATTERN',
        'false',
      ],
      [
        'search_outbox_pattern_audience',
        'UPDATE OF state, visibility, visible_to, organization_id ON misuse_pattern',
        'MISUSE_PATTERN',
        'true',
      ],
      ['search_outbox_thread_pattern', 'UPDATE OF misuse_pattern_id ON thread', 'THREAD', 'true'],
    ];
    for (const [name, on, kind, cascade] of triggers) {
      await q.query(
        `CREATE TRIGGER ${name} AFTER ${on} FOR EACH ROW EXECUTE FUNCTION search_enqueue('${kind}', 'id', '${cascade}')`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER search_outbox_thread_pattern ON thread');
    await q.query('DROP TRIGGER search_outbox_pattern_audience ON misuse_pattern');
    await q.query('DROP TRIGGER search_outbox_pattern ON misuse_pattern');
    await q.query(`DELETE FROM search_outbox WHERE kind = 'MISUSE_PATTERN'`);
    await q.query('ALTER TABLE search_outbox DROP CONSTRAINT search_outbox_kind_check');
    await q.query('ALTER TABLE search_outbox ALTER COLUMN kind TYPE varchar(12)');
    await q.query(
      `ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_kind_check CHECK (kind IN ('PRACTICE', 'THREAD', 'POST', 'ORGANIZATION'))`,
    );
    await q.query('DROP TRIGGER misuse_pattern_search_words ON misuse_pattern');
    await q.query('DROP FUNCTION misuse_pattern_search_words');
    await q.query('DROP INDEX misuse_pattern_search_vector_idx');
    await q.query('ALTER TABLE misuse_pattern DROP COLUMN search_rank_vector');
    await q.query('ALTER TABLE misuse_pattern DROP COLUMN search_vector');
  }
}
