import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Searching one category's discussions: each post also gets its words prefixed with its
 * category (`<8 hex of the category id><lexeme>`) in a second GIN-indexed vector, so the index
 * answers "this word in this category" with one short posting list instead of intersecting a
 * frequent word's list (hundreds of thousands of posts) with the category's (bench/).
 * Positions are not kept: phrase queries use the ordinary vector.
 */
export class PostCategoryVector1764440300000 implements MigrationInterface {
  name = 'PostCategoryVector1764440300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION search_category_vector(category uuid, body text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN category IS NULL THEN ''::tsvector ELSE array_to_tsvector(ARRAY(
          SELECT left(replace(category::text, '-', ''), 8) || t.lexeme FROM unnest(to_tsvector('alliance'::regconfig, coalesce(body, ''))) t
        )) END
      $$`);
    await q.query(
      `ALTER TABLE post ADD COLUMN search_category_vector tsvector GENERATED ALWAYS AS (search_category_vector(category_id, body)) STORED`,
    );
    await q.query(
      `CREATE INDEX post_search_category_vector_idx ON post USING gin (search_category_vector)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE post DROP COLUMN search_category_vector');
    await q.query('DROP FUNCTION search_category_vector');
  }
}
