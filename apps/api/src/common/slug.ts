import { slugify } from '@alliance/domain';

/** A short name made from `name` (or `fallback`), with -2, -3… while `taken` says it is in use. */
export async function freeSlug(
  name: string,
  fallback: string,
  taken: (slug: string) => Promise<boolean>,
): Promise<string> {
  const base = (slugify(name) || fallback).slice(0, 70).replace(/-+$/, '');
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(slug))) return slug;
  }
}
