/**
 * Search benchmark (run on demand: `pnpm bench`; never part of the test suite).
 *
 * Generates 100,000 practices and 1,000,000 posts (sizes via BENCH_PRACTICES / BENCH_POSTS)
 * in an embedded PostgreSQL (or DATABASE_URL), then runs one- to three-word queries with two
 * filters and the web page's facets through PostgresSearchEngine from 8 concurrent clients,
 * and reports p50/p95/p99 latency and throughput. Target: p95 ≤ 100 ms.
 *
 * The generated database is kept in BENCH_DATA_DIR (default: the OS temp folder) and reused
 * by later runs with the same sizes; delete the folder to regenerate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEXT_VOCABULARY, VOCABULARY } from './words.ts';
import {
  benchDataDir,
  startEmbeddedPostgres,
  createDataSource,
  runMigrations,
  PostgresSearchEngine,
  domain,
} from './api.ts';

const here = dirname(fileURLToPath(import.meta.url));

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const PRACTICES = env('BENCH_PRACTICES', 100_000);
const POSTS = env('BENCH_POSTS', 1_000_000);
const THREADS = env('BENCH_THREADS', Math.max(100, Math.round(POSTS / 20)));
const ORGANIZATIONS = env('BENCH_ORGANIZATIONS', 300);
const CONCURRENCY = env('BENCH_CONCURRENCY', 8);
const QUERIES_PER_CLIENT = env('BENCH_QUERIES', 150);
const WARMUP = env('BENCH_WARMUP', 200);
const dataDir = benchDataDir(PRACTICES, POSTS);

const codes = (list: readonly { code: string }[]) => list.map((x) => x.code);
const TAXONOMY = {
  focusAreas: codes(domain.FOCUS_AREAS),
  purposes: codes(domain.PURPOSES),
  forms: codes(domain.FORMS_OF_EXPLOITATION),
  technologies: codes(domain.TECHNOLOGIES),
  targetUsers: codes(domain.TARGET_USERS),
  sectors: codes(domain.SECTORS),
  regions: codes(domain.REGIONS),
  statuses: codes(domain.PRACTICE_STATUSES),
  evidence: codes(domain.EVIDENCE_LEVELS),
  survivor: codes(domain.SURVIVOR_INVOLVEMENT_LEVELS),
  stakeholderTypes: codes(domain.STAKEHOLDER_TYPES),
  countries: (domain.OSCE_PARTICIPATING_STATE_CODES as string[]).slice(),
};
const CATEGORIES = [
  'technology-misuse',
  'victim-identification',
  'financial-sector',
  'online-platforms',
  'legal-policy',
  'research-data',
  'partnerships',
  'law-enforcement-exchange',
];
const WEB_FACETS = [
  'KIND',
  'FOCUS_AREA',
  'TECHNOLOGY',
  'FORM_OF_EXPLOITATION',
  'COUNTRY',
  'REGION',
  'STAKEHOLDER_TYPE',
  'ORGANIZATION',
  'CATEGORY',
  'STATUS',
];

const log = (message: string) =>
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;

async function generate(db: any) {
  const [meta] = await db.query(`SELECT to_regclass('bench_meta') IS NOT NULL AS present`);
  if (meta.present) {
    const [row] = await db.query(`SELECT practices, posts FROM bench_meta`);
    if (row.practices === PRACTICES && row.posts === POSTS) {
      log(`Reusing generated data in ${dataDir} (${PRACTICES} practices, ${POSTS} posts).`);
      return;
    }
    throw new Error(
      `${dataDir} holds other sizes (${row.practices}/${row.posts}); delete it or set BENCH_DATA_DIR.`,
    );
  }
  const started = Date.now();
  await db.query(`
    CREATE OR REPLACE FUNCTION bench_words(vocab text[], n int) RETURNS text LANGUAGE sql VOLATILE AS $$
      -- Zipf (exponent 1) over ranks 101 … 100 + |vocab|: rank = exp(u · ln(100 + |vocab|)), u ≥ ln(101) / ln(100 + |vocab|).
      SELECT string_agg(vocab[least(array_length(vocab, 1), greatest(1,
               floor(exp((a + random() * (1 - a)) * ln(100 + array_length(vocab, 1))))::int - 100))], ' ')
        FROM generate_series(1, n), (SELECT ln(101) / ln(100 + array_length(vocab, 1)) AS a) z
    $$`);
  await db.query(`
    CREATE OR REPLACE FUNCTION bench_pick(arr text[], k int) RETURNS text[] LANGUAGE sql VOLATILE AS $$
      SELECT coalesce(array_agg(DISTINCT arr[1 + floor(random() * array_length(arr, 1))::int]), '{}') FROM generate_series(1, k)
    $$`);
  // Bulk load without per-row triggers; the vocabulary is filled once from the word list below.
  for (const table of ['organization', 'practice', 'thread', 'post'])
    await db.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  const v = TEXT_VOCABULARY;
  const t = TAXONOMY;

  log(`Generating ${ORGANIZATIONS} organizations…`);
  await db.query(
    `INSERT INTO organization (name, slug, stakeholder_type, country, description, verified_at)
     SELECT left(initcap(bench_words($1, 3)), 100) || ' ' || i, 'bench-org-' || i, ($2::text[])[1 + floor(random() * array_length($2::text[], 1))::int],
            ($3::text[])[1 + floor(random() * array_length($3::text[], 1))::int], bench_words($1, 30), CASE WHEN random() < 0.8 THEN now() END
       FROM generate_series(1, $4) i`,
    [v, t.stakeholderTypes, t.countries, ORGANIZATIONS],
  );
  const chunk = 20_000;
  for (let from = 1; from <= PRACTICES; from += chunk) {
    const to = Math.min(PRACTICES, from + chunk - 1);
    await db.query(
      `WITH orgs AS MATERIALIZED (SELECT array_agg(id) AS ids FROM organization)
       INSERT INTO practice (slug, title, summary, body, organization_id, state, visibility, visible_to, focus_areas, purposes,
                             forms_of_exploitation, technologies, target_users, sectors, countries, regions, languages, status,
                             year_started, evidence_level, survivor_involvement, published_at, created_at)
       SELECT 'bench-practice-' || i, left(initcap(bench_words($1, 4 + (random() * 4)::int)), 200), left(bench_words($1, 20 + (random() * 15)::int), 500),
              bench_words($1, 80 + (random() * 120)::int), orgs.ids[1 + floor(random() * array_length(orgs.ids, 1))::int],
              CASE WHEN random() < 0.05 THEN 'DRAFT' WHEN random() < 0.05 THEN 'ARCHIVED' ELSE 'PUBLISHED' END,
              r.vis, CASE WHEN r.vis = 'RESTRICTED' THEN bench_pick($2, 2) ELSE '{}' END,
              bench_pick($3, 1 + (random() * 1.5)::int), bench_pick($4, 2), bench_pick($5, 2), bench_pick($6, 2), bench_pick($7, 2), bench_pick($8, 1),
              bench_pick($9, 1 + (random() * 2)::int), bench_pick($10, 1), '{en}', ($11::text[])[1 + floor(random() * array_length($11::text[], 1))::int],
              2000 + floor(random() * 25)::int, ($12::text[])[1 + floor(random() * array_length($12::text[], 1))::int],
              ($13::text[])[1 + floor(random() * array_length($13::text[], 1))::int], now() - random() * interval '2000 days', now() - interval '2001 days'
         FROM generate_series($14::int, $15::int) i, orgs,
              LATERAL (SELECT CASE WHEN random() < 0.85 THEN 'PUBLIC' WHEN random() < 0.66 THEN 'MEMBERS' ELSE 'RESTRICTED' END AS vis, i AS dep) r`,
      [
        v,
        t.stakeholderTypes,
        t.focusAreas,
        t.purposes,
        t.forms,
        t.technologies,
        t.targetUsers,
        t.sectors,
        t.countries,
        t.regions,
        t.statuses,
        t.evidence,
        t.survivor,
        from,
        to,
      ],
    );
    log(`  practices ${to.toLocaleString('en')} / ${PRACTICES.toLocaleString('en')}`);
  }
  log(`Generating ${THREADS.toLocaleString('en')} threads…`);
  await db.query(
    `WITH cats AS MATERIALIZED (SELECT array_agg(id) AS ids FROM discussion_category WHERE slug = ANY($3))
     INSERT INTO thread (category_id, title, tags, created_at, last_activity_at)
     SELECT cats.ids[1 + floor(random() * array_length(cats.ids, 1))::int], left(initcap(bench_words($1, 4 + (random() * 6)::int)), 200), bench_pick($1, 2),
            now() - random() * interval '1000 days', now() - random() * interval '100 days'
       FROM generate_series(1, $2) i, cats`,
    [v, THREADS, CATEGORIES],
  );
  await db.query(`CREATE TABLE bench_thread AS SELECT row_number() OVER () AS n, id FROM thread`);
  await db.query(`CREATE UNIQUE INDEX ON bench_thread (n)`);
  const postChunk = 100_000;
  for (let from = 1; from <= POSTS; from += postChunk) {
    const to = Math.min(POSTS, from + postChunk - 1);
    await db.query(
      `WITH s AS MATERIALIZED (SELECT i, 1 + floor(random() * $2)::int AS tn FROM generate_series($3::int, $4::int) i)
       INSERT INTO post (thread_id, body, created_at, hidden_at, deleted_at)
       SELECT bt.id, bench_words($1, 20 + (random() * 60)::int), now() - random() * interval '1000 days',
              CASE WHEN random() < 0.01 THEN now() END, CASE WHEN random() < 0.01 THEN now() END
         FROM s JOIN bench_thread bt ON bt.n = s.tn`,
      [v, THREADS, from, to],
    );
    log(`  posts ${to.toLocaleString('en')} / ${POSTS.toLocaleString('en')}`);
  }
  for (const table of ['organization', 'practice', 'thread', 'post'])
    await db.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  await db.query(`SELECT search_collect_words($1)`, [v.join(' ')]);
  await db.query(`SELECT search_collect_words(name) FROM organization`);
  log('VACUUM ANALYZE…');
  await db.query('VACUUM ANALYZE');
  await db.query(`CREATE TABLE bench_meta AS SELECT $1::int AS practices, $2::int AS posts`, [
    PRACTICES,
    POSTS,
  ]);
  log(`Generated in ${((Date.now() - started) / 60_000).toFixed(1)} min.`);
}

interface Scenario {
  shape: string;
  words: number;
  query: string;
  filter: Record<string, unknown>;
  member: boolean;
}

function typo(word: string) {
  if (word.length < 6) return word;
  const i = 1 + Math.floor(Math.random() * (word.length - 2));
  return word.slice(0, i) + word.slice(i + 1);
}

function scenario(): Scenario {
  const words = 1 + Math.floor(Math.random() * 3);
  const query = Array.from({ length: words }, () => {
    const w = pick(VOCABULARY);
    return Math.random() < 0.1 ? typo(w) : w;
  }).join(' ');
  const t = TAXONOMY;
  const shapes: [string, () => Record<string, unknown>][] = [
    ['practices by focus area', () => ({ kinds: ['PRACTICE'], focusAreas: [pick(t.focusAreas)] })],
    [
      'country + focus area',
      () => ({ countries: [pick(t.countries)], focusAreas: [pick(t.focusAreas)] }),
    ],
    [
      'discussions in a category',
      () => ({ kinds: ['THREAD', 'POST'], categories: [pick(CATEGORIES)] }),
    ],
    [
      'technology + region',
      () => ({ technologies: [pick(t.technologies)], regions: [pick(t.regions)] }),
    ],
  ];
  const [shape, filter] = pick(shapes);
  return { shape, words, query, filter: filter(), member: Math.random() < 0.3 };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summarize = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s.at(-1)!,
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
};
const ms = (x: number) => x.toFixed(1);

/** Settings of a PostgreSQL sized for this data (the embedded server's defaults are tiny). */
const TUNING: Record<string, string> = {
  shared_buffers: '4GB',
  effective_cache_size: '12GB',
  work_mem: '32MB',
  random_page_cost: '1.1',
  jit: 'off',
};

