import type { SearchFacet, SearchKind } from '@alliance/domain';
import type { DataSource } from 'typeorm';
import {
  visiblePatternSql,
  visiblePracticeSql,
  visibleThreadSql,
  visibilityParams,
} from '../visibility';
import { isPlainWord, parseQuery, type QueryTerm } from './query-terms';
import {
  FACET_ATTRIBUTES,
  FILTER_ATTRIBUTES,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  SEARCH_SYNONYMS,
  type SearchEngine,
  type SearchRequest,
  type SearchResponse,
} from './search-engine';
import { cleanSnippet } from './snippets';

const WORD_CACHE_MS = 60_000;
interface WordLookup {
  input: string;
  known: boolean;
  best: string | null;
  completions: string[];
}

/** Positional parameters for one statement. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

type Attribute = (typeof FACET_ATTRIBUTES)[SearchFacet];
interface KindSource {
  from: string;
  /** The table whose matches drive the scan, and its alias (to locate a match: its ctid's block). */
  table: string;
  alias: string;
  /** The found row's id. */
  id: string;
  vector: string;
  /** A small vector to rank with (the full one may be large and stored compressed). */
  rankVector: string;
  /** With a candidate cap: the title's matches are read apart (a GIN-indexed title vector). */
  titleVector?: string;
  date: string;
  lastActivity: string;
  endorsements: string;
  /** The visibility predicate, written with named parameters (:vOrgIds …). */
  visible: string;
  /**
   * Attribute → SQL (arrays are text[]), and optionally how to filter by it when that is
   * cheaper than comparing the SQL; missing attributes exclude the kind when filtered.
   */
  attributes: Partial<
    Record<Attribute, { sql: string; array: boolean; filter?: (param: string) => string }>
  >;
}

const arr = (sql: string) => ({ sql, array: true });
const one = (sql: string) => ({ sql, array: false });
/** Posts carry their category (migration post-category): filter on the indexed column. */
const POST_CATEGORY = {
  sql: 'c.slug::text',
  array: false,
  filter: (param: string) =>
    `po.category_id = ANY(ARRAY(SELECT sc.id FROM discussion_category sc WHERE sc.slug = ANY(${param}::text[])))`,
};

/** Drafts are found through "My practices", never through search. */
const SEARCHABLE_PRACTICE = (alias: string) =>
  `${alias}.state IN ('PUBLISHED', 'ARCHIVED') AND ${visiblePracticeSql(alias)}`;
/** The same for misuse patterns, with their own predicate (no partners or contributors). */
const SEARCHABLE_PATTERN = (alias: string) =>
  `${alias}.state IN ('PUBLISHED', 'ARCHIVED') AND ${visiblePatternSql(alias)}`;
/** Threads of drafts (a practice's or a pattern's) stay out too; visibleThreadSql checks the rest. */
const SEARCHABLE_THREAD = `(t.practice_id IS NULL OR EXISTS (SELECT 1 FROM practice sp WHERE sp.id = t.practice_id AND sp.state IN ('PUBLISHED', 'ARCHIVED')))
  AND (t.misuse_pattern_id IS NULL OR EXISTS (SELECT 1 FROM misuse_pattern sm WHERE sm.id = t.misuse_pattern_id AND sm.state IN ('PUBLISHED', 'ARCHIVED')))
  AND ${visibleThreadSql('t')}`;
/** A practice's or a pattern's own discussion belongs to its organization; category threads to none. */
const THREAD_ORGANIZATION = `CASE
  WHEN t.practice_id IS NOT NULL THEN ARRAY(SELECT so.slug::text FROM practice sp JOIN organization so ON so.id = sp.organization_id WHERE sp.id = t.practice_id)
  WHEN t.misuse_pattern_id IS NOT NULL AND t.category_id IS NULL THEN ARRAY(SELECT so.slug::text FROM misuse_pattern sm JOIN organization so ON so.id = sm.organization_id WHERE sm.id = t.misuse_pattern_id)
  ELSE '{}'::text[] END`;

