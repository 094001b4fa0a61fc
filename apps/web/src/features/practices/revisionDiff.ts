import { diffWords } from 'diff';
import type { TaxonomyKind } from '../../ui/taxonomy/taxonomy';

/** A revision's snapshot: the practice's fields as saved (the API's names, e.g. isGlobal). */
export type Snapshot = Record<string, unknown>;

/** The snapshot's fields in the order a practice shows them (the API's REVISED_FIELDS). */
export const SNAPSHOT_FIELDS = [
  'title',
  'summary',
  'body',
  'focusAreas',
  'purposes',
  'formsOfExploitation',
  'technologies',
  'targetUsers',
  'sectors',
  'countries',
  'regions',
  'isGlobal',
  'languages',
  'status',
  'yearStarted',
  'yearEnded',
  'links',
  'contact',
  'evidenceLevel',
  'survivorInvolvement',
  'sdg87',
  'iloIndicators',
  'visibility',
  'visibleTo',
] as const;

/** Free text: compared word by word. */
const TEXT_FIELDS = new Set(['title', 'summary', 'body', 'contact']);

/** What the values of a list field are, to label them. */
export type ListItemKind = TaxonomyKind | 'country' | 'language' | 'link';
const LIST_FIELDS: Record<string, ListItemKind> = {
  focusAreas: 'focusArea',
  purposes: 'purpose',
  formsOfExploitation: 'formOfExploitation',
  technologies: 'technology',
  targetUsers: 'targetUser',
  sectors: 'sector',
  countries: 'country',
  regions: 'region',
  languages: 'language',
  links: 'link',
  iloIndicators: 'iloIndicator',
  visibleTo: 'stakeholderType',
};

/** What a single value is, to show it. */
export type ValueKind = TaxonomyKind | 'visibility' | 'boolean' | 'plain';
const VALUE_FIELDS: Record<string, ValueKind> = {
  status: 'practiceStatus',
  evidenceLevel: 'evidenceLevel',
  survivorInvolvement: 'survivorInvolvement',
  visibility: 'visibility',
  isGlobal: 'boolean',
  sdg87: 'boolean',
  yearStarted: 'plain',
  yearEnded: 'plain',
};

export interface TextPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export type FieldChange =
  | { field: string; type: 'text'; parts: TextPart[] }
  | { field: string; type: 'list'; itemKind: ListItemKind; added: string[]; removed: string[] }
  | { field: string; type: 'value'; valueKind: ValueKind; before: unknown; after: unknown };

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value);

/** A list's items as comparable strings (a link is "label <url>"). */
function items(value: unknown, kind: ListItemKind): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown) => {
    if (kind === 'link' && item && typeof item === 'object') {
      const { label, url } = item as { label?: unknown; url?: unknown };
      return `${asText(label)} <${asText(url)}>`;
    }
    return asText(item);
  });
}

/** The fields of both snapshots, known ones in display order, then any others by name. */
function fieldsOf(before: Snapshot, after: Snapshot): string[] {
  const present = new Set([...Object.keys(before), ...Object.keys(after)]);
  const known: string[] = SNAPSHOT_FIELDS.filter((field) => present.has(field));
  const others = [...present].filter((field) => !known.includes(field)).sort();
  return [...known, ...others];
}

/**
 * What changed from one revision's snapshot to another's: text fields word by word, lists as
 * values added and removed, everything else as its old and new value. Unchanged fields are left
 * out.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fieldsOf(before, after)) {
    const old = before[field];
    const now = after[field];
    if (JSON.stringify(old ?? null) === JSON.stringify(now ?? null)) continue;
    if (TEXT_FIELDS.has(field)) {
      const parts = diffWords(asText(old), asText(now)).map((part) => ({
        value: part.value,
        added: Boolean(part.added),
        removed: Boolean(part.removed),
      }));
      changes.push({ field, type: 'text', parts });
    } else if (field in LIST_FIELDS) {
      const itemKind = LIST_FIELDS[field];
      const oldItems = items(old, itemKind);
      const newItems = items(now, itemKind);
      changes.push({
        field,
        type: 'list',
        itemKind,
        added: newItems.filter((item) => !oldItems.includes(item)),
        removed: oldItems.filter((item) => !newItems.includes(item)),
      });
    } else {
      changes.push({
        field,
        type: 'value',
        valueKind: VALUE_FIELDS[field] ?? 'plain',
        before: old ?? null,
        after: now ?? null,
      });
    }
  }
  return changes;
}
