import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Trigram similarity (typo-tolerant search, duplicate detection) and accent folding. */
export class EnableExtensions1764380000000 implements MigrationInterface {
  name = 'EnableExtensions1764380000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('CREATE EXTENSION IF NOT EXISTS unaccent');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP EXTENSION IF EXISTS unaccent');
    await q.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