const SOURCES: Record<SearchKind, KindSource> = {
  PRACTICE: {
    table: 'practice',
    alias: 'p',
    from: 'practice p JOIN organization o ON o.id = p.organization_id',
    id: 'p.id',
    vector: 'p.search_vector',
    rankVector: 'p.search_rank_vector',
    titleVector: 'p.search_title_vector',
    date: 'coalesce(p.published_at, p.created_at)',
    lastActivity: 'p.updated_at',
    endorsements: '(SELECT count(*) FROM practice_endorsement se WHERE se.practice_id = p.id)',
    visible: SEARCHABLE_PRACTICE('p'),
    attributes: {
      kind: one(`'PRACTICE'`),
      focusAreas: arr('p.focus_areas'),
      purposes: arr('p.purposes'),
      technologies: arr('p.technologies'),
      formsOfExploitation: arr('p.forms_of_exploitation'),
      targetUsers: arr('p.target_users'),
      sectors: arr('p.sectors'),
      countries: arr('p.countries'),
      regions: arr('p.regions'),
      stakeholderTypes: arr('ARRAY[o.stakeholder_type::text]'),
      organizations: arr('ARRAY[o.slug::text]'),
      statuses: arr('ARRAY[p.status::text]'),
      year: one('p.year_started'),
      languages: arr('p.languages'),
      visibility: one('p.visibility::text'),
    },
  },
  THREAD: {
    table: 'thread',
    alias: 't',
    from: 'thread t LEFT JOIN discussion_category c ON c.id = t.category_id',
    id: 't.id',
    vector: 't.search_vector',
    rankVector: 't.search_vector',
    date: 't.created_at',
    lastActivity: 't.last_activity_at',
    endorsements: '0',
    visible: SEARCHABLE_THREAD,
    attributes: {
      kind: one(`'THREAD'`),
      category: one('c.slug::text'),
      organizations: arr(THREAD_ORGANIZATION),
    },
  },
  POST: {
    table: 'post',
    alias: 'po',
    from: 'post po JOIN thread t ON t.id = po.thread_id LEFT JOIN discussion_category c ON c.id = po.category_id',
    id: 'po.id',
    vector: 'po.search_vector',
    rankVector: 'po.search_vector',
    date: 'po.created_at',
    lastActivity: 'po.created_at',
    endorsements: '0',
    visible: `po.hidden_at IS NULL AND po.deleted_at IS NULL AND ${SEARCHABLE_THREAD}`,
    attributes: {
      kind: one(`'POST'`),
      category: POST_CATEGORY,
      organizations: arr(THREAD_ORGANIZATION),
    },
  },
  ORGANIZATION: {
    table: 'organization',
    alias: 'o',
    from: 'organization o',
    id: 'o.id',
    vector: 'o.search_vector',
    rankVector: 'o.search_vector',
    date: 'o.created_at',
    lastActivity: 'o.updated_at',
    endorsements: '0',
    visible: 'true',
    attributes: {
      kind: one(`'ORGANIZATION'`),
      countries: arr('ARRAY[o.country::text]'),
      stakeholderTypes: arr('ARRAY[o.stakeholder_type::text]'),
      organizations: arr('ARRAY[o.slug::text]'),
    },
  },
  MISUSE_PATTERN: {
    table: 'misuse_pattern',
    alias: 'm',
    from: 'misuse_pattern m JOIN organization o ON o.id = m.organization_id',
    id: 'm.id',
    vector: 'm.search_vector',
    rankVector: 'm.search_rank_vector',
    date: 'coalesce(m.published_at, m.created_at)',
    lastActivity: 'm.updated_at',
    endorsements: '0',
    visible: SEARCHABLE_PATTERN('m'),
    attributes: {
      kind: one(`'MISUSE_PATTERN'`),
      stages: arr('m.stages'),
      misusedTechnologies: arr('m.technologies'),
      formsOfExploitation: arr('m.forms_of_exploitation'),
      trend: one('m.trend::text'),
      regions: arr('m.regions'),
      stakeholderTypes: arr('ARRAY[o.stakeholder_type::text]'),
      organizations: arr('ARRAY[o.slug::text]'),
      visibility: one('m.visibility::text'),
    },
  },
};

