import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, gql, gqlAs, journeyPeople, settled } from '../src/browser';

/**
 * Full-text search: a visitor presses "/" on the home page, types a misspelt query and lands on
 * the search page with highlighted results; ticks a facet (the address keeps it, a reload shows
 * the same); recovers from filters that match nothing. A misspelt word of a demo misuse pattern
 * finds the pattern, which leads to its page. A members-only practice that a member finds stays
 * invisible to visitors.
 */

interface SearchAnswer {
  search: {
    totalCount: number;
    edges: { node: { kind: string; title: string; misusePattern?: { slug: string } } }[];
    facetDistribution: { facet: string; values: { value: string; count: number }[] }[];
  };
}

const SEARCH = `query ($query: String!, $filter: SearchFilter) {
  search(query: $query, filter: $filter, first: 20, facets: [FOCUS_AREA]) {
    totalCount
    edges { node { kind title ... on MisusePatternSearchHit { misusePattern { slug } } } }
    facetDistribution { facet values { value count } }
  }
}`;

/** The misspelt query a visitor types ("trafficking recruitment"). */
const MISSPELT = 'traficking recrutment';

/** Waits for the result count to be `value`. */
const resultCount = (page: Page, value: number) =>
  page.locator(`[data-testid="search-count"][data-value="${value}"]`).waitFor();

/** The result whose title is exactly `title`. */
const hitTitled = (page: Page, title: string) =>
  page.getByTestId('search-hit').filter({
    has: page.getByRole('heading', { level: 2, name: title, exact: true }),
  });

/** The search box in the header. */
const headerBox = (page: Page) =>
  page.getByRole('searchbox', {
    name: 'Search practices, misuse patterns, discussions and organizations',
  });

