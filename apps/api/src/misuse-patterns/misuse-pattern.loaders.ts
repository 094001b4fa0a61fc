import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byId, grouped } from '../common/loader-rows';
import { Practice } from '../practices/practice.entity';
import {
  visibilityParams,
  visiblePatternSql,
  visiblePracticeSql,
  whereVisible,
  whereVisiblePattern,
  type ViewerScope,
} from '../visibility';
import { Countermeasure, MisusePattern } from './misuse-pattern.entity';

/**
 * Per-request loaders for patterns and countermeasures, every one restricted to what the viewer
 * may see: one query per field per page. `scope` is the request's viewer scope (shared with practices).
 */
export function createMisusePatternLoaders(db: DataSource, scope: () => Promise<ViewerScope>) {
  const links = () => db.getRepository(Countermeasure).createQueryBuilder('c');
  return {
    /** Patterns by id, null where not visible. */
    pattern: new DataLoader<string, MisusePattern | null>(async (ids) => {
      const rows = await whereVisiblePattern(
        db.getRepository(MisusePattern).createQueryBuilder('m'),
        await scope(),
      )
        .andWhere('m.id IN (:...ids)', { ids })
        .getMany();
      return byId(ids, rows);
    }),
    /** Practices by id, null where not visible. */
    practice: new DataLoader<string, Practice | null>(async (ids) => {
      const rows = await whereVisible(
        db.getRepository(Practice).createQueryBuilder('p'),
        await scope(),
      )
        .andWhere('p.id IN (:...ids)', { ids })
        .getMany();
      return byId(ids, rows);
    }),
    /** A (visible) pattern's countermeasures whose practice is visible, oldest first. */
    ofPattern: new DataLoader<string, Countermeasure[]>(async (patternIds) => {
      const rows = await links()
        .innerJoin(Practice, 'p', 'p.id = c.practice_id')
        .where('c.pattern_id IN (:...patternIds)', { patternIds })
        .andWhere(visiblePracticeSql('p'), visibilityParams(await scope()))
        .orderBy('c.created_at', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .getMany();
      return grouped(patternIds, rows, (r) => r.patternId);
    }),
    /** A (visible) practice's countermeasures whose pattern is visible, oldest first. */
    ofPractice: new DataLoader<string, Countermeasure[]>(async (practiceIds) => {
      const rows = await links()
        .innerJoin(MisusePattern, 'm', 'm.id = c.pattern_id')
        .where('c.practice_id IN (:...practiceIds)', { practiceIds })
        .andWhere(visiblePatternSql('m'), visibilityParams(await scope()))
        .orderBy('c.created_at', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .getMany();
      return grouped(practiceIds, rows, (r) => r.practiceId);
    }),
  };
}

export type MisusePatternLoaders = ReturnType<typeof createMisusePatternLoaders>;
