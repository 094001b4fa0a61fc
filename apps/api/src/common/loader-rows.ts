/**
 * What a batch loader answers must line up with the keys it was asked for: these helpers put
 * fetched rows in the order of the keys.
 */

/** The rows grouped by key, one list per requested key (empty when none). */
export function grouped<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) map.set(keyOf(row), [...(map.get(keyOf(row)) ?? []), row]);
  return keys.map((k) => map.get(k) ?? []);
}

/** The row of each requested id, null where there is none. */
export function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** The count of each requested id from `{ id, n }` rows, 0 where there is none. */
export function counted(
  ids: readonly string[],
  rows: { id: string; n: number | string }[],
): number[] {
  const map = new Map(rows.map((r) => [r.id, Number(r.n)]));
  return ids.map((id) => map.get(id) ?? 0);
}
