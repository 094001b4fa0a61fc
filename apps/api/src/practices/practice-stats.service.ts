import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Practice } from './practice.entity';
import type { FacetCountModel, PracticeStatsModel } from './practice.models';
import { whereVisible, type ViewerScope } from '../visibility';

/** One row of an aggregate read: how many items carry `value` of `facet`. */
export interface FacetRow {
  facet: string;
  value: string;
  count: number;
}

/** The values of one facet with their counts, most frequent first (then by code). */
export function facetCounts(rows: FacetRow[], facet: string): FacetCountModel[] {
  return rows
    .filter((r) => r.facet === facet)
    .map((r) => ({ value: r.value, count: r.count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** One aggregate read for the insights page, over the published practices the viewer may see. */
@Injectable()
export class PracticeStatsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async stats(scope: ViewerScope): Promise<PracticeStatsModel> {
    const [visibleSql, params] = whereVisible(
      this.db.getRepository(Practice).createQueryBuilder('p'),
      scope,
    )
      .select('p.id', 'id')
      .andWhere(`p.state = 'PUBLISHED'`)
      .getQueryAndParameters();
    const rows: FacetRow[] = await this.db.query(
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
    return {
      total: rows.find((r) => r.facet === 'total')?.count ?? 0,
      byFocusArea: facetCounts(rows, 'focus'),
      byTechnology: facetCounts(rows, 'technology'),
      byFormOfExploitation: facetCounts(rows, 'form'),
      byStakeholderType: facetCounts(rows, 'stakeholder'),
      byCountry: facetCounts(rows, 'country'),
      byStatus: facetCounts(rows, 'status'),
    };
  }
}
