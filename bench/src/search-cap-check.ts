/**
 * Compares PostgresSearchEngine with its candidate cap (the default) against the same engine
 * reading every match (candidateCap 0) on the benchmark database, one client at a time:
 * time, estimated vs exact total and facet counts, and how much of the exact first page the
 * capped page shares. Run after `pnpm bench` made the database (or with DATABASE_URL):
 *   node src/search-cap-check.ts [queries]
 */
import { VOCABULARY } from './words.ts';
import {
  benchDataDir,
  startEmbeddedPostgres,
  createDataSource,
  runMigrations,
  PostgresSearchEngine,
  domain,
} from './api.ts';

const dataDir = benchDataDir(
  process.env.BENCH_PRACTICES ?? 100_000,
  process.env.BENCH_POSTS ?? 1_000_000,
);
const N = Number(process.argv[2] ?? 40);
const embedded = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({ dataDir, log: () => undefined });
const db = await createDataSource(process.env.DATABASE_URL ?? embedded.url).initialize();
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
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
const facets = [
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
const scope = {
  userId: null,
  memberOrgIds: [],
  verifiedStakeholderTypes: [],
  memberOfVerifiedOrganization: false,
  moderator: false,
};
try {
  await runMigrations(db);
  const capped = new PostgresSearchEngine(db);
  const exact = new PostgresSearchEngine(db, { candidateCap: 0 });
  const filters = [
    () => ({ kinds: ['PRACTICE'], focusAreas: [pick(domain.FOCUS_AREAS).code] }),
    () => ({ kinds: ['THREAD', 'POST'], categories: [pick(CATEGORIES)] }),
    () => ({
      countries: [pick(domain.OSCE_PARTICIPATING_STATE_CODES)],
      focusAreas: [pick(domain.FOCUS_AREAS).code],
    }),
    () => ({
      technologies: [pick(domain.TECHNOLOGIES).code],
      regions: [pick(domain.REGIONS).code],
    }),
  ];
  console.log(
    '| query | filter | exact ms | capped ms | total | estimate | facet error (sum abs / sum) | page overlap |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  // The most frequent words (the first of the vocabulary), where the cap matters.
  for (let i = 0; i < N; i++) {
    const query = VOCABULARY[Math.floor(Math.random() * Math.min(60, VOCABULARY.length))]!;
    const filter = filters[i % filters.length]!();
    const request = { query, filter, facets, sort: 'RELEVANCE', offset: 0, limit: 20, scope };
    await exact.search(request);
    let t = performance.now();
    const e = await exact.search(request);
    const exactMs = performance.now() - t;
    await capped.search(request);
    t = performance.now();
    const c = await capped.search(request);
    const cappedMs = performance.now() - t;
    let diff = 0;
    let sum = 0;
    for (const fd of e.facetDistribution) {
      const other = new Map<string, number>(
        c.facetDistribution
          .find((x: any) => x.facet === fd.facet)
          .values.map((v: any) => [v.value, v.count]),
      );
      for (const v of fd.values) {
        diff += Math.abs(v.count - (other.get(v.value) ?? 0));
        sum += v.count;
      }
    }
    const ids = new Set(e.hits.map((h: any) => h.entityId));
    const overlap = c.hits.filter((h: any) => ids.has(h.entityId)).length;
    console.log(
      `| ${query} | ${Object.keys(filter).join('+')} | ${exactMs.toFixed(1)} | ${cappedMs.toFixed(1)} | ${e.estimatedTotalHits} | ${c.estimatedTotalHits}${c.exhaustive ? '' : '~'} | ${sum ? ((100 * diff) / sum).toFixed(1) : 0} % | ${overlap}/${e.hits.length} |`,
    );
  }
} finally {
  await db.destroy();
  await embedded?.stop();
}
