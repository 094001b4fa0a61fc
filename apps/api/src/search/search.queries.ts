import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Search's own reads of the database (the engines hold the index queries). */
@Injectable()
export class SearchQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The names of organizations and discussion categories by slug, keyed `ORGANIZATION:<slug>` / `CATEGORY:<slug>`. */
  async facetLabels(
    organizationSlugs: string[],
    categorySlugs: string[],
  ): Promise<Map<string, string>> {
    const labels = new Map<string, string>();
    if (organizationSlugs.length) {
      const rows: { slug: string; name: string }[] = await this.db.query(
        `SELECT slug, name FROM organization WHERE slug = ANY($1)`,
        [organizationSlugs],
      );
      for (const r of rows) labels.set(`ORGANIZATION:${r.slug}`, r.name);
    }
    if (categorySlugs.length) {
      const rows: { slug: string; name: string }[] = await this.db.query(
        `SELECT slug, name FROM discussion_category WHERE slug = ANY($1)`,
        [categorySlugs],
      );
      for (const r of rows) labels.set(`CATEGORY:${r.slug}`, r.name);
    }
    return labels;
  }
}
