import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { baseUrl, DEMO_PASSWORD, gql, nextClientIp } from '../src/browser';

/**
 * The partner example (examples/partner-client) against the platform as the README starts it:
 * a token made by a demo account, every published practice of a country paged through with
 * the typed client, a CSV on disk with one row per practice.
 */
describe('the partner client example', () => {
  it('authenticates with a token, pages through a country and writes the CSV', async () => {
    const ip = nextClientIp();
    const signIn = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
        variables: { i: { email: 'editor@example.org', password: DEMO_PASSWORD } },
      }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { createApiToken } = await gql<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(input: { name: "Partner example", scopes: [READ] }) { token } }`,
      undefined,
      { cookie, 'x-forwarded-for': ip },
    );
    const auth = { authorization: `Bearer ${createApiToken.token}` };

    // A country with several practices, and how many the token's owner may see there.
    const { practices } = await gql<{ practices: { nodes: { countries: string[] }[] } }>(
      `{ practices(first: 100) { nodes { countries } } }`,
      undefined,
      auth,
    );
    const counts = new Map<string, number>();
    for (const p of practices.nodes)
      for (const c of p.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
    const [country] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const expected = await gql<{ practices: { totalCount: number } }>(
      `query($c: [String!]) { practices(filter: { countries: $c }) { totalCount } }`,
      { c: [country] },
      auth,
    );
    expect(expected.practices.totalCount).toBeGreaterThan(1);

    const out = join(mkdtempSync(join(tmpdir(), 'partner-client-')), 'practices.csv');
    const script = resolve(__dirname, '../../../examples/partner-client/src/export-practices.ts');
    const stdout = await new Promise<string>((done, fail) =>
      execFile(
        process.execPath,
        [
          '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
          script,
          '--country',
          country,
          '--out',
          out,
          '--page-size',
          '2',
        ],
        {
          env: {
            ...process.env,
            ALLIANCE_API: `${baseUrl()}/graphql`,
            ALLIANCE_TOKEN: createApiToken.token,
          },
          cwd: resolve(__dirname, '../../../examples/partner-client'),
        },
        (error, so, se) => (error ? fail(new Error(`${error.message}\n${se}`)) : done(so)),
      ),
    );
    expect(stdout).toContain(`Wrote ${expected.practices.totalCount} practices`);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,slug,title,summary,organization,organization_country,stakeholder_type,focus_areas,purposes,technologies,forms_of_exploitation,countries,regions,status,year_started,published_at',
    );
    expect(lines).toHaveLength(expected.practices.totalCount + 1);
    expect(lines.slice(1).every((l) => l.includes(country))).toBe(true);
  });
});
