/**
 * Pages through every published practice of one country with the typed client and writes CSV.
 *
 *   ALLIANCE_TOKEN=acp_… node src/export-practices.ts --country MD [--out practices-MD.csv] [--api http://localhost:3000/graphql]
 *
 * Get a token in the web app (Profile → API tokens, scope "read"), or as an operator with
 * `pnpm --filter api cli create-token --email you@example.org`.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  PartnerPracticesDocument,
  type PartnerPracticesQuery,
  type PartnerPracticesQueryVariables,
} from '@alliance/graphql/typed-documents';
import { print, type DocumentNode } from 'graphql';

type TypedDocument<R, V> = DocumentNode & { __apiType?: (variables: V) => R };

// `pnpm export -- --country MD` passes the `--` on; skip it.
const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    country: { type: 'string' },
    out: { type: 'string' },
    api: { type: 'string', default: process.env.ALLIANCE_API ?? 'http://localhost:3000/graphql' },
    'page-size': { type: 'string', default: '100' },
  },
});
const country = values.country?.toUpperCase();
const token = process.env.ALLIANCE_TOKEN;
if (!country || !/^[A-Z]{2}$/.test(country) || !token) {
  console.error(
    'Usage: ALLIANCE_TOKEN=<token> node src/export-practices.ts --country <ISO code> [--out file.csv] [--api url]',
  );
  process.exit(2);
}

/** One typed GraphQL request: variables and result are checked against the schema. */
async function request<R, V>(
  document: TypedDocument<R, V>,
  variables: V,
): Promise<{ data: R; cost?: unknown }> {
  const res = await fetch(values.api!, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as {
    data?: R;
    errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
    extensions?: { cost?: unknown };
  };
  if (body.errors?.length) {
    const [error] = body.errors;
    if (error!.extensions?.code === 'RATE_LIMITED') {
      const wait = error!.extensions.retryAfterSeconds ?? 60;
      console.error(`Rate limited; waiting ${wait} s…`);
      await new Promise((r) => setTimeout(r, wait * 1000));
      return request(document, variables);
    }
    throw new Error(`${error!.extensions?.code ?? res.status}: ${error!.message}`);
  }
  return { data: body.data!, cost: body.extensions?.cost };
}

const csvCell = (value: unknown) => {
  let text = Array.isArray(value) ? value.join(';') : value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`; // no formulas in spreadsheets
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

type Practice = PartnerPracticesQuery['practices']['nodes'][number];
const rows: Practice[] = [];
let after: string | null = null;
for (;;) {
  const variables: PartnerPracticesQueryVariables = {
    first: Number(values['page-size']),
    after,
    filter: { countries: [country] },
  };
  const { data } = await request(PartnerPracticesDocument, variables);
  rows.push(...data.practices.nodes);
  console.error(`Fetched ${rows.length} of ${data.practices.totalCount}`);
  if (!data.practices.pageInfo.hasNextPage) break;
  after = data.practices.pageInfo.endCursor ?? null;
}

const columns: [string, (p: Practice) => unknown][] = [
  ['id', (p) => p.id],
  ['slug', (p) => p.slug],
  ['title', (p) => p.title],
  ['summary', (p) => p.summary],
  ['organization', (p) => p.organization.name],
  ['organization_country', (p) => p.organization.country],
  ['stakeholder_type', (p) => p.organization.stakeholderType],
  ['focus_areas', (p) => p.focusAreas],
  ['purposes', (p) => p.purposes],
  ['technologies', (p) => p.technologies],
  ['forms_of_exploitation', (p) => p.formsOfExploitation],
  ['countries', (p) => p.countries],
  ['regions', (p) => p.regions],
  ['status', (p) => p.status],
  ['year_started', (p) => p.yearStarted],
  ['published_at', (p) => p.publishedAt],
];
const csv =
  [
    columns.map(([name]) => name).join(','),
    ...rows.map((p) => columns.map(([, get]) => csvCell(get(p))).join(',')),
  ].join('\r\n') + '\r\n';
const out = values.out ?? `practices-${country}.csv`;
writeFileSync(out, csv);
console.log(`Wrote ${rows.length} practices to ${out}`);
