import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Practice } from './practice.entity';
import type { FacetCountModel, PracticeStatsModel } from './practice.models';
import { whereVisible, type ViewerScope } from './viewer-scope';

/** One aggregate read for the insights page, over the published practices the viewer may see. */
@Injectable()
export class PracticeStatsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async stats(scope: ViewerScope): Promise<PracticeStatsModel> {
    const [visibleSql, params] = whereVisible(this.db.getRepository(Practice).createQueryBuilder('p'), scope)
      .select('p.id', 'id')
      .andWhere(`p.state = 'PUBLISHED'`)
      .getQueryAndParameters();
    const rows: { facet: string; value: string; count: number }[] = await this.db.query(
      `WITH v AS (SELECT q.* FROM practice q WHERE q.id IN (${visibleSql}))
       SELECT 'total' AS facet, '' AS value, count(*)::int AS count FROM v
       UNION ALL SELECT 'focus', x, count(*)::int FROM v, unnest(v.focus_areas) x GROUP BY x
       UNION ALL SELECT 'technology', x, count(*)::int FROM v, unnest(v.technologies) x GROUP BY x
       UNION ALL SELECT 'form', x, count(*)::int FROM v, unnest(v.forms_of_exploitation) x GROUP BY x
       UNION ALL SELECT 'country', x, count(*)::int FROM v, unnest(v.countries) x GROUP BY x
       UNION ALL SELECT 'status', v.status, count(*)::int FROM v GROUP BY v.status
       UNION ALL SELECT 'stakeholder', o.stakeholder_type, count(*)::int FROM v JOIN organization o ON o.id = v.organization_id GROUP BY o.stakeholder_type`,
      params,
    );
    const facet = (name: string): FacetCountModel[] =>
      rows
        .filter((r) => r.facet === name)
        .map((r) => ({ value: r.value, count: r.count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      total: rows.find((r) => r.facet === 'total')?.count ?? 0,
      byFocusArea: facet('focus'),
      byTechnology: facet('technology'),
      byFormOfExploitation: facet('form'),
      byStakeholderType: facet('stakeholder'),
      byCountry: facet('country'),
      byStatus: facet('status'),
    };
  }
}
