import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ANONYMOUS_SCOPE,
  visibilityParams,
  visiblePatternSql,
  visiblePracticeSql,
} from '../visibility';
import type { PatternFilters, PracticeFilters } from './open-data.query';
import type { PatternRow } from './pattern-record';
import type { PracticeRow } from './practice-record';

/** Rows fetched per query while streaming an export. */
export const EXPORT_BATCH_SIZE = 500;
/** Entries in the Atom feed. */
export const FEED_SIZE = 50;
/** The sitemap protocol's limit per file. */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * Open data is what an anonymous visitor sees, and less: published (not archived), PUBLIC
 * practices only, whoever asks. The library's visibility predicate with the anonymous scope
 * guards it too, so a change there can only narrow the exports.
 */
const OPEN_PRACTICE = `p.state = 'PUBLISHED' AND p.visibility = 'PUBLIC' AND ${visiblePracticeSql('p')}`;

const PRACTICE_COLUMNS = `
  p.id, p.slug, p.title, p.summary, p.body, p.focus_areas, p.purposes, p.forms_of_exploitation,
  p.technologies, p.target_users, p.sectors, p.countries, p.regions, p.is_global, p.languages,
  p.status, p.year_started, p.year_ended, p.evidence_level, p.survivor_involvement, p.sdg_87,
  p.ilo_indicators, p.links, p.published_at, p.updated_at,
  o.name AS org_name, o.slug AS org_slug, o.country AS org_country, o.stakeholder_type AS org_stakeholder_type,
  (SELECT CAST(count(*) AS int) FROM practice_endorsement e WHERE e.practice_id = p.id) AS endorsement_count,
  COALESCE((
    SELECT json_agg(json_build_object('name', po.name, 'slug', po.slug, 'country', po.country, 'stakeholderType', po.stakeholder_type)
                    ORDER BY po.name, po.slug)
      FROM practice_partner pp JOIN organization po ON po.id = pp.organization_id
     WHERE pp.practice_id = p.id
  ), CAST('[]' AS json)) AS partners`;

/** Misuse patterns likewise: published and PUBLIC only, and what the anonymous scope may see. */
const OPEN_PATTERN = `m.state = 'PUBLISHED' AND m.visibility = 'PUBLIC' AND ${visiblePatternSql('m')}`;

/** A countermeasure is open data only when its practice is an open practice too. */
const PATTERN_COLUMNS = `
  m.id, m.slug, m.title, m.summary, m.description, m.stages, m.technologies, m.forms_of_exploitation,
  m.indicators, m.regions, m.trend, m.sources, m.published_at, m.updated_at,
  o.name AS org_name, o.slug AS org_slug, o.country AS org_country, o.stakeholder_type AS org_stakeholder_type,
  COALESCE((
    SELECT json_agg(json_build_object('practiceSlug', p.slug, 'approach', c.approach, 'note', c.note) ORDER BY p.slug)
      FROM countermeasure c JOIN practice p ON p.id = c.practice_id
     WHERE c.pattern_id = m.id AND ${OPEN_PRACTICE}
  ), CAST('[]' AS json)) AS countermeasures`;

/** One kind of open record: its table and alias, which rows are open, and the columns a record reads. */
interface OpenRecords {
  table: string;
  alias: string;
  open: string;
  columns: string;
}

const PRACTICES: OpenRecords = {
  table: 'practice',
  alias: 'p',
  open: OPEN_PRACTICE,
  columns: PRACTICE_COLUMNS,
};
const PATTERNS: OpenRecords = {
  table: 'misuse_pattern',
  alias: 'm',
  open: OPEN_PATTERN,
  columns: PATTERN_COLUMNS,
};

/** When a record counts as published, for ordering the exports, the feeds and the sitemap. */
const sortAt = ({ alias }: OpenRecords) => `COALESCE(${alias}.published_at, ${alias}.created_at)`;

/** `AND …` clauses over `alias`: any of the codes in each array column given, and updated since. */
function filterSql(
  alias: string,
  codesByColumn: Record<string, string[] | undefined>,
  updatedSince: Date | undefined,
) {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [column, codes] of Object.entries(codesByColumn)) {
    if (!codes?.length) continue;
    clauses.push(`${alias}.${column} && CAST(:${column} AS text[])`);
    params[column] = codes;
  }
  if (updatedSince) {
    clauses.push(`${alias}.updated_at >= CAST(:updatedSince AS timestamptz)`);
    params.updatedSince = updatedSince.toISOString();
  }
  return { sql: clauses.map((c) => `AND ${c}`).join(' '), params };
}
type WhereSql = ReturnType<typeof filterSql>;

