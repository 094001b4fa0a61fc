import type { LibraryItemCardFragment } from '@alliance/graphql';

/** One entry of a collection being edited: the practice or pattern and the curator's note. */
export interface DraftItem {
  item: LibraryItemCardFragment;
  note: string;
}

/** The list with the entry at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) {
    return [...items];
  }
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** The list with `item` appended, unless it is already in it. */
export function addItem(items: readonly DraftItem[], item: LibraryItemCardFragment): DraftItem[] {
  if (items.some((entry) => entry.item.id === item.id)) return [...items];
  return [...items, { item, note: '' }];
}

/** What setCollectionItems takes: the ids in order, with their notes. */
export function toItemInputs(items: readonly DraftItem[]): { itemId: string; note: string }[] {
  return items.map(({ item, note }) => ({ itemId: item.id, note }));
}

/**
 * The entry a field error is about, from its path: the shared schema says "2.note", the API
 * "items.2.note". Null for errors about the list as a whole.
 */
export function itemErrorIndex(field: string): number | null {
  const match = /^(?:items\.)?(\d+)(?:\.|$)/.exec(field);
  return match ? Number(match[1]) : null;
}
