import { dataValue, gql, gqlAs, journeyPeople, settled, type Person } from '../src/browser';

/**
 * The practice library: an editor writes a practice (duplicate hint, markdown preview, draft,
 * publication, an edit and its history); a visitor filters the library by two taxonomies; a
 * members-only practice stays invisible to visitors everywhere; a member of another
 * organization endorses a practice. Each person signs in through the UI in their own context.
 */

const run = Date.now();

describe('practices: write, publish and revise; filter; visibility; endorse', () => {
  const people = journeyPeople();
  /** member@example.org (Nordic Payments), signed in once for the last two steps. */
  let member: Person | undefined;

  it('lets an editor write a practice (with a duplicate hint and a preview), publish it, revise it and compare revisions', async () => {
    const editor = await people.signIn('editor@example.org');
    const { page } = editor;

    // From the account menu to the organization's practices, then "New practice".
    await page.getByRole('button', { name: /^Account menu:/ }).click();
    await page.getByRole('link', { name: 'My practices' }).click();
    await page.getByRole('heading', { level: 1, name: 'My organization’s practices' }).waitFor();
    await page.getByRole('link', { name: 'New practice for SafeRoutes Network' }).click();
    await page.waitForURL('**/practices/new?organization=saferoutes-network');
    await page.getByRole('heading', { level: 1, name: 'New practice' }).waitFor();
    await expect(page.getByLabel('Organization', { exact: true }).inputValue()).resolves.not.toBe(
      '',
    );

    // A title like an existing demo practice: the editor is pointed at it.
    const title = `Multichannel anti-trafficking hotline with messenger chat ${run}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    const hint = page.getByTestId('similar-practices');
    await hint.getByText('Similar practices already exist — consider joining them').waitFor();
    await hint
      .getByRole('link', {
        name: /Multichannel anti-trafficking hotline with messenger integration/,
      })
      .waitFor();

    await page
      .getByLabel(/^Summary/)
      .fill('A hotline that answers by phone, SMS and chat, in the languages of seasonal workers.');
    await page
      .getByRole('group', { name: /^Focus areas/ })
      .getByLabel('Protection')
      .check();
    await page
      .getByRole('group', { name: /^Technologies/ })
      .getByLabel('Hotline / chatbot / messaging')
      .check();
    await page.getByLabel('Status', { exact: true }).selectOption('PILOT');
    await page.getByLabel('Evidence level', { exact: true }).selectOption('MONITORING_DATA');
    await page.getByLabel('Survivor involvement', { exact: true }).selectOption('CONSULTED');
    await page.getByLabel('Find a country').fill('mold');
    await page.getByTestId('country-picker').getByLabel('Moldova').check();

    // The body starts with the suggested sections; write in one and preview it.
    const body = page.getByLabel('Description', { exact: true });
    expect(await body.inputValue()).toContain('## Approach');
    await body.fill(
      '## Problem\n\nWorkers do not call hotlines.\n\n## Approach\n\nWe answer **every channel**, see [our site](https://hotline.example.org).\n\n<script>window.__pwned = 1</script>',
    );
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByTestId('body-preview');
    await preview.getByRole('heading', { level: 2, name: 'Approach' }).waitFor();
    expect(await preview.locator('strong').innerText()).toBe('every channel');
    expect(await preview.locator('script').count()).toBe(0);
    await expect(preview.getByRole('link', { name: /our site/ }).getAttribute('rel')).resolves.toBe(
      'nofollow noopener noreferrer',
    );
    await page.getByRole('button', { name: 'Write' }).click();

    // Save as a draft: only the organization sees it.
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/practices\/multichannel-anti-trafficking-hotline-with-messenger-chat/);
    const slug = new URL(page.url()).pathname.split('/')[2];
    await page.getByTestId('flash').getByText('Saved as a draft.').waitFor();
    await page.locator('[data-testid="state-banner"][data-state="DRAFT"]').waitFor();
    const anonymous = await gql<{ practice: null | { id: string } }>(
      'query ($slug: String!) { practice(slug: $slug) { id } }',
      { slug },
    );
    expect(anonymous.practice).toBeNull();

    // Publish from its page.
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByTestId('action-status').getByText('Published').waitFor();
    await page.getByTestId('state-banner').waitFor({ state: 'detached' });
    const published = await gql<{ practice: { state: string; summary: string } }>(
      'query ($slug: String!) { practice(slug: $slug) { state summary } }',
      { slug },
    );
    expect(published.practice.state).toBe('PUBLISHED');

    // Edit the summary again.
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.waitForURL(`**/practices/${slug}/edit`);
    const summary = page.getByLabel(/^Summary/);
    await expect(summary.inputValue()).resolves.toBe(published.practice.summary);
    await summary.fill(
      'A hotline that answers by phone, SMS, chat and messengers, in the languages of seasonal and domestic workers.',
    );
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`**/practices/${slug}`);
    await page.getByTestId('flash').getByText('Your changes have been saved.').waitFor();
    await page.getByTestId('practice-summary').getByText('messengers').waitFor();

    // History: two revisions (the publication, the edit) and the summary's word diff.
    await page.getByRole('tab', { name: 'History' }).click();
    await page.waitForURL(`**/practices/${slug}?tab=history`);
    const revisions = page.getByTestId('revision');
    await revisions.nth(1).waitFor();
    expect(await revisions.count()).toBeGreaterThanOrEqual(2);
    expect(await revisions.first().innerText()).toContain('Summary');
    const diff = page.locator('[data-testid="revision-diff"] [data-field="summary"]');
    await diff.waitFor();
    expect(await diff.locator('ins').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('messengers')]),
    );
    expect(await diff.locator('del').count()).toBeGreaterThan(0);
  });

  it('lets a visitor filter the library by two taxonomies; the address keeps both and the count matches the API', async () => {
    const visitor = await people.newPerson();
    const { page } = visitor;
    const { both } = await gql<{ both: { totalCount: number } }>(`{
      both: practices(first: 1, filter: { focusAreas: [PROTECTION], technologies: [HOTLINE_CHATBOT_AND_MESSAGING] }) { totalCount }
    }`);
    expect(both.totalCount).toBeGreaterThan(0);

    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Practices' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Practice library' }).waitFor();
    await page.getByTestId('result-count').waitFor();

    await page
      .getByRole('group', { name: 'Focus area' })
      .getByRole('checkbox', { name: /^Protection/ })
      .check();
    await page.waitForURL((url) => url.search === '?focus=PROTECTION');
    await settled(page);
    await page
      .getByRole('group', { name: 'Technology' })
      .getByRole('checkbox', { name: /^Hotline \/ chatbot \/ messaging/ })
      .check();
    await page.waitForURL(
      (url) =>
        url.searchParams.getAll('focus').join() === 'PROTECTION' &&
        url.searchParams.getAll('tech').join() === 'HOTLINE_CHATBOT_AND_MESSAGING',
    );
    await settled(page);
    await dataValue(page, 'result-count', both.totalCount);
    const cards = page.getByTestId('practice-card');
    expect(await cards.count()).toBe(Math.min(both.totalCount, 12));

    // The address is shareable: a fresh load shows the same; Back undoes the last filter.
    await page.reload();
    await dataValue(page, 'result-count', both.totalCount);
    expect(
      await page
        .getByRole('group', { name: 'Technology' })
        .getByRole('checkbox', { name: /^Hotline/ })
        .isChecked(),
    ).toBe(true);
    await page.goBack();
    await page.waitForURL((url) => url.search === '?focus=PROTECTION');

    await page.goForward();
    await settled(page);
    await dataValue(page, 'result-count', both.totalCount);
    const first = cards.first().getByRole('heading', { level: 2 }).getByRole('link');
    const title = await first.innerText();
    await first.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page
      .getByTestId('fact-contact')
      .getByRole('link', { name: 'Sign in to see the contact' })
      .waitFor();
  });

  it('keeps a members-only practice invisible to visitors: not listed, not found, not counted', async () => {
    member = await people.signIn('member@example.org');
    const seenByMember = await gqlAs<{
      practices: { nodes: { slug: string; title: string; visibility: string }[] };
      practiceStats: { total: number };
    }>(
      member.context.request,
      '{ practices(first: 100) { nodes { slug title visibility } } practiceStats { total } }',
    );
    const membersOnly = seenByMember.practices.nodes.find((p) => p.visibility === 'MEMBERS');
    expect(membersOnly).toBeDefined();
    const { slug, title } = membersOnly!;

    const anonymous = await gql<{
      practices: { totalCount: number; nodes: { slug: string }[] };
      practiceStats: { total: number };
    }>('{ practices(first: 100) { totalCount nodes { slug } } practiceStats { total } }');
    expect(anonymous.practices.nodes.map((p) => p.slug)).not.toContain(slug);
    expect(anonymous.practiceStats.total).toBeLessThan(seenByMember.practiceStats.total);

    // The member sees it.
    await member.page.goto(`/practices/${slug}`);
    await member.page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await member.page.getByTestId('visibility-badge').innerText()).toBe(
      'Members of verified organizations',
    );

    const visitor = await people.newPerson();
    const { page } = visitor;
    // Not in the library: neither in the full list nor when searched for by its title.
    await page.goto('/practices');
    await dataValue(page, 'result-count', anonymous.practices.totalCount);
    expect(await page.locator(`[data-testid="practice-card"][data-slug="${slug}"]`).count()).toBe(
      0,
    );
    await page.getByLabel('Search titles and summaries').fill(title);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await dataValue(page, 'result-count', 0);
    await page.getByText('No practices match these filters.').waitFor();
    // Its page: not found.
    await page.goto(`/practices/${slug}`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    // Not counted in the insights.
    await page.goto('/insights');
    await dataValue(page, 'insights-total', anonymous.practiceStats.total);
    // Six charts of practices, then three of misuse patterns (loaded by their own query).
    await page.getByRole('figure').nth(8).waitFor();
    expect(await page.getByRole('figure').count()).toBe(9);
  });

  it('lets a member endorse a practice of another organization, and the count goes up', async () => {
    if (!member) {
      member = await people.signIn('member@example.org');
    }
    const { viewer } = await gqlAs<{
      viewer: { memberships: { organization: { id: string; slug: string; name: string } }[] };
    }>(member.context.request, '{ viewer { memberships { organization { id slug name } } } }');
    const own = viewer.memberships[0].organization;
    const { practices } = await gqlAs<{
      practices: {
        nodes: {
          slug: string;
          title: string;
          endorsementCount: number;
          organization: { id: string };
          endorsements: { organization: { id: string } }[];
        }[];
      };
    }>(
      member.context.request,
      '{ practices(first: 100, filter: { states: [PUBLISHED] }) { nodes { slug title endorsementCount organization { id } endorsements { organization { id } } } } }',
    );
    const target = practices.nodes.find(
      (p) =>
        p.organization.id !== own.id && !p.endorsements.some((e) => e.organization.id === own.id),
    );
    expect(target).toBeDefined();

    const { page } = member;
    await page.goto(`/practices/${target!.slug}`);
    await page.getByRole('heading', { level: 1, name: target!.title }).waitFor();
    await dataValue(page, 'endorsement-count', target!.endorsementCount);
    const form = page.getByRole('form', { name: 'Endorse this practice' });
    await expect(form.getByLabel('On behalf of').inputValue()).resolves.toBe(own.id);
    await form.getByLabel('uses this practice').check();
    await form.getByLabel(/^Comment/).fill(`We route our cases to it (${run}).`);
    await form.getByRole('button', { name: 'Endorse' }).click();

    await dataValue(page, 'endorsement-count', target!.endorsementCount + 1);
    await page.getByText(`${own.name} now endorses this practice.`).waitFor();
    await page.getByTestId('used-by').getByRole('link', { name: own.name }).waitFor();
    await page.getByRole('button', { name: `Withdraw the endorsement of ${own.name}` }).waitFor();

    // It is stored: a fresh load shows it too.
    await page.reload();
    await dataValue(page, 'endorsement-count', target!.endorsementCount + 1);
    const after = await gqlAs<{ practice: { endorsementCount: number } }>(
      member.context.request,
      'query ($slug: String!) { practice(slug: $slug) { endorsementCount } }',
      { slug: target!.slug },
    );
    expect(after.practice.endorsementCount).toBe(target!.endorsementCount + 1);
  });
});
