import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Searching practices with filters (bench/):
 * - one GIN index over the text vectors and every taxonomy array, so "this word, in this
 *   focus area and this country" is one index scan whose posting lists are intersected with
 *   GIN's skipping (the rare key drives, the frequent ones are skipped through) instead of a
 *   BitmapAnd of a frequent word's bitmap (tens of thousands of practices) and a focus area's
 *   (a third of them), which cost about 10 ms a query;
 * - a title-only vector in that index: a relevance search that caps its candidates
 *   (PostgresSearchEngine) reads the title matches — the best-ranked — apart.
 */
export class PracticeSearchFilters1764470000000 implements MigrationInterface {
  name = 'PracticeSearchFilters1764470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE practice ADD COLUMN search_title_vector tsvector GENERATED ALWAYS AS (to_tsvector('alliance', coalesce(title, ''))) STORED`,
    );
    await q.query(`
      CREATE INDEX practice_search_filter_idx ON practice USING gin (
        search_vector, search_title_vector, focus_areas, purposes, technologies, forms_of_exploitation,
        target_users, sectors, countries, regions, languages)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX practice_search_filter_idx');
    await q.query('ALTER TABLE practice DROP COLUMN search_title_vector');
  }
}
