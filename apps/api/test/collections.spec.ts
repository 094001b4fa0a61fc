import { CollectionItem } from '../src/events/event.entity';
import { fromGlobalId, toGlobalId } from '../src/common/relay/global-id';
import {
  addMember,
  createOrganization,
  createPatternRow,
  createPracticeRow,
  createUser,
  databaseFingerprint,
} from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

const CREATE = `mutation($i: CollectionInput!) { createCollection(input: $i) { id slug title introduction viewerCanEdit curator { displayName } } }`;
const SET_ITEMS = `mutation($id: ID!, $items: [CollectionItemInput!]!) { setCollectionItems(id: $id, items: $items) { itemCount } }`;
const PAGE = `query($s: String!, $first: Int, $after: String) {
  collection(slug: $s) {
    title itemCount
    items(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { position note item { __typename ... on Practice { slug } ... on MisusePattern { slug } } }
    }
  }
}`;

type Page = {
  collection: {
    itemCount: number;
    items: {
      totalCount: number;
      nodes: { position: number; note: string; item: { __typename: string; slug: string } }[];
    };
  };
};

describe('collections', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  async function world() {
    const mod = await createUser(t.db, { platformRole: 'MODERATOR', displayName: 'Curator Carla' });
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const practiceA = await createPracticeRow(t.db, owner.id, {
      title: 'Transaction monitoring typologies',
    });
    const practiceB = await createPracticeRow(t.db, owner.id, {
      title: 'Bank staff awareness training',
    });
    const pattern = await createPatternRow(t.db, owner.id, {
      title: 'Funnel accounts for exploitation proceeds',
    });
    const restricted = await createPatternRow(t.db, owner.id, {
      title: 'Sensitive laundering route',
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
    });
    const created = await t.gql<any>(
      CREATE,
      { i: { title: 'Tools for the financial sector', introduction: 'What banks can use.' } },
      mod.session,
    );
    return {
      mod,
      owner,
      practiceA,
      practiceB,
      pattern,
      restricted,
      collection: created.data.createCollection,
    };
  }

  const slugsOf = (page: Page) => page.collection.items.nodes.map((n) => n.item.slug);

  it('lets moderators create a collection and set its ordered items, mixing practices and patterns', async () => {
    const { mod, practiceA, practiceB, pattern, collection } = await world();
    expect(collection).toMatchObject({
      slug: expect.stringMatching(/^tools-for-the-financial-sector/),
      introduction: 'What banks can use.',
      viewerCanEdit: true,
      curator: { displayName: 'Curator Carla' },
    });
    const set = await t.gql<any>(
      SET_ITEMS,
      {
        id: collection.id,
        items: [
          { itemId: pattern.globalId, note: 'The problem first.' },
          { itemId: practiceB.globalId },
          { itemId: practiceA.globalId, note: 'Then the response.' },
        ],
      },
      mod.session,
    );
    expect(set.data.setCollectionItems.itemCount).toBe(3);

    const page = (await t.gql<Page>(PAGE, { s: collection.slug })).data!;
    expect(page.collection.items.nodes).toEqual([
      {
        position: 0,
        note: 'The problem first.',
        item: { __typename: 'MisusePattern', slug: pattern.slug },
      },
      { position: 1, note: '', item: { __typename: 'Practice', slug: practiceB.slug } },
      {
        position: 2,
        note: 'Then the response.',
        item: { __typename: 'Practice', slug: practiceA.slug },
      },
    ]);

    // Reordering replaces the whole list.
    await t.gql<any>(
      SET_ITEMS,
      { id: collection.id, items: [{ itemId: practiceA.globalId }, { itemId: pattern.globalId }] },
      mod.session,
    );
    const reordered = (await t.gql<Page>(PAGE, { s: collection.slug })).data!;
    expect(slugsOf(reordered)).toEqual([practiceA.slug, pattern.slug]);
    expect(
      await t.db
        .getRepository(CollectionItem)
        .countBy({ collectionId: fromGlobalId(collection.id)!.id }),
    ).toBe(2);

    // Pages follow the order.
    const first = await t.gql<any>(PAGE, { s: collection.slug, first: 1 });
    expect(first.data.collection.items).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
    });
    const second = await t.gql<any>(PAGE, {
      s: collection.slug,
      first: 1,
      after: first.data.collection.items.pageInfo.endCursor,
    });
    expect(second.data.collection.items.nodes[0].item.slug).toBe(pattern.slug);

    const listed = await t.gql<any>(
      `query { collections(first: 5) { nodes { slug itemCount viewerCanEdit } } }`,
    );
    expect(listed.data.collections.nodes).toContainEqual({
      slug: collection.slug,
      itemCount: 2,
      viewerCanEdit: false,
    });
    const node = await t.gql<any>(
      `query($id: ID!) { node(id: $id) { __typename ... on Collection { title } } }`,
      { id: collection.id },
    );
    expect(node.data.node).toEqual({
      __typename: 'Collection',
      title: 'Tools for the financial sector',
    });
  });

  it('leaves out items the viewer may not see: a restricted pattern is absent for visitors and present for verified government members (police)', async () => {
    const { mod, practiceA, pattern, restricted, collection } = await world();
    const membersOnly = await createPracticeRow(t.db, (await createOrganization(t.db)).id, {
      visibility: 'MEMBERS',
    });
    await t.gql<any>(
      SET_ITEMS,
      {
        id: collection.id,
        items: [
          { itemId: practiceA.globalId },
          { itemId: restricted.globalId },
          { itemId: membersOnly.globalId },
          { itemId: pattern.globalId },
        ],
      },
      mod.session,
    );
    const police = await createOrganization(t.db, {
      stakeholderType: 'GOVERNMENT',
      verifiedAt: new Date(),
    });
    const officer = await createUser(t.db);
    await addMember(t.db, police.id, officer.id, 'MEMBER');
    const unverifiedPolice = await createOrganization(t.db, { stakeholderType: 'GOVERNMENT' });
    const claimant = await createUser(t.db);
    await addMember(t.db, unverifiedPolice.id, claimant.id, 'MEMBER');

    const visitor = (await t.gql<Page>(PAGE, { s: collection.slug })).data!;
    expect(slugsOf(visitor)).toEqual([practiceA.slug, pattern.slug]);
    expect(visitor.collection).toMatchObject({ itemCount: 2, items: { totalCount: 2 } });
    // Positions stay those the curator chose.
    expect(visitor.collection.items.nodes.map((n) => n.position)).toEqual([0, 3]);

    const unverified = (await t.gql<Page>(PAGE, { s: collection.slug }, claimant.session)).data!;
    expect(slugsOf(unverified)).toEqual([practiceA.slug, pattern.slug]);

    const government = (await t.gql<Page>(PAGE, { s: collection.slug }, officer.session)).data!;
    expect(slugsOf(government)).toEqual([
      practiceA.slug,
      restricted.slug,
      membersOnly.slug,
      pattern.slug,
    ]);
    expect(government.collection.itemCount).toBe(4);

    const listed = await t.gql<any>(
      `query { collections(first: 100) { nodes { slug itemCount } } }`,
    );
    expect(listed.data.collections.nodes).toContainEqual({ slug: collection.slug, itemCount: 2 });
  });

  it.each([
    [
      'an unknown id',
      async () => [{ itemId: toGlobalId('Practice', '00000000-0000-4000-8000-000000000000') }],
      'items.1.itemId',
    ],
    [
      'another kind of id',
      async () => [{ itemId: toGlobalId('Organization', '00000000-0000-4000-8000-000000000000') }],
      'items.1.itemId',
    ],
    [
      'a draft',
      async () => [
        {
          itemId: (
            await createPracticeRow(t.db, (await createOrganization(t.db)).id, {
              state: 'DRAFT',
              publishedAt: null,
            })
          ).globalId,
        },
      ],
      'items.1.itemId',
    ],
    ['the same item twice', async () => [{ itemId: 'SAME' }], 'items.1.itemId'],
    ['a note too long', async () => [{ itemId: 'OTHER', note: 'x'.repeat(1001) }], 'items.1.note'],
  ])(
    'refuses items with %s, with field errors, keeping the old list',
    async (_what, extra, field) => {
      const { mod, practiceA, practiceB, collection } = await world();
      await t.gql<any>(
        SET_ITEMS,
        { id: collection.id, items: [{ itemId: practiceA.globalId }] },
        mod.session,
      );
      const additions = (await extra()).map((i) => ({
        ...i,
        itemId:
          i.itemId === 'SAME'
            ? practiceA.globalId
            : i.itemId === 'OTHER'
              ? practiceB.globalId
              : i.itemId,
      }));
      const before = await databaseFingerprint(t.db);
      const res = await t.gql<any>(
        SET_ITEMS,
        { id: collection.id, items: [{ itemId: practiceA.globalId }, ...additions] },
        mod.session,
      );
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: expect.arrayContaining([expect.objectContaining({ field })]),
      });
      expect(await databaseFingerprint(t.db)).toBe(before);
    },
  );

  it('refuses more than 200 items and an item the moderator cannot see, changing nothing', async () => {
    const { mod, practiceA, collection } = await world();
    // Someone else's draft is invisible to moderators too: no such item.
    const draft = await createPatternRow(t.db, (await createOrganization(t.db)).id, {
      state: 'DRAFT',
      publishedAt: null,
    });
    const before = await databaseFingerprint(t.db);
    const tooMany = Array.from({ length: 201 }, (_, i) => ({
      itemId: toGlobalId('Practice', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
    }));
    const res = await t.gql<any>(SET_ITEMS, { id: collection.id, items: tooMany }, mod.session);
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'items', message: expect.stringContaining('200') }],
    });
    const hidden = await t.gql<any>(
      SET_ITEMS,
      { id: collection.id, items: [{ itemId: practiceA.globalId }, { itemId: draft.globalId }] },
      mod.session,
    );
    expect(hidden.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'items.1.itemId', message: 'No such practice or pattern.' }],
    });
    expect(await databaseFingerprint(t.db)).toBe(before);
  });

  it('refuses curation by non-moderators and bad input, changing nothing', async () => {
    const { owner, practiceA, collection } = await world();
    const editor = await createUser(t.db);
    await addMember(t.db, owner.id, editor.id, 'ADMIN');
    const mod = await createUser(t.db, { platformRole: 'MODERATOR' });
    const before = await databaseFingerprint(t.db);
    for (const [query, variables] of [
      [CREATE, { i: { title: 'My own list' } }],
      [
        `mutation($id: ID!) { updateCollection(id: $id, input: { title: "Hijacked" }) { id } }`,
        { id: collection.id },
      ],
      [`mutation($id: ID!) { deleteCollection(id: $id) }`, { id: collection.id }],
      [SET_ITEMS, { id: collection.id, items: [{ itemId: practiceA.globalId }] }],
    ] as const) {
      expect((await t.gql<any>(query, variables, editor.session)).errors![0].extensions!.code).toBe(
        'FORBIDDEN',
      );
      expect((await t.gql<any>(query, variables)).errors![0].extensions!.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const short = await t.gql<any>(CREATE, { i: { title: 'ab' } }, mod.session);
    expect(short.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'title', message: expect.any(String) }],
    });
    const taken = await t.gql<any>(
      CREATE,
      { i: { title: 'Another', slug: collection.slug } },
      mod.session,
    );
    expect(taken.errors![0].extensions!.code).toBe('CONFLICT');
    const missing = await t.gql<any>(
      SET_ITEMS,
      { id: toGlobalId('Collection', '00000000-0000-4000-8000-000000000000'), items: [] },
      mod.session,
    );
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await databaseFingerprint(t.db)).toBe(before);
  });

  it('updates and deletes a collection', async () => {
    const { mod, practiceA, collection } = await world();
    await t.gql<any>(
      SET_ITEMS,
      { id: collection.id, items: [{ itemId: practiceA.globalId }] },
      mod.session,
    );
    const updated = await t.gql<any>(
      `mutation($id: ID!) { updateCollection(id: $id, input: { title: "Finance tools", slug: "finance-tools-x", introduction: "New intro" }) { slug title introduction itemCount } }`,
      { id: collection.id },
      mod.session,
    );
    expect(updated.data.updateCollection).toEqual({
      slug: 'finance-tools-x',
      title: 'Finance tools',
      introduction: 'New intro',
      itemCount: 1,
    });
    expect(
      (
        await t.gql<any>(
          `mutation($id: ID!) { deleteCollection(id: $id) }`,
          { id: collection.id },
          mod.session,
        )
      ).data.deleteCollection,
    ).toBe(true);
    expect(
      (await t.gql<any>(`query { collection(slug: "finance-tools-x") { id } }`)).data.collection,
    ).toBeNull();
    expect(
      await t.db
        .getRepository(CollectionItem)
        .countBy({ collectionId: fromGlobalId(collection.id)!.id }),
    ).toBe(0);
  });
});
