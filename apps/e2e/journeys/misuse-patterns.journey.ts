import type { Page } from 'playwright-core';
import { dataValue, gql, gqlAs, journeyPeople, settled } from '../src/browser';

/**
 * Misuse patterns: an editor documents a pattern in the browser, links a practice of their
 * organization to it, and the practice's page, the pattern's page and the gap view all show the
 * link; a pattern restricted to government organizations stays invisible to visitors (library,
 * page, gap counts); a member calls for partners on a pattern nothing counters, from the gap
 * view, and lands in a thread of the partnerships forum linked to the pattern. Each person has
 * their own browser context and signs in through the UI.
 */

const run = Date.now();

interface GapCounts {
  patternCount: number;
  countermeasureCount: number;
  uncounteredPatternCount: number;
  cells: { stage: string; technology: string; patternCount: number; countermeasureCount: number }[];
}

const GAP_MATRIX = `{ gapMatrix { patternCount countermeasureCount uncounteredPatternCount
  cells { stage technology patternCount countermeasureCount } } }`;

const cellOf = (matrix: GapCounts, stage: string, technology: string) =>
  matrix.cells.find((c) => c.stage === stage && c.technology === technology)!;

/** The gap view's cell of a stage and technology. */
const gapCell = (page: Page, stage: string, technology: string) =>
  page.locator(`[data-testid="gap-cell"][data-stage="${stage}"][data-technology="${technology}"]`);

