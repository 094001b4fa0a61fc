import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Posts carry their thread's category (kept by triggers), so a search of one category's
 * discussions combines the text index with a category index instead of walking every thread
 * of the category (bench/).
 */
export class PostCategory1764440200000 implements MigrationInterface {
  name = 'PostCategory1764440200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE post ADD COLUMN category_id uuid REFERENCES discussion_category(id) ON DELETE SET NULL`,
    );
    await q.query(
      `UPDATE post p SET category_id = t.category_id FROM thread t WHERE t.id = p.thread_id AND t.category_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX post_category_idx ON post (category_id) WHERE category_id IS NOT NULL`,
    );
    await q.query(`
      CREATE FUNCTION post_set_category() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.category_id := (SELECT category_id FROM thread WHERE id = NEW.thread_id);
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER post_set_category BEFORE INSERT OR UPDATE OF thread_id ON post FOR EACH ROW EXECUTE FUNCTION post_set_category()`,
    );
    await q.query(`
      CREATE FUNCTION thread_move_posts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE post SET category_id = NEW.category_id WHERE thread_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER thread_move_posts AFTER UPDATE OF category_id ON thread FOR EACH ROW WHEN (OLD.category_id IS DISTINCT FROM NEW.category_id) EXECUTE FUNCTION thread_move_posts()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER thread_move_posts ON thread');
    await q.query('DROP FUNCTION thread_move_posts');
    await q.query('DROP TRIGGER post_set_category ON post');
    await q.query('DROP FUNCTION post_set_category');
    await q.query('ALTER TABLE post DROP COLUMN category_id');
  }
}
