import { MISUSED_TECHNOLOGY_CODES, TRAFFICKING_STAGE_CODES } from '@alliance/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { facetCounts, type FacetRow } from '../practices/practice-stats.service';
import {
  visibilityParams,
  visiblePatternSql,
  visiblePracticeSql,
  type ViewerScope,
} from '../visibility';
import type { GapMatrixModel, MisusePatternStatsModel } from './misuse-pattern.models';

/**
 * What the viewer may count: `v`, the published patterns they may see (optionally observed in
 * some regions), and `vc`, the countermeasures on them whose practice is published and visible.
 */
const VISIBLE_CTES = (regionFilter: string) => `
  v AS (SELECT m.* FROM misuse_pattern m WHERE m.state = 'PUBLISHED' AND ${visiblePatternSql('m')} ${regionFilter}),
  vc AS (SELECT c.id, c.pattern_id, c.practice_id FROM countermeasure c
           JOIN v ON v.id = c.pattern_id
           JOIN practice p ON p.id = c.practice_id
          WHERE p.state = 'PUBLISHED' AND ${visiblePracticeSql('p')})`;

/** The gap view and the insights figures over patterns: one statement each, only what the viewer may see. */
@Injectable()
export class GapMatrixService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [text, values] = this.db.driver.escapeQueryWithParameters(sql, params);
    return this.db.query(text, values);
  }

  async gapMatrix(
    scope: ViewerScope,
    regions: string[] | null | undefined,
  ): Promise<GapMatrixModel> {
    const regionFilter = regions?.length ? 'AND m.regions && CAST(:regions AS text[])' : '';
    const rows = await this.query<{
      stage: string | null;
      technology: string | null;
      patterns: number;
      countermeasures: number;
      practices: number;
      uncountered: number;
    }>(
      `WITH ${VISIBLE_CTES(regionFilter)},
            cell AS (SELECT s.stage, t.technology FROM unnest(CAST(:stages AS text[])) s(stage) CROSS JOIN unnest(CAST(:technologies AS text[])) t(technology))
       SELECT cell.stage, cell.technology,
              (SELECT count(*)::int FROM v WHERE cell.stage = ANY(v.stages) AND cell.technology = ANY(v.technologies)) AS patterns,
              (SELECT count(*)::int FROM vc JOIN v ON v.id = vc.pattern_id WHERE cell.stage = ANY(v.stages) AND cell.technology = ANY(v.technologies)) AS countermeasures,
              (SELECT count(DISTINCT vc.practice_id)::int FROM vc JOIN v ON v.id = vc.pattern_id WHERE cell.stage = ANY(v.stages) AND cell.technology = ANY(v.technologies)) AS practices,
              0 AS uncountered
         FROM cell
       UNION ALL
       SELECT NULL, NULL,
              (SELECT count(*)::int FROM v),
              (SELECT count(*)::int FROM vc),
              (SELECT count(DISTINCT practice_id)::int FROM vc),
              (SELECT count(*)::int FROM v WHERE NOT EXISTS (SELECT 1 FROM vc WHERE vc.pattern_id = v.id))`,
      {
        ...visibilityParams(scope),
        regions: regions ?? [],
        stages: [...TRAFFICKING_STAGE_CODES],
        technologies: [...MISUSED_TECHNOLOGY_CODES],
      },
    );
    const totals = rows.find((r) => r.stage === null)!;
    const cell = new Map(
      rows.filter((r) => r.stage !== null).map((r) => [`${r.stage}|${r.technology}`, r]),
    );
    return {
      stages: [...TRAFFICKING_STAGE_CODES],
      technologies: [...MISUSED_TECHNOLOGY_CODES],
      cells: TRAFFICKING_STAGE_CODES.flatMap((stage) =>
        MISUSED_TECHNOLOGY_CODES.map((technology) => {
          const r = cell.get(`${stage}|${technology}`)!;
          return {
            stage,
            technology,
            patternCount: r.patterns,
            countermeasureCount: r.countermeasures,
            practiceCount: r.practices,
          };
        }),
      ),
      patternCount: totals.patterns,
      countermeasureCount: totals.countermeasures,
      uncounteredPatternCount: totals.uncountered,
    };
  }

  async stats(scope: ViewerScope): Promise<MisusePatternStatsModel> {
    const rows = await this.query<FacetRow>(
      `WITH ${VISIBLE_CTES('')}
       SELECT 'total' AS facet, '' AS value, count(*)::int AS count FROM v
       UNION ALL SELECT 'countermeasures', '', count(*)::int FROM vc
       UNION ALL SELECT 'uncountered', '', count(*)::int FROM v WHERE NOT EXISTS (SELECT 1 FROM vc WHERE vc.pattern_id = v.id)
       UNION ALL SELECT 'stage', x, count(*)::int FROM v, unnest(v.stages) x GROUP BY x
       UNION ALL SELECT 'technology', x, count(*)::int FROM v, unnest(v.technologies) x GROUP BY x
       UNION ALL SELECT 'form', x, count(*)::int FROM v, unnest(v.forms_of_exploitation) x GROUP BY x
       UNION ALL SELECT 'trend', v.trend, count(*)::int FROM v GROUP BY v.trend`,
      visibilityParams(scope),
    );
    const total = (name: string) => rows.find((r) => r.facet === name)?.count ?? 0;
    return {
      total: total('total'),
      countermeasureCount: total('countermeasures'),
      uncounteredCount: total('uncountered'),
      byStage: facetCounts(rows, 'stage'),
      byTechnology: facetCounts(rows, 'technology'),
      byTrend: facetCounts(rows, 'trend'),
      byFormOfExploitation: facetCounts(rows, 'form'),
    };
  }
}
