import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganizations1764380100000 implements MigrationInterface {
  name = 'CreateOrganizations1764380100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(120) NOT NULL,
        slug varchar(60) NOT NULL,
        stakeholder_type varchar(40) NOT NULL,
        country char(2) NOT NULL,
        website varchar(2048),
        description text NOT NULL DEFAULT '',
        verified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organization_slug_unique UNIQUE (slug),
        CONSTRAINT organization_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        CONSTRAINT organization_country_format CHECK (country ~ '^[A-Z]{2}$')
      )`);
    await q.query(
      'CREATE INDEX organization_stakeholder_type_idx ON organization (stakeholder_type)',
    );
    await q.query('CREATE INDEX organization_country_idx ON organization (country)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE organization');
  }
}
