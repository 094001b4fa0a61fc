import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ranking practices reads a small vector of the title (A) and summary (B) instead of the
 * whole weighted vector: a practice's full vector (with its body) is large enough to be
 * stored compressed, and decompressing thousands of them per search dominated its cost
 * (bench/). Matching still uses the full vector and its GIN index.
 */
export class SearchRanking1764440100000 implements MigrationInterface {
  name = 'SearchRanking1764440100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE practice ADD COLUMN search_rank_vector tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('alliance'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('alliance'::regconfig, coalesce(summary, '')), 'B')) STORED`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE practice DROP COLUMN search_rank_vector');
  }
}