async function main() {
  mkdirSync(dataDir, { recursive: true });
  let embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir, log: () => undefined });
  let db = await createDataSource(process.env.DATABASE_URL ?? embedded.url).initialize();
  try {
    await runMigrations(db);
    await generate(db);
    if (
      embedded &&
      (await db.query(`SHOW shared_buffers`))[0].shared_buffers !== TUNING.shared_buffers
    ) {
      for (const [name, value] of Object.entries(TUNING))
        await db.query(`ALTER SYSTEM SET ${name} = '${value}'`);
      await db.destroy();
      await embedded.stop();
      embedded = await startEmbeddedPostgres({ dataDir, log: () => undefined });
      db = await createDataSource(embedded.url).initialize();
      log(`PostgreSQL tuned: ${JSON.stringify(TUNING)}`);
    }
    const settings = await db.query(
      `SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)`,
      [Object.keys(TUNING)],
    );
    const [counts] = await db.query(
      `SELECT (SELECT count(*) FROM practice)::int AS practices, (SELECT count(*) FROM post)::int AS posts, (SELECT count(*) FROM thread)::int AS threads, (SELECT count(*) FROM search_word)::int AS words`,
    );
    log(`Corpus: ${JSON.stringify(counts)}`);

    const engine = new PostgresSearchEngine(db);
    const [member] = await db.query(
      `SELECT o.id, o.stakeholder_type FROM organization o WHERE o.verified_at IS NOT NULL LIMIT 1`,
    );
    const scope = (isMember: boolean) =>
      isMember
        ? {
            userId: null,
            memberOrgIds: [member.id],
            verifiedStakeholderTypes: [member.stakeholder_type],
            memberOfVerifiedOrganization: true,
            moderator: false,
          }
        : {
            userId: null,
            memberOrgIds: [],
            verifiedStakeholderTypes: [],
            memberOfVerifiedOrganization: false,
            moderator: false,
          };
    const run = async (s: Scenario) => {
      const started = performance.now();
      const result = await engine.search({
        query: s.query,
        filter: s.filter,
        facets: WEB_FACETS,
        sort: 'RELEVANCE',
        offset: 0,
        limit: 20,
        scope: scope(s.member),
      });
      return { ms: performance.now() - started, hits: result.estimatedTotalHits as number };
    };

    log(`Warm-up: ${WARMUP} queries…`);
    for (let i = 0; i < WARMUP; i++) await run(scenario());

    log(
      `Measuring: ${CONCURRENCY} clients × ${QUERIES_PER_CLIENT} queries (two filters, ${WEB_FACETS.length} facets, first page of 20)…`,
    );
    const samples: (Scenario & { ms: number; hits: number })[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = 0; i < QUERIES_PER_CLIENT; i++) {
          const s = scenario();
          samples.push({ ...s, ...(await run(s)) });
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const overall = summarize(samples.map((s) => s.ms));
    const rows: string[] = [];
    const row = (label: string, values: number[]) => {
      const x = summarize(values);
      rows.push(
        `| ${label} | ${x.n} | ${ms(x.p50)} | ${ms(x.p95)} | ${ms(x.p99)} | ${ms(x.max)} |`,
      );
    };
    row(
      'all queries',
      samples.map((s) => s.ms),
    );
    for (const shape of [...new Set(samples.map((s) => s.shape))])
      row(
        shape,
        samples.filter((s) => s.shape === shape).map((s) => s.ms),
      );
    for (const words of [1, 2, 3])
      row(
        `${words}-word queries`,
        samples.filter((s) => s.words === words).map((s) => s.ms),
      );
    const hits = summarize(samples.map((s) => s.hits));

    const report = [
      `## PostgresSearchEngine — ${new Date().toISOString()}`,
      '',
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; PostgreSQL ${embedded ? 'embedded, on the same machine as the clients' : '(DATABASE_URL)'}; settings: ${settings.map((r: { name: string; setting: string; unit: string | null }) => `${r.name}=${r.setting}${r.unit ?? ''}`).join(', ')}.`,
      `Corpus: ${counts.practices.toLocaleString('en')} practices, ${counts.posts.toLocaleString('en')} posts in ${counts.threads.toLocaleString('en')} threads, ${counts.words.toLocaleString('en')} vocabulary words.`,
      `Load: ${CONCURRENCY} concurrent clients, ${samples.length} queries of 1–3 words (10 % with a typo), two filters each, ${WEB_FACETS.length} facets, first page of 20, relevance order; 30 % as a member of a verified organization.`,
      '',
      `**p50 ${ms(overall.p50)} ms · p95 ${ms(overall.p95)} ms · p99 ${ms(overall.p99)} ms · throughput ${(samples.length / elapsed).toFixed(1)} queries/s** (target p95 ≤ 100 ms: ${overall.p95 <= 100 ? 'met' : 'NOT met'}).`,
      `Matches per query: median ${hits.p50.toLocaleString('en')}, p95 ${hits.p95.toLocaleString('en')}, max ${hits.max.toLocaleString('en')}.`,
      '',
      '| scenario | queries | p50 ms | p95 ms | p99 ms | max ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
    ].join('\n');
    console.log(`\n${report}`);
    const out = resolve(here, '../results');
    mkdirSync(out, { recursive: true });
    const file = join(out, `search-postgres-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
    writeFileSync(file, report);
    log(`Report written to ${file}`);
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
