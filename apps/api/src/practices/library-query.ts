import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { parseGlobalId } from '../common/relay/global-id';
import type { LibraryFilter } from './practice.models';

/** An order of a library list: SQL expressions with their directions, applied in turn. */
export type LibraryOrder = [expression: string, direction: 'ASC' | 'DESC'][];

/** Orders the query by `order`, empty values last. */
export function orderedBy<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  order: LibraryOrder,
): SelectQueryBuilder<T> {
  for (const [i, [expr, dir]] of order.entries()) {
    if (i === 0) qb.orderBy(expr, dir, 'NULLS LAST');
    else qb.addOrderBy(expr, dir, 'NULLS LAST');
  }
  return qb;
}

/**
 * The filters the practice and misuse-pattern libraries share, over alias `alias`: the states
 * (published only unless asked), words in the title or summary, any of the given values on each
 * array column (`arrayColumns`: filter field → column), and the owning organizations.
 */
export function whereLibraryFilter<T extends ObjectLiteral, F extends LibraryFilter>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  f: F,
  arrayColumns: Partial<Record<keyof F & string, string>>,
): SelectQueryBuilder<T> {
  const states = f.states?.length ? f.states : ['PUBLISHED'];
  qb.andWhere(`${alias}.state IN (:...states)`, { states });
  const query = f.query?.trim();
  if (query) {
    qb.andWhere(`unaccent(${alias}.title || ' ' || ${alias}.summary) ILIKE unaccent(:q)`, {
      q: `%${query.replace(/[\\%_]/g, '\\$&')}%`,
    });
  }
  for (const [key, column] of Object.entries(arrayColumns) as [keyof F & string, string][]) {
    const values = f[key] as string[] | null | undefined;
    if (values?.length)
      qb.andWhere(`${alias}.${column} && CAST(:${key} AS text[])`, { [key]: values });
  }
  if (f.organizationIds?.length) {
    qb.andWhere(`${alias}.organization_id IN (:...orgIds)`, {
      orgIds: f.organizationIds.map((id) => parseGlobalId(id, 'Organization', 'organizationIds')),
    });
  }
  return qb;
}
