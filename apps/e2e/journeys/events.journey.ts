import { gql, gqlAs, journeyPeople } from '../src/browser';

/**
 * Events and collections: a visitor opens the 2019 conference from the footer and sees, under
 * its themes, the practices and misuse patterns presented at its sessions; a moderator creates a
 * collection, adds a practice and a pattern found by search, reorders them with a note, saves;
 * a visitor then sees them in that order; an editor marks their practice as presented at a
 * session from the practice's page, and the event page lists it. Each person has their own
 * browser context.
 */

const run = Date.now();

interface LibraryItem {
  __typename: 'Practice' | 'MisusePattern';
  slug: string;
  title: string;
}

const ITEM = '__typename ... on Practice { slug title } ... on MisusePattern { slug title }';

describe('events and collections: the 2019 conference; a curated collection', () => {
  const people = journeyPeople();

  it('shows a visitor the 2019 conference with the practices and patterns presented at its sessions', async () => {
    // What a visitor may see of the demo conference, to compare the page with.
    const { events } = await gql<{
      events: {
        nodes: {
          slug: string;
          name: string;
          startsOn: string;
          themes: { title: string }[];
          sessions: { title: string; presentations: { item: LibraryItem }[] }[];
        }[];
      };
    }>(`{ events(first: 20) { nodes { slug name startsOn themes { title }
          sessions { title presentations { item { ${ITEM} } } } } } }`);
    const conference = events.nodes.find((e) => e.startsOn.startsWith('2019'));
    expect(conference).toBeDefined();
    const presented = conference!.sessions.flatMap((s) =>
      s.presentations.map((p) => ({ session: s.title, item: p.item })),
    );
    const practice = presented.find((p) => p.item.__typename === 'Practice');
    const pattern = presented.find((p) => p.item.__typename === 'MisusePattern');
    expect(practice).toBeDefined();
    expect(pattern).toBeDefined();

    const visitor = await people.newPerson();
    const { page } = visitor;
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('link', { name: 'Events' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await page.getByRole('link', { name: conference!.name }).click();
    await page.waitForURL(`**/events/${conference!.slug}`);
    await page.getByRole('heading', { level: 1, name: conference!.name }).waitFor();

    // Its themes head the programme, in order.
    const themeHeadings = await page.getByTestId('event-theme').locator('h2').allInnerTexts();
    for (const [index, theme] of conference!.themes.entries()) {
      expect(themeHeadings[index]).toContain(theme.title);
    }

    // A presented practice and pattern, each as a card in its session, linking to its page.
    for (const { session, item } of [practice!, pattern!]) {
      const sessionCard = page.getByRole('article', { name: session, exact: true });
      const card = sessionCard.locator(
        `[data-testid="library-item"][data-kind="${item.__typename}"][data-slug="${item.slug}"]`,
      );
      await card.waitFor();
      const href =
        item.__typename === 'Practice'
          ? `/practices/${item.slug}`
          : `/misuse-patterns/${item.slug}`;
      await expect(card.getByRole('link', { name: item.title }).getAttribute('href')).resolves.toBe(
        href,
      );
    }

    // From the practice's page, back to where it was presented.
    await page
      .getByRole('article', { name: practice!.session, exact: true })
      .locator(`[data-slug="${practice!.item.slug}"]`)
      .getByRole('link', { name: practice!.item.title })
      .click();
    await page.waitForURL(`**/practices/${practice!.item.slug}`);
    const presentedAt = page.getByTestId('presented-at');
    await presentedAt
      .getByTestId('presentation')
      .filter({ hasText: `${conference!.name} — ${practice!.session}` })
      .waitFor();
    // A visitor may not mark anything.
    expect(await presentedAt.getByRole('button').count()).toBe(0);
  });

  it('lets a moderator create a collection, add and reorder items with a note; a visitor sees them in order', async () => {
    const { practices, misusePatterns } = await gql<{
      practices: { nodes: { id: string; slug: string; title: string }[] };
      misusePatterns: { nodes: { id: string; slug: string; title: string }[] };
    }>(
      '{ practices(first: 2, orderBy: TITLE) { nodes { id slug title } } misusePatterns(first: 1, orderBy: TITLE) { nodes { id slug title } } }',
    );
    const [first, second] = practices.nodes;
    const [pattern] = misusePatterns.nodes;
    expect(first && second && pattern).toBeTruthy();

    const moderator = await people.signIn('moderator@example.org');
    const { page } = moderator;

    await page.goto('/collections');
    await page.getByRole('heading', { level: 1, name: 'Collections' }).waitFor();
    await page.getByRole('link', { name: 'New collection' }).click();
    await page.waitForURL('**/collections/new');
    const title = `Tools against online recruitment ${run}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page
      .getByLabel(/^Introduction/)
      .fill(
        'Practices that **counter** recruitment online.\n\n<script>window.__pwned = 1</script>',
      );
    await page.getByRole('button', { name: 'Create collection' }).click();
    await page.waitForURL(/\/collections\/tools-against-online-recruitment-\d+\/edit$/);
    const slug = new URL(page.url()).pathname.split('/')[2];
    await page.getByTestId('flash').getByText('Collection created.', { exact: false }).waitFor();

    // Add two practices and a pattern, found by their titles.
    const search = page.getByLabel('Find a practice or pattern');
    for (const item of [first, second, pattern]) {
      await search.fill(item.title);
      await page
        .getByTestId('item-search-results')
        .getByRole('button', { name: `Add ${item.title}`, exact: true })
        .click();
      await page
        .getByTestId('draft-item')
        .filter({ has: page.getByRole('link', { name: item.title, exact: true }) })
        .waitFor();
    }
    const editorTitles = () =>
      page.getByTestId('draft-item').locator('.item__title a').allInnerTexts();
    await expect(editorTitles()).resolves.toEqual([first.title, second.title, pattern.title]);

    // The pattern first, the second practice before the first; a note on the pattern.
    await page.getByRole('button', { name: `Move ${pattern.title} up`, exact: true }).click();
    await page.getByRole('button', { name: `Move ${pattern.title} up`, exact: true }).click();
    await page.getByRole('button', { name: `Move ${second.title} up`, exact: true }).click();
    await expect(editorTitles()).resolves.toEqual([pattern.title, second.title, first.title]);
    await page
      .getByLabel(`Note on ${pattern.title}`, { exact: false })
      .fill('The pattern these practices answer.');
    await page.getByRole('button', { name: 'Save the list' }).click();
    await page
      .getByTestId('items-saved')
      .getByText('The list of 3 items has been saved.')
      .waitFor();

    // The API keeps that order.
    const { collection } = await gql<{
      collection: { items: { nodes: { note: string; item: LibraryItem }[] } };
    }>(
      `query ($slug: String!) { collection(slug: $slug) { items(first: 10) { nodes { note item { ${ITEM} } } } } }`,
      {
        slug,
      },
    );
    expect(collection.items.nodes.map((n) => n.item.title)).toEqual([
      pattern.title,
      second.title,
      first.title,
    ]);

    // A visitor finds it in the list and sees the items in that order, with the note.
    const visitor = await people.newPerson();
    await visitor.page.goto('/');
    await visitor.page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('link', { name: 'Collections' })
      .click();
    await visitor.page.getByRole('link', { name: title }).click();
    await visitor.page.waitForURL(`**/collections/${slug}`);
    await visitor.page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await visitor.page.locator('.prose strong').innerText()).toBe('counter');
    expect(await visitor.page.locator('main script').count()).toBe(0);
    const items = visitor.page.getByTestId('collection-item');
    await items.nth(2).waitFor();
    await expect(items.locator('h3').allInnerTexts()).resolves.toEqual([
      pattern.title,
      second.title,
      first.title,
    ]);
    await expect(items.nth(0).getByTestId('collection-note').innerText()).resolves.toBe(
      'The pattern these practices answer.',
    );
    await expect(
      items.nth(0).getByRole('link', { name: pattern.title }).getAttribute('href'),
    ).resolves.toBe(`/misuse-patterns/${pattern.slug}`);
    expect(await visitor.page.getByRole('link', { name: 'Edit collection' }).count()).toBe(0);
  });

  it('lets an editor mark their practice as presented at a session of the conference, and remove the mark', async () => {
    const editor = await people.signIn('editor@example.org');
    const { request } = editor.context;
    const { viewer } = await gqlAs<{ viewer: { memberships: { organization: { id: string } }[] } }>(
      request,
      '{ viewer { memberships { organization { id } } } }',
    );
    const { practices } = await gqlAs<{
      practices: {
        nodes: {
          id: string;
          slug: string;
          title: string;
          viewerCanEdit: boolean;
          presentations: { session: { id: string } }[];
        }[];
      };
    }>(
      request,
      'query ($ids: [ID!]) { practices(first: 10, filter: { organizationIds: $ids }) { nodes { id slug title viewerCanEdit presentations { session { id } } } } }',
      { ids: viewer.memberships.map((m) => m.organization.id) },
    );
    const practice = practices.nodes.find((p) => p.viewerCanEdit);
    expect(practice).toBeDefined();
    const { events } = await gql<{
      events: {
        nodes: {
          id: string;
          slug: string;
          name: string;
          startsOn: string;
          sessions: { id: string; title: string }[];
        }[];
      };
    }>('{ events(first: 20) { nodes { id slug name startsOn sessions { id title } } } }');
    const conference = events.nodes.find((e) => e.startsOn.startsWith('2019'))!;
    const already = new Set(practice!.presentations.map((p) => p.session.id));
    const session = conference.sessions.find((s) => !already.has(s.id));
    expect(session).toBeDefined();

    const { page } = editor;
    await page.goto(`/practices/${practice!.slug}`);
    const section = page.getByTestId('presented-at');
    await section.getByRole('button', { name: 'Mark as presented at an event' }).click();
    await section.getByLabel('Event', { exact: true }).selectOption(conference.id);
    await section.getByLabel('Session', { exact: true }).selectOption(session!.id);
    await section.getByRole('button', { name: 'Mark as presented', exact: true }).click();
    const entry = section
      .getByTestId('presentation')
      .filter({ hasText: `${conference.name} — ${session!.title}` });
    await entry.waitFor();

    // A visitor sees it in that session on the event page.
    const visitor = await people.newPerson();
    await visitor.page.goto(`/events/${conference.slug}`);
    await visitor.page
      .getByRole('article', { name: session!.title, exact: true })
      .locator(`[data-testid="library-item"][data-kind="Practice"][data-slug="${practice!.slug}"]`)
      .waitFor();

    // The editor removes the mark again: gone for everyone.
    await entry
      .getByRole('button', { name: `Remove the mark for ${conference.name} — ${session!.title}` })
      .click();
    await section.getByRole('button', { name: 'Yes, remove' }).click();
    await entry.waitFor({ state: 'detached' });
    const after = await gql<{ practice: { presentations: { session: { id: string } }[] } }>(
      'query ($slug: String!) { practice(slug: $slug) { presentations { session { id } } } }',
      { slug: practice!.slug },
    );
    expect(after.practice.presentations.map((p) => p.session.id)).not.toContain(session!.id);
  });
});