/**
 * Posts of chosen categories: their audience is their category's (only category threads have
 * one; practice discussions have none), so visibility needs no per-post look at the thread.
 */
const CATEGORY_POSTS: KindSource = {
  // The categories the viewer may read are computed once (an InitPlan), and the posts drive
  // the plan: a join condition on the category would make PostgreSQL scan posts per category.
  table: 'post',
  alias: 'po',
  from: 'post po LEFT JOIN discussion_category c ON c.id = po.category_id',
  id: 'po.id',
  vector: 'po.search_vector',
  rankVector: 'po.search_vector',
  date: 'po.created_at',
  lastActivity: 'po.created_at',
  endorsements: '0',
  // (compared as text so that this check is applied to the found posts, never used to find them)
  // A category thread about a misuse pattern (a call for partners) also needs the pattern: the
  // few such threads the viewer may not read are computed once, too.
  visible: `po.hidden_at IS NULL AND po.deleted_at IS NULL AND po.category_id::text = ANY(ARRAY(
    SELECT vc.id::text FROM discussion_category vc WHERE NOT vc.members_only OR CAST(:vMemberOfVerified AS boolean) OR CAST(:vModerator AS boolean)))
    AND NOT po.thread_id::text = ANY(ARRAY(
    SELECT vt.id::text FROM thread vt JOIN misuse_pattern vm ON vm.id = vt.misuse_pattern_id
     WHERE vt.category_id IS NOT NULL AND NOT (${SEARCHABLE_PATTERN('vm')})))`,
  attributes: { kind: one(`'POST'`), category: POST_CATEGORY, organizations: arr(`'{}'::text[]`) },
};

/** A pattern's snippet text: its summary, its red flags (so a match there shows), its description. */
const PATTERN_TEXT = `x.summary || E'\\n\\n' || array_to_string(x.indicators, '; ') || E'\\n\\n' || x.description`;

/** Title and snippet text of a hit of each kind (a page row's entity_id). */
const PAGE_TEXTS: Record<SearchKind, [string, string]> = {
  PRACTICE: [
    '(SELECT x.title FROM practice x WHERE x.id = page.entity_id)',
    `(SELECT x.summary || E'\\n\\n' || x.body FROM practice x WHERE x.id = page.entity_id)`,
  ],
  THREAD: [
    '(SELECT x.title FROM thread x WHERE x.id = page.entity_id)',
    '(SELECT x.body FROM post x WHERE x.thread_id = page.entity_id AND x.hidden_at IS NULL AND x.deleted_at IS NULL ORDER BY x.created_at LIMIT 1)',
  ],
  POST: [
    '(SELECT t.title FROM post x JOIN thread t ON t.id = x.thread_id WHERE x.id = page.entity_id)',
    '(SELECT x.body FROM post x WHERE x.id = page.entity_id)',
  ],
  MISUSE_PATTERN: [
    '(SELECT x.title FROM misuse_pattern x WHERE x.id = page.entity_id)',
    `(SELECT ${PATTERN_TEXT} FROM misuse_pattern x WHERE x.id = page.entity_id)`,
  ],
  ORGANIZATION: [
    '(SELECT x.name FROM organization x WHERE x.id = page.entity_id)',
    '(SELECT x.description FROM organization x WHERE x.id = page.entity_id)',
  ],
};

const HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}`;
const SNIPPET_OPTIONS = `${HEADLINE}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `${HEADLINE}, HighlightAll=true`;

