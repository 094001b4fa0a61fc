import type { SearchKind } from '@alliance/domain';
import { Meilisearch, type Settings, type Task } from 'meilisearch';
import type { DataSource } from 'typeorm';
import {
  accessTokensOf,
  allDocumentKeys,
  loadDocuments,
  type SearchDocument,
} from './search-documents';
import {
  FACET_ATTRIBUTES,
  FILTER_ATTRIBUTES,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  SEARCH_SYNONYMS,
  type SearchDocumentKey,
  type SearchEngine,
  type SearchRequest,
  type SearchResponse,
} from './search-engine';
import { cleanSnippet } from './snippets';

export interface MeilisearchOptions {
  host: string;
  apiKey?: string;
  /** Index uid (default "alliance"). */
  index?: string;
  /** Milliseconds to wait for Meilisearch tasks (default 30 s). */
  taskTimeoutMs?: number;
}

/** Every term of a synonym group maps to all the others (Meilisearch synonyms are one-way). */
function synonymSettings(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of SEARCH_SYNONYMS)
    for (const term of group) out[term] = group.filter((t) => t !== term);
  return out;
}

/** The index settings, in code and applied idempotently at boot and on every rebuild. */
export const INDEX_SETTINGS: Settings = {
  // Ranking order: a title match beats a summary match beats the body.
  searchableAttributes: ['title', 'tags', 'summary', 'body'],
  displayedAttributes: ['id', 'kind', 'entityId', 'title', 'summary', 'body'],
  filterableAttributes: [...new Set([...Object.values(FACET_ATTRIBUTES), 'access', 'publishedAt'])],
  sortableAttributes: ['publishedAt', 'endorsements', 'lastActivityAt'],
  rankingRules: [
    'words',
    'typo',
    'proximity',
    'attribute',
    'sort',
    'exactness',
    'publishedAt:desc',
  ],
  synonyms: synonymSettings(),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 1000 },
};

/**
 * A Meilisearch filter string literal. Meilisearch reads double-quoted strings with backslash
 * escapes; escaping backslashes and quotes means no user-supplied value can close the string
 * and add filter syntax of its own.
 */
export function quoteFilterValue(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('Filter numbers must be finite.');
    return String(value);
  }
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The filter expression for a request: the viewer's access first, then each filter field. */
export function filterExpression(request: SearchRequest): string {
  const clauses = [`access IN [${accessTokensOf(request.scope).map(quoteFilterValue).join(', ')}]`];
  const f = request.filter;
  for (const [field, attr] of Object.entries(FILTER_ATTRIBUTES) as [
    keyof typeof FILTER_ATTRIBUTES,
    string,
  ][]) {
    const values = f[field] as string[] | undefined;
    if (values?.length) clauses.push(`${attr} IN [${values.map(quoteFilterValue).join(', ')}]`);
  }
  if (f.yearFrom != null) clauses.push(`year >= ${quoteFilterValue(f.yearFrom)}`);
  if (f.yearTo != null) clauses.push(`year <= ${quoteFilterValue(f.yearTo)}`);
  return clauses.join(' AND ');
}

const SORTS: Record<SearchRequest['sort'], string[] | undefined> = {
  RELEVANCE: undefined,
  NEWEST: ['publishedAt:desc'],
  MOST_ENDORSED: ['endorsements:desc'],
  LAST_ACTIVITY: ['lastActivityAt:desc'],
};

type Hit = Pick<SearchDocument, 'kind' | 'entityId' | 'title' | 'summary' | 'body'> & {
  _formatted?: Partial<Record<'title' | 'summary' | 'body', string>>;
  _rankingScore?: number;
};