describe('misuse patterns: document and counter; restricted patterns; calls for partners', () => {
  const people = journeyPeople();

  it('lets an editor document a pattern and link a practice to it; both pages and the gap view show the link', async () => {
    const editor = await people.signIn('editor@example.org');
    const { page, context } = editor;
    const stage = 'MOVEMENT';
    const technology = 'DATING_APPS';
    // The counts as the editor sees them (members-only patterns included).
    const before = (await gqlAs<{ gapMatrix: GapCounts }>(context.request, GAP_MATRIX)).gapMatrix;

    // From the main navigation to the library, then "Document a pattern".
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Misuse patterns' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Misuse patterns' }).waitFor();
    await page.getByRole('link', { name: 'Document a pattern' }).click();
    await page.getByRole('heading', { level: 1, name: 'New misuse pattern' }).waitFor();
    await expect(page.getByLabel('Organization', { exact: true }).inputValue()).resolves.not.toBe(
      '',
    );

    const title = `Romance lures to cross borders on dating apps ${run}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page
      .getByLabel(/^Summary/)
      .fill('Traffickers court people on dating apps, then arrange their travel to “meet”.');
    await page
      .getByRole('textbox', { name: /^Description/ })
      .fill(
        '## How it works\n\nA **long courtship**, then tickets.\n\n<script>window.__pwned = 1</script>',
      );
    await page
      .getByRole('group', { name: 'Stages of the trafficking process' })
      .getByLabel('Movement')
      .check();
    await page
      .getByRole('group', { name: 'Technologies misused' })
      .getByLabel('Dating apps')
      .check();
    await page.getByRole('group', { name: 'Trend' }).getByLabel('Emerging').check();
    await page
      .getByLabel('Indicator 1', { exact: true })
      .fill('The match pays for the journey from the start');
    await page.getByRole('button', { name: 'Add an indicator' }).click();
    await page
      .getByLabel('Indicator 2', { exact: true })
      .fill('Contact moves off the app within days');
    await page.getByRole('button', { name: 'Save and publish' }).click();

    await page.waitForURL(/\/misuse-patterns\/romance-lures-to-cross-borders-on-dating-apps/);
    const patternSlug = new URL(page.url()).pathname.split('/')[2];
    await page.getByTestId('flash').getByText('Published').waitFor();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.locator('.markdown strong').innerText()).toBe('long courtship');
    expect(await page.locator('.markdown script').count()).toBe(0);
    expect(
      await page
        .getByRole('list', { name: 'Indicators and red flags' })
        .getByRole('listitem')
        .allInnerTexts(),
    ).toEqual([
      'The match pays for the journey from the start',
      'Contact moves off the app within days',
    ]);
    await page.getByTestId('no-countermeasures').waitFor();

    // A published, public practice of the editor's organization.
    const { practices } = await gqlAs<{
      practices: {
        nodes: {
          id: string;
          slug: string;
          title: string;
          visibility: string;
          viewerCanEdit: boolean;
        }[];
      };
    }>(
      context.request,
      '{ practices(first: 100) { nodes { id slug title visibility viewerCanEdit } } }',
    );
    const practice = practices.nodes.find((p) => p.viewerCanEdit && p.visibility === 'PUBLIC');
    expect(practice).toBeDefined();

    // The gap view counts the new pattern, without a countermeasure yet.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Gaps' })
      .click();
    await page.getByRole('heading', { level: 1, name: /^Gaps/ }).waitFor();
    const cell = gapCell(page, stage, technology);
    const beforeCell = cellOf(before, stage, technology);
    await page
      .locator(
        `[data-testid="gap-cell"][data-stage="${stage}"][data-technology="${technology}"][data-patterns="${beforeCell.patternCount + 1}"]`,
      )
      .waitFor();
    expect(await cell.getAttribute('data-countermeasures')).toBe(
      String(beforeCell.countermeasureCount),
    );
    await dataValue(page, 'gap-uncountered-total', before.uncounteredPatternCount + 1);

    // On the practice's page: link it to the pattern, found by its title.
    await page.goto(`/practices/${practice!.slug}`);
    await page.getByRole('heading', { level: 1, name: practice!.title }).waitFor();
    const section = page.getByTestId('practice-countermeasures');
    await section.getByRole('heading', { name: /^Counters misuse patterns/ }).waitFor();
    await section.getByRole('button', { name: 'Link a misuse pattern' }).click();
    const form = page.getByRole('form', { name: /^Link “/ });
    await form.getByLabel('Find a misuse pattern').fill(title);
    await form.getByRole('radio', { name: title }).check();
    await form.getByLabel('How the practice counters it').selectOption('SUPPORTS_VICTIMS');
    await form.getByLabel(/^Note/).fill('Our hotline answers people who were lured this way.');
    await form.getByRole('button', { name: 'Link pattern' }).click();
    await section.getByText(`Linked to “${title}”.`).waitFor();
    const link = section.locator(`[data-testid="countermeasure"][data-pattern="${patternSlug}"]`);
    await link.getByTestId('approach').getByText('Supports victims').waitFor();

    // The pattern's page lists the practice (client-side navigation: no reload).
    await link.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/misuse-patterns/${patternSlug}`);
    const counter = page.locator(
      `[data-testid="countermeasure"][data-practice="${practice!.slug}"]`,
    );
    await counter.getByRole('link', { name: practice!.title }).waitFor();
    await counter.getByText('Our hotline answers people who were lured this way.').waitFor();
    expect(await page.getByTestId('no-countermeasures').count()).toBe(0);

    // The gap view counts the countermeasure in the pattern's cell, and one gap less.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Gaps' })
      .click();
    await page
      .locator(
        `[data-testid="gap-cell"][data-stage="${stage}"][data-technology="${technology}"][data-countermeasures="${beforeCell.countermeasureCount + 1}"]`,
      )
      .waitFor();
    await dataValue(page, 'gap-uncountered-total', before.uncounteredPatternCount);
    const after = (await gqlAs<{ gapMatrix: GapCounts }>(context.request, GAP_MATRIX)).gapMatrix;
    expect(cellOf(after, stage, technology).countermeasureCount).toBe(
      beforeCell.countermeasureCount + 1,
    );

    // The cell leads to the library filtered to it, where the pattern is.
    await cell.getByRole('link').click();
    await page.waitForURL(
      (url) =>
        url.pathname === '/misuse-patterns' &&
        url.searchParams.get('stage') === stage &&
        url.searchParams.get('tech') === technology,
    );
    await settled(page);
    await dataValue(page, 'result-count', beforeCell.patternCount + 1);
    await page.locator(`[data-testid="pattern-card"][data-slug="${patternSlug}"]`).waitFor();
  });

  it('keeps a pattern restricted to government organizations from visitors: not listed, not found, not counted', async () => {
    const editor = await people.signIn('editor@example.org');
    const anonymousBefore = (await gql<{ gapMatrix: GapCounts }>(GAP_MATRIX)).gapMatrix;
    const { viewer } = await gqlAs<{ viewer: { memberships: { organization: { id: string } }[] } }>(
      editor.context.request,
      '{ viewer { memberships { organization { id } } } }',
    );
    const title = `Law-enforcement-only: cash-out routes through prepaid cards ${run}`;
    const { createMisusePattern } = await gqlAs<{
      createMisusePattern: { id: string; slug: string };
    }>(
      editor.context.request,
      `mutation ($organizationId: ID!, $input: MisusePatternInput!) {
        createMisusePattern(organizationId: $organizationId, input: $input) { id slug } }`,
      {
        organizationId: viewer.memberships[0].organization.id,
        input: {
          title,
          summary: 'Wages are loaded onto prepaid cards that the controllers cash out abroad.',
          stages: ['FINANCIAL_FLOWS'],
          technologies: ['ONLINE_PAYMENTS_AND_FINTECH'],
          trend: 'EMERGING',
          visibility: 'RESTRICTED',
          visibleTo: ['GOVERNMENT'],
        },
      },
    );
    await gqlAs(
      editor.context.request,
      'mutation ($id: ID!) { publishMisusePattern(id: $id) { id } }',
      {
        id: createMisusePattern.id,
      },
    );
    const { slug } = createMisusePattern;

    // Its owners see it, marked restricted.
    await editor.page.goto(`/misuse-patterns/${slug}`);
    await editor.page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await editor.page.getByTestId('visibility-badge').innerText()).toBe(
      'Restricted to: Government',
    );

    const visitor = await people.newPerson();
    const { page } = visitor;
    // Not in the library, even searched for by its title.
    await page.goto('/misuse-patterns');
    await page.getByTestId('result-count').waitFor();
    expect(await page.locator(`[data-testid="pattern-card"][data-slug="${slug}"]`).count()).toBe(0);
    await page.getByLabel('Search titles, summaries and indicators').fill(title);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === title);
    await dataValue(page, 'result-count', 0);
    await page.getByText('No misuse patterns match these filters.').waitFor();
    // Its page: not found, like a pattern that does not exist.
    await page.goto(`/misuse-patterns/${slug}`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.getByText(title).count()).toBe(0);
    // Not counted in the gap view.
    await page.goto('/misuse-patterns/gaps');
    await dataValue(page, 'gap-pattern-total', anonymousBefore.patternCount);
    await page
      .locator(
        `[data-testid="gap-cell"][data-stage="FINANCIAL_FLOWS"][data-technology="ONLINE_PAYMENTS_AND_FINTECH"][data-patterns="${cellOf(anonymousBefore, 'FINANCIAL_FLOWS', 'ONLINE_PAYMENTS_AND_FINTECH').patternCount}"]`,
      )
      .waitFor();
    const anonymousAfter = (await gql<{ gapMatrix: GapCounts }>(GAP_MATRIX)).gapMatrix;
    expect(anonymousAfter.patternCount).toBe(anonymousBefore.patternCount);
    const { misusePattern } = await gql<{ misusePattern: null | { id: string } }>(
      'query ($slug: String!) { misusePattern(slug: $slug) { id } }',
      { slug },
    );
    expect(misusePattern).toBeNull();
  });

  it('lets a member call for partners on a gap: a thread in the partnerships forum linked to the pattern', async () => {
    const member = await people.signIn('member@example.org');
    const { page, context } = member;

    await page.goto('/misuse-patterns/gaps');
    const list = page.getByRole('region', { name: /^Patterns with no or few countermeasures/ });
    const first = list.getByTestId('gap-pattern').first();
    await first.waitFor();
    const card = first.getByTestId('pattern-card');
    const patternSlug = (await card.getAttribute('data-slug'))!;
    const patternTitle = await card.getByRole('heading', { level: 3 }).innerText();

    await first.getByRole('button', { name: `Call for partners: ${patternTitle}` }).click();
    const form = page.getByRole('form', { name: `Call for partners: ${patternTitle}` });
    const titleField = form.getByLabel('Thread title');
    await expect(titleField.inputValue()).resolves.toBe(
      `Call for partners: ${patternTitle}`.slice(0, 200),
    );
    const body = `We look for a platform and a shelter to pilot a response together (${run}).`;
    await form.getByLabel('Your call').fill(body);
    await form.getByRole('button', { name: 'Start the call' }).click();

    await page.waitForURL(/\/discussions\/[^/]+$/);
    const threadId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
    await page.getByRole('heading', { level: 1, name: /^Call for partners:/ }).waitFor();
    await page.getByTestId('post-list').getByText(body).waitFor();
    const { thread } = await gqlAs<{
      thread: { category: { slug: string }; misusePattern: { slug: string } | null };
    }>(
      context.request,
      'query ($id: ID!) { thread(id: $id) { category { slug } misusePattern { slug } } }',
      { id: threadId },
    );
    expect(thread.category.slug).toBe('partnerships');
    expect(thread.misusePattern?.slug).toBe(patternSlug);

    // The pattern's page lists the call among the threads about it.
    await page.goto(`/misuse-patterns/${patternSlug}`);
    await page
      .getByTestId('related-threads')
      .getByRole('link', { name: `Call for partners: ${patternTitle}`.slice(0, 200) })
      .first()
      .waitFor();
  });
});