/** Presses "/" (again, until the page has started listening) and checks it focused the box. */
async function pressSlash(page: Page): Promise<void> {
  const box = headerBox(page);
  await box.waitFor();
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.keyboard.press('/');
    if (await box.evaluate((el) => el === document.activeElement)) {
      expect(await box.inputValue()).toBe('');
      return;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('"/" did not focus the search box');
}

describe('search: typo-tolerant, highlighted, faceted, shareable; visibility', () => {
  const people = journeyPeople();

  it('finds demo practices for a misspelt query from the header, filters them by a facet, keeps it all in the address, and recovers from filters that match nothing', async () => {
    // What the API finds for the misspelt words, so the journey asserts on real titles.
    const all = await gql<SearchAnswer>(SEARCH, { query: MISSPELT });
    expect(all.search.totalCount).toBeGreaterThan(1);
    const first = all.search.edges[0].node;
    expect(first.kind).toBe('PRACTICE');
    // The most frequent focus area among the results, and what it narrows them to.
    const focus = all.search.facetDistribution.find((d) => d.facet === 'FOCUS_AREA')!.values[0];
    expect(focus.count).toBeGreaterThan(0);
    const focused = await gql<SearchAnswer>(SEARCH, {
      query: MISSPELT,
      filter: { focusAreas: [focus.value] },
    });
    expect(focused.search.totalCount).toBe(focus.count);
    // A combination nothing matches: organizations have no focus areas.
    const nothing = await gql<SearchAnswer>(SEARCH, {
      query: MISSPELT,
      filter: { focusAreas: [focus.value], kinds: ['ORGANIZATION'] },
    });
    expect(nothing.search.totalCount).toBe(0);

    const visitor = await people.newPerson();
    const { page } = visitor;

    // "/" on the home page focuses the header's box; Enter opens the search page.
    await page.goto('/');
    await pressSlash(page);
    await page.keyboard.type(MISSPELT);
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => url.pathname === '/search' && url.searchParams.get('q') === MISSPELT,
    );
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    await resultCount(page, all.search.totalCount);
    expect(await page.getByTestId('search-count').innerText()).toBe(
      `About ${all.search.totalCount} results`,
    );

    // The first result: its title, with the corrected words highlighted, links to the practice.
    const hit = hitTitled(page, first.title);
    await hit.waitFor();
    expect(
      await hit.locator('h2 mark, [data-testid="search-hit-snippet"] mark').count(),
    ).toBeGreaterThan(0);
    const marked = (await hit.locator('mark').allInnerTexts()).map((m) => m.toLowerCase());
    expect(marked.some((m) => m.startsWith('traffick') || m.startsWith('recruit'))).toBe(true);
    expect(await hit.getByText('Practice', { exact: true }).count()).toBe(1);
    await expect(hit.getByRole('link').first().getAttribute('href')).resolves.toMatch(
      /^\/practices\/[a-z0-9-]+$/,
    );
    expect(await page.getByTestId('search-hit').count()).toBe(Math.min(all.search.totalCount, 20));

    // Tick the focus area: the count is the facet's, and the address keeps it.
    const checkbox = page
      .getByRole('group', { name: 'Focus area' })
      .locator(`label[data-value="${focus.value}"]`)
      .getByRole('checkbox');
    await expect(checkbox.getAttribute('aria-label')).resolves.toMatch(
      new RegExp(`, ${focus.count} results?$`),
    );
    await checkbox.check();
    await page.waitForURL(
      (url) =>
        url.searchParams.get('q') === MISSPELT &&
        url.searchParams.getAll('focus').join() === focus.value,
    );
    await settled(page);
    await resultCount(page, focus.count);
    expect(await page.getByTestId('search-hit').count()).toBe(Math.min(focus.count, 20));
    const focusedTitles = focused.search.edges.map((e) => e.node.title);
    expect(await page.getByTestId('search-hit').locator('h2').allInnerTexts()).toEqual(
      focusedTitles,
    );

    // The address is shareable: a fresh load shows the same search, filter and results.
    const shared = page.url();
    await page.reload();
    await resultCount(page, focus.count);
    expect(page.url()).toBe(shared);
    await expect(checkbox.isChecked()).resolves.toBe(true);
    await expect(page.getByRole('searchbox', { name: 'Search for' }).inputValue()).resolves.toBe(
      MISSPELT,
    );
    expect(await page.getByTestId('search-hit').locator('h2').allInnerTexts()).toEqual(
      focusedTitles,
    );

    // Filters that match nothing (a shared link): one button per filter brings results back.
    const none = new URL(shared);
    none.searchParams.append('kind', 'ORGANIZATION');
    await page.goto(none.pathname + none.search);
    await resultCount(page, 0);
    const empty = page.getByTestId('search-empty');
    await empty.getByText('Nothing matches with these filters. Remove one of them?').waitFor();
    await empty.getByRole('button', { name: 'Remove the Type of result filter' }).click();
    await page.waitForURL(
      (url) =>
        url.searchParams.getAll('focus').join() === focus.value && !url.searchParams.has('kind'),
    );
    await resultCount(page, focus.count);
    await empty.waitFor({ state: 'detached' });

    // Back returns to the search with nothing found.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'ORGANIZATION');
    await resultCount(page, 0);
  });

  it('finds a demo misuse pattern by a misspelt word of its title, and leads to its page', async () => {
    // The demo patterns a visitor may see, and a word of a title with a letter left out
    // ("recruitment" → "recrutment"): the first such typo the API resolves to its pattern.
    const { misusePatterns } = await gql<{
      misusePatterns: { nodes: { slug: string; title: string }[] };
    }>('{ misusePatterns(first: 100) { nodes { slug title } } }');
    expect(misusePatterns.nodes.length).toBeGreaterThan(0);
    const candidates = misusePatterns.nodes.flatMap((pattern) =>
      pattern.title
        .split(/[^\p{L}]+/u)
        .filter((word) => word.length >= 8)
        .map((word) => ({ pattern, typo: `${word.slice(0, 4)}${word.slice(5)}`.toLowerCase() })),
    );
    let found: (typeof candidates)[number] | undefined;
    for (const candidate of candidates.slice(0, 15)) {
      const answer = await gql<SearchAnswer>(SEARCH, { query: candidate.typo });
      const top = answer.search.edges.slice(0, 5).map((e) => e.node.misusePattern?.slug);
      if (top.includes(candidate.pattern.slug)) {
        found = candidate;
        break;
      }
    }
    expect(found).toBeDefined();
    const { pattern, typo } = found!;

    const visitor = await people.newPerson();
    const { page } = visitor;
    await page.goto('/');
    await pressSlash(page);
    await page.keyboard.type(typo);
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => url.pathname === '/search' && url.searchParams.get('q') === typo,
    );
    await settled(page);

    // The pattern is among the results, badged, with its matching word highlighted.
    const hit = hitTitled(page, pattern.title);
    await hit.waitFor();
    expect(await hit.getAttribute('data-kind')).toBe('MISUSE_PATTERN');
    expect(await hit.getByText('Misuse pattern', { exact: true }).count()).toBe(1);
    expect(await hit.locator('h2 mark').count()).toBeGreaterThan(0);
    const link = hit.getByRole('link', { name: pattern.title, exact: true });
    expect(await link.getAttribute('href')).toBe(`/misuse-patterns/${pattern.slug}`);

    // Only misuse patterns: the kind facet narrows the results, and the address keeps it.
    await page
      .getByRole('group', { name: 'Type of result' })
      .locator('label[data-value="MISUSE_PATTERN"]')
      .getByRole('checkbox')
      .check();
    await page.waitForURL((url) => url.searchParams.getAll('kind').join() === 'MISUSE_PATTERN');
    await settled(page);
    const kinds = await page
      .getByTestId('search-hit')
      .evaluateAll((hits) => hits.map((h) => h.getAttribute('data-kind')));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['MISUSE_PATTERN']));
    // The patterns' own facets are offered (folded away until opened).
    const stages = page.getByTestId('search-facet-stages');
    await stages.locator('summary').click();
    await stages.locator('label.chip').first().waitFor();
    expect(await stages.locator('summary').innerText()).toContain('Stage of trafficking');

    // The result leads to the pattern's page.
    await hitTitled(page, pattern.title)
      .getByRole('link', { name: pattern.title, exact: true })
      .click();
    await page.waitForURL((url) => url.pathname === `/misuse-patterns/${pattern.slug}`);
    await page.getByRole('heading', { level: 1, name: pattern.title }).waitFor();
  });

  it('never shows a visitor a members-only practice that a member finds', async () => {
    // A member signs in (in their own browser context) and learns a members-only title.
    const member = await people.newPerson();
    const { request } = member.context;
    await gqlAs(request, 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'member@example.org', password: DEMO_PASSWORD },
    });
    const seen = await gqlAs<{ practices: { nodes: { title: string; visibility: string }[] } }>(
      request,
      '{ practices(first: 100) { nodes { title visibility } } }',
    );
    const membersOnly = seen.practices.nodes.find((p) => p.visibility === 'MEMBERS');
    expect(membersOnly).toBeDefined();
    const { title } = membersOnly!;

    // The member finds it by its title on the search page.
    await member.page.goto(`/search?q=${encodeURIComponent(title)}`);
    await hitTitled(member.page, title).waitFor();

    // A visitor: not found by the API, nor on the page, by its title.
    const anonymous = await gql<SearchAnswer>(SEARCH, { query: title });
    expect(anonymous.search.edges.map((e) => e.node.title)).not.toContain(title);

    const visitor = await people.newPerson();
    const { page } = visitor;
    await page.goto('/');
    await pressSlash(page);
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => url.pathname === '/search' && url.searchParams.get('q') === title,
    );
    await resultCount(page, anonymous.search.totalCount);
    await settled(page);
    expect(await hitTitled(page, title).count()).toBe(0);
    expect(await page.getByTestId('search-hit').locator('h2').allInnerTexts()).not.toContain(title);
  });
});
