/**
 * The generic shape shared by every taxonomy (controlled vocabulary) in Alliance Commons.
 *
 * A taxonomy is a readonly tuple of entries, each with a stable `code` (UPPER_SNAKE, stored in
 * the database and sent over the API — never rename or reuse one) and an English `label` (for
 * display; translations are keyed by code). Declare new taxonomies with `as const` so the codes
 * stay literal types:
 *
 *   export const FOO = [{ code: 'A', label: 'A' }, { code: 'B', label: 'B' }] as const;
 *   export type Foo = CodeOf<typeof FOO>;               // 'A' | 'B'
 *   export const FOO_CODES = codesOf(FOO);              // readonly ['A', 'B'], fits z.enum(...)
 */

export interface TaxonomyEntry<C extends string = string> {
  /** Stable UPPER_SNAKE code. */
  readonly code: C;
  /** English label for display. */
  readonly label: string;
  /** Optional English explanation (help text, tooltips). */
  readonly description?: string;
}

/** A non-empty readonly list of taxonomy entries. */
export type Taxonomy<E extends TaxonomyEntry = TaxonomyEntry> = readonly [E, ...E[]];

/** The union of the codes of a taxonomy. */
export type CodeOf<T extends readonly TaxonomyEntry[]> = T[number]['code'];

/** The codes of a taxonomy, as a tuple with the same order and length as the taxonomy. */
export type CodeTuple<T extends readonly TaxonomyEntry[]> = {
  readonly [K in keyof T]: T[K] extends TaxonomyEntry<infer C> ? C : never;
};

/** Codes must be UPPER_SNAKE: capital letters and digits, in words joined by single underscores. */
export const TAXONOMY_CODE_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/**
 * The codes of a taxonomy, in order, as a tuple usable by `z.enum(...)`.
 */
export function codesOf<const T extends Taxonomy>(taxonomy: T): CodeTuple<T> {
  return Object.freeze(taxonomy.map((entry) => entry.code)) as unknown as CodeTuple<T>;
}

const indexCache = new WeakMap<readonly TaxonomyEntry[], ReadonlyMap<string, TaxonomyEntry>>();

function indexOf(taxonomy: readonly TaxonomyEntry[]): ReadonlyMap<string, TaxonomyEntry> {
  let index = indexCache.get(taxonomy);
  if (!index) {
    index = new Map(taxonomy.map((entry) => [entry.code, entry]));
    indexCache.set(taxonomy, index);
  }
  return index;
}

/** The entry with this code, or `undefined` when the code is not in the taxonomy. */
export function entryOf<T extends readonly TaxonomyEntry[]>(
  taxonomy: T,
  code: string | null | undefined,
): T[number] | undefined {
  return code == null ? undefined : (indexOf(taxonomy).get(code) as T[number] | undefined);
}

/**
 * The English label of a code. For a code that is not in the taxonomy (e.g. stale data read
 * from storage) the code itself is returned, so a page never shows an empty label.
 */
export function labelOf<T extends readonly TaxonomyEntry[]>(taxonomy: T, code: CodeOf<T>): string {
  return entryOf(taxonomy, code)?.label ?? code;
}

/** Type guard: is `value` one of the codes of `taxonomy`? */
export function isCodeOf<T extends readonly TaxonomyEntry[]>(
  taxonomy: T,
  value: unknown,
): value is CodeOf<T> {
  return typeof value === 'string' && indexOf(taxonomy).has(value);
}