/**
 * How many matches of one kind a relevance search reads at most (and as many again of the
 * practices' title matches). A frequent word matches thousands of posts or practices; reading,
 * ranking and counting every one of them costs 60–80 ms of CPU per query (bench/). Past the
 * cap, the page is the best of the candidates read (the first in the table's physical order,
 * and for practices their title matches), and the total and facet counts are extrapolated
 * from them (SearchResponse.exhaustive is false). docs/search.md has the trade-off; for
 * comparison, Meilisearch stops paginating at 1,000 hits (`maxTotalHits`).
 */
export const DEFAULT_CANDIDATE_CAP = 300;

const synonymsOf = (text: string): string[] => {
  const lower = text.toLowerCase();
  const group = SEARCH_SYNONYMS.find((g) => g.includes(lower));
  return group ? group.filter((s) => s !== lower) : [];
};

/**
 * Full-text search in PostgreSQL: the default engine, and the fallback when Meilisearch is
 * unreachable. Weighted tsvectors maintained by the database (migration "search"), the
 * `alliance` configuration (accent folding + English stemming), typo correction against the
 * trigram-indexed vocabulary, completion of the word being typed from that vocabulary, ts_headline highlights,
 * facet counts over the same filtered set, and the library's own visibility predicates.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  /** Vocabulary lookups per word, kept a minute: typing repeats the same words. */
  private readonly wordCache = new Map<string, { at: number; row: WordLookup }>();

  /**
   * Ranking by relevance reads and ranks at most this many matches of each kind (see
   * `search`); 0 ranks and counts every match.
   */
  private readonly candidateCap: number;

  constructor(
    private readonly db: DataSource,
    options: { candidateCap?: number } = {},
  ) {
    this.candidateCap = options.candidateCap ?? DEFAULT_CANDIDATE_CAP;
  }

  private async lookUpWords(words: string[]): Promise<WordLookup[]> {
    const now = Date.now();
    const missing = [
      ...new Set(words.filter((w) => (this.wordCache.get(w)?.at ?? 0) <= now - WORD_CACHE_MS)),
    ];
    if (missing.length) {
      const rows: WordLookup[] = await this.db.query(
        `SELECT w.input, k.known,
                CASE WHEN k.known THEN '{}'::text[] ELSE
                  ARRAY(SELECT s.word FROM search_word s WHERE s.word LIKE replace(replace(n.norm, '%', ''), '_', '\\_') || '_%'
                         ORDER BY length(s.word), s.word LIMIT 20) END AS completions,
                CASE WHEN NOT k.known AND length(w.input) >= 4 AND w.input !~ '^[0-9]+$' THEN
                  (SELECT s.word FROM search_word s WHERE s.word % n.norm ORDER BY similarity(s.word, n.norm) DESC, s.word LIMIT 1)
                END AS best
           FROM unnest($1::text[]) AS w(input),
                LATERAL (SELECT lower(unaccent(w.input)) AS norm) n,
                LATERAL (SELECT EXISTS (SELECT 1 FROM search_word s WHERE s.word = n.norm) AS known) k`,
        [missing],
      );
      if (this.wordCache.size > 10_000) this.wordCache.clear();
      for (const row of rows) this.wordCache.set(row.input, { at: now, row });
    }
    return words.map((w) => this.wordCache.get(w)!.row);
  }

  async sync(): Promise<void> {
    // The database is the index: generated columns are current when the transaction commits.
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const started = performance.now();
    const tsquery = await this.tsquery(request.query);
    // One category's discussions: the category-prefixed vector answers text and category at once.
    const categoryTsquery =
      tsquery && request.filter.categories?.length
        ? await this.categoryTsquery(tsquery, request.filter.categories, request.scope)
        : null;
    const params = new Params();
    const tsq = tsquery === null ? null : params.add(tsquery);

    // Named visibility parameters → positional ones, once per statement.
    const named = visibilityParams(request.scope);
    const positional = new Map<string, string>();
    const bind = (sql: string) =>
      sql.replace(/:(v[A-Za-z]+)/g, (_, name: keyof typeof named) => {
        if (!positional.has(name)) positional.set(name, params.add(named[name]));
        return positional.get(name)!;
      });

    const facetAttributes = request.facets.map((f) => FACET_ATTRIBUTES[f]);
    // Relevance order with a query reads at most `cap` matches of each kind (enough for every
    // page asked for): a capped kind's total and facet counts are extrapolated — each of its
    // rows weighs (pages of its table) / (pages its scan went through), since a text match is
    // found through a bitmap of the GIN index, read in the table's physical order. Other sorts
    // (and browsing without a query) must see every match to order them.
    const cap =
      tsq !== null && request.sort === 'RELEVANCE' && this.candidateCap > 0
        ? Math.max(this.candidateCap, request.offset + request.limit)
        : null;
    const capParam = cap === null ? null : params.add(cap);
    const branches: string[] = [];
    const kindsSearched: SearchKind[] = [];
    /** With a cap: the capped scans (a CTE each), which their branches weigh. */
    const capped: string[] = [];
    /** Whether each capped kind was read to its end. */
    const exactness: string[] = [];
    for (const [kind, generalSource] of Object.entries(SOURCES) as [SearchKind, KindSource][]) {
      const source =
        kind === 'POST' && request.filter.categories?.length ? CATEGORY_POSTS : generalSource;
      // A kind that cannot match the filters is left out with every parameter it added
      // (PostgreSQL refuses parameters no statement uses).
      const mark = params.values.length;
      const boundBefore = new Map(positional);
      const where = [bind(source.visible)];
      const viaCategory = kind === 'POST' && categoryTsquery !== null;
      if (viaCategory)
        where.push(`po.search_category_vector @@ ${params.add(categoryTsquery)}::tsquery`);
      else if (tsq) where.push(`${source.vector} @@ ${tsq}::tsquery`);
      if (
        !this.applyFilters(request, kind, source, where, params, viaCategory ? ['categories'] : [])
      ) {
        params.values.length = mark;
        positional.clear();
        for (const [name, value] of boundBefore) positional.set(name, value);
        continue;
      }
      kindsSearched.push(kind);
      const columns = [
        `'${kind}'::text AS kind`,
        `${source.id} AS entity_id`,
        // A body-only match ranks just above nothing (0.01): title and summary matches come first.
        tsq ? `ts_rank(${source.rankVector}, ${tsq}::tsquery) + 0.01 AS rank` : '0::real AS rank',
        `${source.date} AS sort_date`,
        `${source.lastActivity} AS last_activity`,
        request.sort === 'MOST_ENDORSED'
          ? `${source.endorsements} AS endorsements`
          : '0 AS endorsements',
        // Every facet as a text[] (scalars as one-element arrays), counted in one pass below.
        ...facetAttributes.map((attr, i) => {
          const column = source.attributes[attr];
          if (!column) return `NULL::text[] AS f${i}`;
          return `${column.array ? column.sql : `ARRAY[(${column.sql})::text]`} AS f${i}`;
        }),
      ];
      if (capParam === null) {
        branches.push(
          `SELECT ${columns.join(', ')}, 1::float8 AS w FROM ${source.from} WHERE ${where.join(' AND ')}`,
        );
        continue;
      }
      const cols = (name: string) =>
        [
          'kind',
          'entity_id',
          'rank',
          'sort_date',
          'last_activity',
          'endorsements',
          ...facetAttributes.map((_, i) => `f${i}`),
        ].map((c) => `${name}.${c}`);
      // How a capped scan weighs: 1 when it read every match, else (pages of the table) /
      // (pages the scan went through). A CTE of its own, computed once (as a subquery joined to
      // the scan's rows, PostgreSQL may recompute it for every row).
      const weight = (name: string) => {
        capped.push(`${name}w AS MATERIALIZED (SELECT count(*) < ${capParam} AS exact, CASE WHEN count(*) < ${capParam} THEN 1 ELSE
             greatest(1, pg_relation_size('${source.table}') / current_setting('block_size')::float8 / (max(blk) + 1)) END::float8 AS w FROM ${name})`);
        return `${name}w`;
      };
      // Tiers of candidates, each read (capped) only when the one before passed the cap, and
      // standing for its matches that are not in the next tier. Practices read their title
      // matches (weight A, the best-ranked; a GIN-indexed title vector) apart: the page is then
      // the exact best unless more than `cap` practices match in their titles (or fewer than a
      // page do, when the rest of the page comes from the first tier's candidates).
      const tiers = ['true'];
      if (source.titleVector && !viaCategory)
        tiers.push(`${source.titleVector} @@ ${tsq}::tsquery`);
      exactness.push(`(SELECT count(*) < ${capParam} FROM c${capped.length})`);
      let previous: string | null = null;
      tiers.forEach((tier, i) => {
        const name = `c${capped.length}`;
        const gate = previous ? `(SELECT count(*) >= ${capParam} FROM ${previous}) AND ` : '';
        capped.push(
          `${name} AS MATERIALIZED (SELECT ${columns.join(', ')}, (${source.alias}.ctid::text::point)[0] AS blk, ${tiers[i + 1] ?? 'false'} AS next
             FROM ${source.from} WHERE ${gate}${[...where, tier].join(' AND ')} LIMIT ${capParam})`,
        );
        const w = weight(name);
        branches.push(
          `SELECT ${cols(name).join(', ')}, ${w}.w FROM ${name}, ${w} WHERE ${w}.exact OR NOT ${name}.next`,
        );
        previous = name;
      });
    }
    if (branches.length === 0) return this.empty(request, started);

    // Titles and texts of the page, for the kinds this search may return only.
    const textKinds = [...new Set(kindsSearched)];
    const order = {
      RELEVANCE: 'rank DESC, sort_date DESC, entity_id',
      NEWEST: 'sort_date DESC, entity_id',
      MOST_ENDORSED: 'endorsements DESC, rank DESC, sort_date DESC, entity_id',
      LAST_ACTIVITY: 'last_activity DESC, entity_id',
    }[request.sort];
    const limit = params.add(request.limit);
    const offset = params.add(request.offset);
    const headline = (text: string, options: string) =>
      tsq ? `ts_headline('alliance', ${text}, ${tsq}::tsquery, '${options}')` : text;
    // Facet counts in one scan of the hits: unnest every facet array side by side (set-returning
    // functions in the select list run in lockstep, without a per-row tuplestore) and count each
    // column with GROUPING SETS — ten separate scans cost several times more.
    const columns = facetAttributes.map((_, i) => `u.a${i}`);
    const facetSql = facetAttributes.length
      ? `(SELECT coalesce(json_agg(json_build_object('facet', facet, 'value', value, 'count', count)), '[]') FROM (
           SELECT CASE ${columns.map((c, i) => `WHEN GROUPING(${c}) = 0 THEN ${i}`).join(' ')} END AS facet,
                  coalesce(${columns.join(', ')}) AS value, round(sum(u.w))::int AS count
             FROM (SELECT ${facetAttributes.map((_, i) => `unnest(hits.f${i}) AS a${i}`).join(', ')}, hits.w FROM hits) u
            GROUP BY GROUPING SETS (${columns.map((c) => `(${c})`).join(', ')})
         ) f WHERE value IS NOT NULL)`
      : `'[]'::json`;
    const sql = `
      WITH ${capped.map((c) => `${c},\n`).join('')}hits AS MATERIALIZED (${branches.join('\nUNION ALL\n')}),
      page AS (SELECT kind, entity_id, rank, sort_date, last_activity, endorsements FROM hits ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}),
      texts AS (
        SELECT page.*,
          CASE page.kind ${textKinds.map((k) => `WHEN '${k}' THEN ${PAGE_TEXTS[k][0]}`).join(' ')} END AS title,
          CASE page.kind ${textKinds.map((k) => `WHEN '${k}' THEN ${PAGE_TEXTS[k][1]}`).join(' ')} END AS text
        FROM page
      )
      SELECT json_build_object(
        'total', (SELECT coalesce(round(sum(w)), 0) FROM hits),
        'exhaustive', ${exactness.length ? exactness.join(' AND ') : 'true'},
        'hits', (SELECT coalesce(json_agg(json_build_object(
                    'kind', kind, 'entityId', entity_id, 'score', rank,
                    'title', ${headline('title', TITLE_OPTIONS)},
                    'snippet', ${headline("left(coalesce(text, ''), 20000)", SNIPPET_OPTIONS)}
                  ) ORDER BY ${order}), '[]') FROM texts),
        'facets', ${facetSql}
      ) AS result`;
    const [{ result }] = await this.db.query(sql, params.values);

    const facetDistribution = request.facets.map((facet, i) => ({
      facet,
      values: (result.facets as { facet: number; value: string; count: number }[])
        .filter((f) => f.facet === i)
        .map(({ value, count }) => ({ value: String(value), count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    }));
    return {
      hits: (
        result.hits as {
          kind: SearchKind;
          entityId: string;
          score: number;
          title: string;
          snippet: string | null;
        }[]
      ).map((h) => ({
        kind: h.kind,
        entityId: h.entityId,
        title: h.title,
        snippet: cleanSnippet(h.snippet ?? '', 240),
        score: request.sort === 'RELEVANCE' && tsq ? h.score : null,
      })),
      estimatedTotalHits: Number(result.total),
      exhaustive: Boolean(result.exhaustive),
      facetDistribution,
      processingTimeMs: Math.round(performance.now() - started),
      engine: this.name,
    };
  }

  /** Adds the request's filters for one kind; false when the kind cannot match them. */
  private applyFilters(
    request: SearchRequest,
    kind: SearchKind,
    source: KindSource,
    where: string[],
    params: Params,
    applied: string[] = [],
  ): boolean {
    const f = request.filter;
    for (const [field, attr] of Object.entries(FILTER_ATTRIBUTES) as [
      keyof typeof FILTER_ATTRIBUTES,
      Attribute,
    ][]) {
      const values = f[field];
      if (!values || values.length === 0 || applied.includes(field)) continue;
      if (field === 'kinds') {
        if (!(values as string[]).includes(kind)) return false;
        continue;
      }
      const column = source.attributes[attr];
      if (!column) return false;
      const p = params.add(values);
      where.push(
        column.filter
          ? column.filter(p)
          : column.array
            ? `${column.sql} && ${p}::text[]`
            : `${column.sql} = ANY(${p}::text[])`,
      );
    }
    if (f.yearFrom != null || f.yearTo != null) {
      const column = source.attributes.year;
      if (!column) return false;
      if (f.yearFrom != null) where.push(`${column.sql} >= ${params.add(f.yearFrom)}`);
      if (f.yearTo != null) where.push(`${column.sql} <= ${params.add(f.yearTo)}`);
    }
    return true;
  }

  /** Category id prefixes by slug (categories change rarely: kept a minute). */
  private categoryPrefixes: {
    at: number;
    bySlug: Map<string, { prefix: string; membersOnly: boolean }>;
  } | null = null;

  /**
   * The tsquery rewritten for the category-prefixed post vector (migration
   * post-category-vector): every lexeme prefixed with each category's id prefix, OR-ed over
   * the categories. Null when it cannot be rewritten (phrases need positions, which that
   * vector does not keep) — the ordinary vector and the category filter are used then.
   * Members-only categories a visitor may not read are left out here already, so their
   * posts are not fetched only to be filtered out (the SQL still checks every post's category).
   */
  private async categoryTsquery(
    tsquery: string,
    slugs: string[],
    scope: SearchRequest['scope'],
  ): Promise<string | null> {
    if (/<\d*-?>|:[A-D*]+/.test(tsquery)) return null;
    if (!this.categoryPrefixes || this.categoryPrefixes.at < Date.now() - WORD_CACHE_MS) {
      const rows: { slug: string; prefix: string; members_only: boolean }[] = await this.db.query(
        `SELECT slug, left(replace(id::text, '-', ''), 8) AS prefix, members_only FROM discussion_category`,
      );
      this.categoryPrefixes = {
        at: Date.now(),
        bySlug: new Map(
          rows.map((r) => [r.slug, { prefix: r.prefix, membersOnly: r.members_only }]),
        ),
      };
    }
    const readsMembersOnly = scope.memberOfVerifiedOrganization || scope.moderator;
    const prefixes = slugs
      .map((slug) => this.categoryPrefixes!.bySlug.get(slug))
      .filter(
        (c): c is { prefix: string; membersOnly: boolean } =>
          Boolean(c) && (readsMembersOnly || !c!.membersOnly),
      )
      .map((c) => c.prefix);
    if (prefixes.length === 0) return `'${'0'.repeat(8)}nocategory'`;
    return prefixes
      .map(
        (prefix) =>
          `(${tsquery.replace(/'((?:[^']|'')*)'/g, (_, lexeme: string) => `'${prefix}${lexeme}'`)})`,
      )
      .join(' | ');
  }

  private empty(request: SearchRequest, started: number): SearchResponse {
    return {
      hits: [],
      estimatedTotalHits: 0,
      facetDistribution: request.facets.map((facet) => ({ facet, values: [] })),
      processingTimeMs: Math.round(performance.now() - started),
      engine: this.name,
    };
  }

  /**
   * The query as a tsquery (null to browse everything): each term through
   * websearch_to_tsquery, synonyms OR-ed in, unknown words replaced by the closest word of the
   * vocabulary (pg_trgm), and the last word matched as a prefix while it is being typed.
   */
  async tsquery(query: string): Promise<string | null> {
    const terms = parseQuery(query);
    if (terms.length === 0) return null;
    const words = terms.filter(isPlainWord).map((t) => t.text);
    const corrections = new Map<string, string>();
    let prefix: { word: string; completions: string[] } | null = null;
    if (words.length) {
      const rows = await this.lookUpWords(words);
      const last = terms.at(-1)!;
      const endsWithSpace = /\s$/.test(query);
      for (const row of rows) {
        if (row.known) continue;
        if (
          isPlainWord(last) &&
          !last.exclude &&
          row.input === last.text &&
          !endsWithSpace &&
          row.completions.length &&
          row.input.length >= 2
        ) {
          prefix = { word: row.input, completions: row.completions };
        } else if (row.best) {
          corrections.set(row.input, row.best);
        }
      }
    }
    const params = new Params();
    const termSql = (term: QueryTerm): string => {
      if (prefix !== null && term === terms.at(-1) && term.text === prefix.word) {
        // The word being typed: any word of the vocabulary it begins (stemmed like documents).
        return `(${prefix.completions.map((w) => `websearch_to_tsquery('alliance', ${params.add(w)})`).join(' || ')})`;
      }
      const text = term.phrase ? term.text : (corrections.get(term.text) ?? term.text);
      const variants = [text, ...synonymsOf(term.text)];
      const parts = variants.map(
        (v) => `websearch_to_tsquery('alliance', ${params.add(`"${v.replace(/"/g, ' ')}"`)})`,
      );
      return parts.length > 1 ? `(${parts.join(' || ')})` : parts[0]!;
    };
    let expression = '';
    for (const term of terms) {
      const piece = term.exclude ? `(!! ${termSql(term)})` : termSql(term);
      expression = expression
        ? `(${expression} ${term.or && !term.exclude ? '||' : '&&'} ${piece})`
        : piece;
    }
    if (terms.every((t) => t.exclude)) return null;
    const [{ q }] = await this.db.query(`SELECT (${expression})::text AS q`, params.values);
    return q === '' ? null : q;
  }
}
