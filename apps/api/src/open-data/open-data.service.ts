import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ANONYMOUS_SCOPE, visibilityParams, visiblePatternSql, visiblePracticeSql } from '../practices/viewer-scope';
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
const SORT_AT = 'COALESCE(p.published_at, p.created_at)';

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
const PATTERN_SORT_AT = 'COALESCE(m.published_at, m.created_at)';

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
  async *practiceBatches(filters: PracticeFilters, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<PracticeRow[]> {
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const where = this.filterSql(filters);
      const params: Record<string, unknown> = { ...where.params, batchSize };
      let keyset = '';
      if (after) {
        keyset = `AND (${SORT_AT}, p.id) > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))`;
        Object.assign(params, { afterAt: after.at, afterId: after.id });
      }
      const rows: (PracticeRow & { sort_at: string })[] = await this.query(
        `SELECT ${PRACTICE_COLUMNS}, CAST(${SORT_AT} AS text) AS sort_at
           FROM practice p JOIN organization o ON o.id = p.organization_id
          WHERE ${OPEN_PRACTICE} ${where.sql} ${keyset}
          ORDER BY ${SORT_AT}, p.id
          LIMIT CAST(:batchSize AS int)`,
        params,
      );
      if (rows.length) yield rows;
      if (rows.length < batchSize) return;
      const last = rows[rows.length - 1];
      after = { at: last.sort_at, id: last.id };
    }
  }

  /** The most recently published open practices matching the filters, newest first. */
  latest(filters: PracticeFilters, limit = FEED_SIZE): Promise<PracticeRow[]> {
    const where = this.filterSql(filters);
    return this.query(
      `SELECT ${PRACTICE_COLUMNS}
         FROM practice p JOIN organization o ON o.id = p.organization_id
        WHERE ${OPEN_PRACTICE} ${where.sql}
        ORDER BY ${SORT_AT} DESC, p.id DESC
        LIMIT CAST(:limit AS int)`,
      { ...where.params, limit },
    );
  }

  /** Every open misuse pattern matching the filters, oldest publication first, in keyset batches. */
  async *patternBatches(filters: PatternFilters, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<PatternRow[]> {
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const where = this.patternFilterSql(filters);
      const params: Record<string, unknown> = { ...where.params, batchSize };
      let keyset = '';
      if (after) {
        keyset = `AND (${PATTERN_SORT_AT}, m.id) > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))`;
        Object.assign(params, { afterAt: after.at, afterId: after.id });
      }
      const rows: (PatternRow & { sort_at: string })[] = await this.query(
        `SELECT ${PATTERN_COLUMNS}, CAST(${PATTERN_SORT_AT} AS text) AS sort_at
           FROM misuse_pattern m JOIN organization o ON o.id = m.organization_id
          WHERE ${OPEN_PATTERN} ${where.sql} ${keyset}
          ORDER BY ${PATTERN_SORT_AT}, m.id
          LIMIT CAST(:batchSize AS int)`,
        params,
      );
      if (rows.length) yield rows;
      if (rows.length < batchSize) return;
      const last = rows[rows.length - 1];
      after = { at: last.sort_at, id: last.id };
    }
  }

  /** The most recently published open misuse patterns matching the filters, newest first. */
  latestPatterns(filters: PatternFilters, limit = FEED_SIZE): Promise<PatternRow[]> {
    const where = this.patternFilterSql(filters);
    return this.query(
      `SELECT ${PATTERN_COLUMNS}
         FROM misuse_pattern m JOIN organization o ON o.id = m.organization_id
        WHERE ${OPEN_PATTERN} ${where.sql}
        ORDER BY ${PATTERN_SORT_AT} DESC, m.id DESC
        LIMIT CAST(:limit AS int)`,
      { ...where.params, limit },
    );
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
    const practices: SitemapData['practices'] = await this.query(
      `SELECT p.slug, p.updated_at FROM practice p
        WHERE ${OPEN_PRACTICE}
        ORDER BY ${SORT_AT} DESC, p.id DESC
        LIMIT CAST(:limit AS int)`,
      { limit: budget + 1 },
    );
    const patterns: SitemapData['patterns'] = await this.query(
      `SELECT m.slug, m.updated_at FROM misuse_pattern m
        WHERE ${OPEN_PATTERN}
        ORDER BY ${PATTERN_SORT_AT} DESC, m.id DESC
        LIMIT CAST(:limit AS int)`,
      { limit: budget + 1 },
    );
    const events: SitemapData['events'] = await this.db.query('SELECT slug, updated_at FROM event ORDER BY starts_on DESC, slug LIMIT $1', [budget + 1]);
    const collections: SitemapData['collections'] = await this.db.query('SELECT slug, updated_at FROM collection ORDER BY slug LIMIT $1', [budget + 1]);
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
    const { last_modified, ...parts } = row as Record<string, string | null> & { last_modified: Date | null };
    return { fingerprint: JSON.stringify(parts), lastModified: last_modified };
  }

  private filterSql(filters: PracticeFilters): { sql: string; params: Record<string, unknown> } {
    const clauses: string[] = [];
    const params: Record<string, unknown> = {};
    if (filters.focusAreas?.length) {
      clauses.push('p.focus_areas && CAST(:focusAreas AS text[])');
      params.focusAreas = filters.focusAreas;
    }
    if (filters.countries?.length) {
      clauses.push('p.countries && CAST(:countries AS text[])');
      params.countries = filters.countries;
    }
    if (filters.updatedSince) {
      clauses.push('p.updated_at >= CAST(:updatedSince AS timestamptz)');
      params.updatedSince = filters.updatedSince.toISOString();
    }
    return { sql: clauses.map((c) => `AND ${c}`).join(' '), params };
  }

  private patternFilterSql(filters: PatternFilters): { sql: string; params: Record<string, unknown> } {
    const clauses: string[] = [];
    const params: Record<string, unknown> = {};
    if (filters.stages?.length) {
      clauses.push('m.stages && CAST(:stages AS text[])');
      params.stages = filters.stages;
    }
    if (filters.technologies?.length) {
      clauses.push('m.technologies && CAST(:technologies AS text[])');
      params.technologies = filters.technologies;
    }
    if (filters.updatedSince) {
      clauses.push('m.updated_at >= CAST(:updatedSince AS timestamptz)');
      params.updatedSince = filters.updatedSince.toISOString();
    }
    return { sql: clauses.map((c) => `AND ${c}`).join(' '), params };
  }

  /** Named parameters (`:name`) over plain SQL, the visibility parameters always included. */
  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [text, values] = this.db.driver.escapeQueryWithParameters(sql, { ...visibilityParams(ANONYMOUS_SCOPE), ...params });
    return this.db.query(text, values);
  }
}