/** The production engine: one index of every kind, documents fed from the outbox. */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly client: Meilisearch;
  readonly indexUid: string;
  private readonly taskTimeoutMs: number;

  constructor(
    private readonly db: DataSource,
    options: MeilisearchOptions,
  ) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: 10_000 });
    this.indexUid = options.index ?? 'alliance';
    this.taskTimeoutMs = options.taskTimeoutMs ?? 30_000;
  }

  /** Waits for a task and turns a failed one into an error naming Meilisearch's reason. */
  private async settle(
    enqueued: { waitTask: (o?: { timeout?: number; interval?: number }) => Promise<Task> },
    what: string,
  ): Promise<Task> {
    const task = await enqueued.waitTask({ timeout: this.taskTimeoutMs, interval: 50 });
    if (task.status !== 'succeeded') {
      throw new Error(
        `Meilisearch ${what} ${task.status}: ${task.error?.message ?? 'no reason given'} (${task.error?.code ?? 'no code'})`,
      );
    }
    return task;
  }

  /** Creates the index if needed and applies the settings; true when the index is empty. */
  async ensureIndex(uid = this.indexUid): Promise<boolean> {
    const exists = await this.client
      .getRawIndex(uid)
      .then(() => true)
      .catch((error: { cause?: { code?: string } }) => {
        if (error?.cause?.code === 'index_not_found') return false;
        throw error;
      });
    if (!exists)
      await this.settle(
        this.client.createIndex(uid, { primaryKey: 'id' }),
        `creating index ${uid}`,
      );
    await this.settle(
      this.client.index(uid).updateSettings(INDEX_SETTINGS),
      `updating settings of ${uid}`,
    );
    const stats = await this.client.index(uid).getStats();
    return stats.numberOfDocuments === 0;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const facets = request.facets.map((f) => FACET_ATTRIBUTES[f]);
    const response = await this.client.index(this.indexUid).search<Hit>(request.query, {
      filter: filterExpression(request),
      facets,
      offset: request.offset,
      limit: request.limit,
      sort: SORTS[request.sort],
      attributesToRetrieve: ['kind', 'entityId', 'title', 'summary', 'body'],
      attributesToHighlight: ['title'],
      attributesToCrop: ['summary', 'body'],
      cropLength: 28,
      cropMarker: '…',
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
      showRankingScore: true,
    });
    return {
      hits: response.hits.map((hit) => {
        const formatted = hit._formatted ?? {};
        const marked =
          [formatted.summary, formatted.body].find((t) => t?.includes(HIGHLIGHT_START)) ??
          formatted.summary ??
          formatted.body ??
          '';
        return {
          kind: hit.kind as SearchKind,
          entityId: hit.entityId,
          title: formatted.title ?? hit.title,
          snippet: cleanSnippet(marked, 240),
          score: request.sort === 'RELEVANCE' && request.query ? (hit._rankingScore ?? null) : null,
        };
      }),
      estimatedTotalHits: response.estimatedTotalHits ?? response.hits.length,
      facetDistribution: request.facets.map((facet) => ({
        facet,
        values: Object.entries(response.facetDistribution?.[FACET_ATTRIBUTES[facet]] ?? {})
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      })),
      processingTimeMs: response.processingTimeMs,
      engine: this.name,
    };
  }

  /** Sends the current state of these documents: upserts what may be found, deletes the rest. */
  async sync(keys: SearchDocumentKey[], uid = this.indexUid): Promise<void> {
    if (keys.length === 0) return;
    const { upsert, remove } = await loadDocuments(this.db, keys);
    const index = this.client.index<SearchDocument>(uid);
    if (upsert.length)
      await this.settle(index.addDocuments(upsert, { primaryKey: 'id' }), 'adding documents');
    if (remove.length) await this.settle(index.deleteDocuments(remove), 'deleting documents');
  }

  /**
   * Rebuilds everything into a fresh index and swaps it in atomically, so search never
   * sees an empty or half-built index; the old index is deleted afterwards.
   */
  async rebuild(onProgress?: (indexed: number) => void): Promise<{ documents: number }> {
    const live = this.indexUid;
    const next = `${live}_rebuild_${Date.now()}`;
    await this.ensureIndex(live);
    await this.ensureIndex(next);
    let documents = 0;
    try {
      for await (const keys of allDocumentKeys(this.db)) {
        await this.sync(keys, next);
        documents += keys.length;
        onProgress?.(documents);
      }
      await this.settle(
        this.client.swapIndexes([{ indexes: [live, next], rename: false }]),
        'swapping indexes',
      );
    } finally {
      // After the swap `next` holds the old documents; before it, the unfinished rebuild.
      await this.settle(this.client.deleteIndex(next), `deleting index ${next}`).catch(
        () => undefined,
      );
    }
    return { documents };
  }
}