const practiceFilterSql = (f: PracticeFilters) =>
  filterSql('p', { focus_areas: f.focusAreas, countries: f.countries }, f.updatedSince);
const patternFilterSql = (f: PatternFilters) =>
  filterSql('m', { stages: f.stages, technologies: f.technologies }, f.updatedSince);

/** What the validators (ETag, Last-Modified) of a response are computed from. */
export interface DataVersion {
  /** Changes whenever anything the response could show changes (counts catch deletions). */
  fingerprint: string;
  /** The latest change we have a timestamp for, or null on an empty database. */
  lastModified: Date | null;
}

export interface SitemapData {
  practices: { slug: string; updated_at: Date }[];
  patterns: { slug: string; updated_at: Date }[];
  events: { slug: string; updated_at: Date }[];
  collections: { slug: string; updated_at: Date }[];
  organizations: { slug: string; updated_at: Date }[];
  categories: { slug: string }[];
  /** True when the lists were cut to stay within SITEMAP_MAX_URLS. */
  truncated: boolean;
}

@Injectable()
export class OpenDataService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Every open practice matching the filters, oldest publication first, in batches fetched
   * one at a time (keyset pagination), so memory stays bounded by one batch however large the
   * library grows. No transaction is held open while a slow client reads.
   */
  practiceBatches(
    filters: PracticeFilters,
    batchSize = EXPORT_BATCH_SIZE,
  ): AsyncGenerator<PracticeRow[]> {
    return this.batches(PRACTICES, practiceFilterSql(filters), batchSize);
  }

  /** The most recently published open practices matching the filters, newest first. */
  latest(filters: PracticeFilters, limit = FEED_SIZE): Promise<PracticeRow[]> {
    return this.latestOf(PRACTICES, practiceFilterSql(filters), limit);
  }

  /** Every open misuse pattern matching the filters, oldest publication first, in keyset batches. */
  patternBatches(
    filters: PatternFilters,
    batchSize = EXPORT_BATCH_SIZE,
  ): AsyncGenerator<PatternRow[]> {
    return this.batches(PATTERNS, patternFilterSql(filters), batchSize);
  }

  /** The most recently published open misuse patterns matching the filters, newest first. */
  latestPatterns(filters: PatternFilters, limit = FEED_SIZE): Promise<PatternRow[]> {
    return this.latestOf(PATTERNS, patternFilterSql(filters), limit);
  }

  /**
   * Pages worth indexing: open practices and misuse patterns; events and collections (public
   * by design); organizations that are verified or own an open practice or pattern (an
   * unverified organization with nothing public is not advertised to search engines);
   * discussion categories that are not members-only.
   */
  async sitemap(maxUrls: number): Promise<SitemapData> {
    const categories: SitemapData['categories'] = await this.db.query(
      'SELECT slug FROM discussion_category WHERE NOT members_only ORDER BY position, slug',
    );
    const budget = Math.max(0, maxUrls - categories.length);
    const practices = await this.latestSlugs(PRACTICES, budget + 1);
    const patterns = await this.latestSlugs(PATTERNS, budget + 1);
    const events: SitemapData['events'] = await this.db.query(
      'SELECT slug, updated_at FROM event ORDER BY starts_on DESC, slug LIMIT $1',
      [budget + 1],
    );
    const collections: SitemapData['collections'] = await this.db.query(
      'SELECT slug, updated_at FROM collection ORDER BY slug LIMIT $1',
      [budget + 1],
    );
    const organizations: SitemapData['organizations'] = await this.query(
      `SELECT o.slug, o.updated_at FROM organization o
        WHERE o.verified_at IS NOT NULL
           OR EXISTS (SELECT 1 FROM practice p WHERE p.organization_id = o.id AND ${OPEN_PRACTICE})
           OR EXISTS (SELECT 1 FROM misuse_pattern m WHERE m.organization_id = o.id AND ${OPEN_PATTERN})
        ORDER BY o.slug
        LIMIT CAST(:limit AS int)`,
      { limit: budget + 1 },
    );
    // Cut in order of importance: practices, patterns, events, collections, organizations.
    const lists = [practices, patterns, events, collections, organizations];
    let left = budget;
    let truncated = false;
    for (const list of lists) {
      if (list.length > left) {
        list.splice(left);
        truncated = true;
      }
      left -= list.length;
    }
    return { practices, patterns, events, collections, organizations, categories, truncated };
  }

  /**
   * One cheap query over whole tables rather than the filtered rows: any change to any
   * practice (publishing, unpublishing, an edit), misuse pattern, countermeasure, event,
   * collection, organization, endorsement or category changes the fingerprint. Coarser than
   * needed, never stale.
   */
  async version(): Promise<DataVersion> {
    const [row]: Record<string, string | null>[] = await this.db.query(`
      SELECT CAST((SELECT max(updated_at) FROM practice) AS text) AS practices_at,
             CAST((SELECT count(*) FROM practice) AS text) AS practices,
             CAST((SELECT max(updated_at) FROM organization) AS text) AS organizations_at,
             CAST((SELECT count(*) FROM organization) AS text) AS organizations,
             CAST((SELECT max(created_at) FROM practice_endorsement) AS text) AS endorsements_at,
             CAST((SELECT count(*) FROM practice_endorsement) AS text) AS endorsements,
             CAST((SELECT max(updated_at) FROM misuse_pattern) AS text) AS patterns_at,
             CAST((SELECT count(*) FROM misuse_pattern) AS text) AS patterns,
             CAST((SELECT max(updated_at) FROM countermeasure) AS text) AS countermeasures_at,
             CAST((SELECT count(*) FROM countermeasure) AS text) AS countermeasures,
             (SELECT md5(COALESCE(string_agg(slug || ':' || updated_at, ',' ORDER BY slug), '')) FROM event) AS events,
             (SELECT md5(COALESCE(string_agg(slug || ':' || updated_at, ',' ORDER BY slug), '')) FROM collection) AS collections,
             (SELECT md5(COALESCE(string_agg(slug || ':' || members_only, ',' ORDER BY slug), '')) FROM discussion_category) AS categories,
             GREATEST((SELECT max(updated_at) FROM practice), (SELECT max(updated_at) FROM organization),
                      (SELECT max(created_at) FROM practice_endorsement), (SELECT max(updated_at) FROM misuse_pattern),
                      (SELECT max(updated_at) FROM countermeasure), (SELECT max(updated_at) FROM event),
                      (SELECT max(updated_at) FROM collection)) AS last_modified`);
    const { last_modified, ...parts } = row as Record<string, string | null> & {
      last_modified: Date | null;
    };
    return { fingerprint: JSON.stringify(parts), lastModified: last_modified };
  }

  /** The open records matching `where`, oldest publication first, in keyset batches of `batchSize`. */
  private async *batches<Row extends { id: string }>(
    records: OpenRecords,
    where: WhereSql,
    batchSize: number,
  ): AsyncGenerator<Row[]> {
    const { table, alias, open, columns } = records;
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const params: Record<string, unknown> = { ...where.params, batchSize };
      let keyset = '';
      if (after) {
        keyset = `AND (${sortAt(records)}, ${alias}.id) > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))`;
        Object.assign(params, { afterAt: after.at, afterId: after.id });
      }
      const rows: (Row & { sort_at: string })[] = await this.query(
        `SELECT ${columns}, CAST(${sortAt(records)} AS text) AS sort_at
           FROM ${table} ${alias} JOIN organization o ON o.id = ${alias}.organization_id
          WHERE ${open} ${where.sql} ${keyset}
          ORDER BY ${sortAt(records)}, ${alias}.id
          LIMIT CAST(:batchSize AS int)`,
        params,
      );
      if (rows.length) yield rows;
      if (rows.length < batchSize) return;
      const last = rows[rows.length - 1];
      after = { at: last.sort_at, id: last.id };
    }
  }

  /** The `limit` most recently published open records matching `where`, newest first. */
  private latestOf<Row>(records: OpenRecords, where: WhereSql, limit: number): Promise<Row[]> {
    const { table, alias, open, columns } = records;
    return this.query(
      `SELECT ${columns}
         FROM ${table} ${alias} JOIN organization o ON o.id = ${alias}.organization_id
        WHERE ${open} ${where.sql}
        ORDER BY ${sortAt(records)} DESC, ${alias}.id DESC
        LIMIT CAST(:limit AS int)`,
      { ...where.params, limit },
    );
  }

  /** Slug and last change of the `limit` most recently published open records, for the sitemap. */
  private latestSlugs(
    records: OpenRecords,
    limit: number,
  ): Promise<{ slug: string; updated_at: Date }[]> {
    const { table, alias, open } = records;
    return this.query(
      `SELECT ${alias}.slug, ${alias}.updated_at FROM ${table} ${alias}
        WHERE ${open}
        ORDER BY ${sortAt(records)} DESC, ${alias}.id DESC
        LIMIT CAST(:limit AS int)`,
      { limit },
    );
  }

  /** Named parameters (`:name`) over plain SQL, the visibility parameters always included. */
  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [text, values] = this.db.driver.escapeQueryWithParameters(sql, {
      ...visibilityParams(ANONYMOUS_SCOPE),
      ...params,
    });
    return this.db.query(text, values);
  }
}
