import { fromGlobalId, toGlobalId } from '../src/common/relay/global-id';
import { MisusePattern } from '../src/misuse-patterns/misuse-pattern.entity';
import {
  addMember,
  createCountermeasureRow,
  createOrganization,
  createOrganizationWithEditor,
  createPatternRow,
  createPracticeRow,
  createUser,
  databaseFingerprint,
} from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';
import { countStatements } from './utils/waiting';

const INPUT = {
  title: 'Fake modelling agencies on social media',
  summary:
    'Recruiters pose as modelling agencies on social media and move talks to encrypted messaging apps.',
  description: '## How it works\nA profile with stock photos offers paid shoots abroad.',
  stages: ['RECRUITMENT', 'MOVEMENT'],
  technologies: ['SOCIAL_MEDIA', 'MESSAGING_AND_ENCRYPTED_APPS'],
  formsOfExploitation: ['SEXUAL_EXPLOITATION'],
  indicators: [
    'Offer of unrealistic pay for a first shoot',
    'Insists on moving to an encrypted app',
  ],
  regions: ['SOUTH_EASTERN_EUROPE'],
  trend: 'ESTABLISHED',
  sources: [{ label: 'OSCE report', url: 'https://www.osce.org/cthb' }],
};
const FIELDS = `id slug state title summary description stages technologies formsOfExploitation indicators regions trend sources { label url } visibility visibleTo publishedAt`;
const CREATE = `mutation($o: ID!, $i: MisusePatternInput!) { createMisusePattern(organizationId: $o, input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: MisusePatternInput!) { updateMisusePattern(id: $id, input: $i) { ${FIELDS} } }`;
const PAGE = `query($s: String!) { misusePattern(slug: $s) { id title state moderationNote viewerCanEdit organization { slug } } }`;
const LIST = `query($f: MisusePatternFilter, $o: MisusePatternOrder) { misusePatterns(first: 100, filter: $f, orderBy: $o) { totalCount nodes { title } } }`;
const lifecycle = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { state publishedAt } }`;

describe('misuse patterns', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  const page = async (slug: string, headers?: Record<string, string>) =>
    (await t.gql<any>(PAGE, { s: slug }, headers)).data.misusePattern;
  const titles = async (
    filter: Record<string, unknown>,
    headers?: Record<string, string>,
    order?: string,
  ) => {
    const res = await t.gql<any>(LIST, { f: filter, o: order }, headers);
    expect(res.errors).toBeUndefined();
    return res.data.misusePatterns.nodes.map((n: { title: string }) => n.title);
  };

  it('goes from draft to published to archived, invisible to others while a draft, with a unique slug', async () => {
    const { org, editor } = await createOrganizationWithEditor(t.db);
    const created = await t.gql<any>(CREATE, { o: org.globalId, i: INPUT }, editor.session);
    expect(created.errors).toBeUndefined();
    expect(created.data.createMisusePattern).toMatchObject({
      ...INPUT,
      state: 'DRAFT',
      slug: 'fake-modelling-agencies-on-social-media',
      visibility: 'PUBLIC',
      visibleTo: [],
      publishedAt: null,
    });
    const { id, slug } = created.data.createMisusePattern;
    const again = await t.gql<any>(CREATE, { o: org.globalId, i: INPUT }, editor.session);
    expect(again.data.createMisusePattern.slug).toBe('fake-modelling-agencies-on-social-media-2');

    const stranger = await createUser(t.db);
    expect(await page(slug)).toBeNull();
    expect(await page(slug, stranger.session)).toBeNull();
    expect(await page(slug, editor.session)).toMatchObject({
      state: 'DRAFT',
      viewerCanEdit: true,
      organization: { slug: org.slug },
    });

    const published = await t.gql<any>(lifecycle('publishMisusePattern'), { id }, editor.session);
    expect(published.data.publishMisusePattern).toMatchObject({
      state: 'PUBLISHED',
      publishedAt: expect.any(String),
    });
    expect(await page(slug)).toMatchObject({
      title: INPUT.title,
      viewerCanEdit: false,
      moderationNote: null,
    });
    expect(await page(slug, stranger.session)).toMatchObject({ viewerCanEdit: false });

    const updated = await t.gql<any>(
      UPDATE,
      {
        id,
        i: { ...INPUT, trend: 'DECLINING', indicators: ['Asks for a passport copy up front'] },
      },
      editor.session,
    );
    expect(updated.data.updateMisusePattern).toMatchObject({
      trend: 'DECLINING',
      indicators: ['Asks for a passport copy up front'],
      state: 'PUBLISHED',
    });

    const archived = await t.gql<any>(lifecycle('archiveMisusePattern'), { id }, editor.session);
    expect(archived.data.archiveMisusePattern.state).toBe('ARCHIVED');
    expect(await titles({ organizationIds: [org.globalId] })).toEqual([]);
    expect(await titles({ organizationIds: [org.globalId], states: ['ARCHIVED'] })).toEqual([
      INPUT.title,
    ]);
    // Once published it is never deleted (its links matter); an archived one may be published again.
    const del = await t.gql(
      `mutation($id: ID!) { deleteMisusePattern(id: $id) }`,
      { id },
      editor.session,
    );
    expect(del.errors![0].extensions!.code).toBe('CONFLICT');
    const archivedAgain = await t.gql(lifecycle('archiveMisusePattern'), { id }, editor.session);
    expect(archivedAgain.errors![0].extensions!.code).toBe('CONFLICT');
    expect(
      (await t.gql<any>(lifecycle('publishMisusePattern'), { id }, editor.session)).data
        .publishMisusePattern.state,
    ).toBe('PUBLISHED');

    const draftId = again.data.createMisusePattern.id;
    // Its editor follows the draft and someone flagged it: deleting it takes those along.
    const draftUuid = fromGlobalId(draftId)!.id;
    await t.db.query(
      `INSERT INTO watch (user_id, target_type, target_id, level) VALUES ($1, 'PATTERN', $2, 'WATCHING')`,
      [editor.id, draftUuid],
    );
    await t.db.query(
      `INSERT INTO flag (target_type, target_id, user_id, reason) VALUES ('PATTERN', $1, $2, 'OTHER')`,
      [draftUuid, editor.id],
    );
    expect(
      (
        await t.gql<any>(
          `mutation($id: ID!) { deleteMisusePattern(id: $id) }`,
          { id: draftId },
          editor.session,
        )
      ).data.deleteMisusePattern,
    ).toBe(true);
    expect(await t.db.getRepository(MisusePattern).countBy({ organizationId: org.id })).toBe(1);
    expect(
      await t.db.query(
        `SELECT 1 FROM watch WHERE target_id = $1 UNION ALL SELECT 1 FROM flag WHERE target_id = $1`,
        [draftUuid],
      ),
    ).toEqual([]);
  });

  it.each([
    ['title', { title: 'ab' }],
    ['summary', { summary: 'short' }],
    ['description', { description: 'x'.repeat(50_001) }],
    ['stages', { stages: [] }],
    ['technologies', { technologies: [] }],
    ['indicators.1', { indicators: ['Same red flag', 'same red flag'] }],
    ['sources.0.url', { sources: [{ label: 'Bad', url: 'javascript:alert(1)' }] }],
    ['visibleTo', { visibility: 'RESTRICTED', visibleTo: [] }],
  ])(
    'rejects a bad %s with a field error and changes nothing, on create and on update',
    async (field, change) => {
      const { org, editor } = await createOrganizationWithEditor(t.db);
      const existing = await createPatternRow(t.db, org.id);
      const before = await databaseFingerprint(t.db);
      const created = await t.gql(
        CREATE,
        { o: org.globalId, i: { ...INPUT, ...change } },
        editor.session,
      );
      expect(created.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: expect.arrayContaining([expect.objectContaining({ field })]),
      });
      const updated = await t.gql(
        UPDATE,
        { id: existing.globalId, i: { ...INPUT, ...change } },
        editor.session,
      );
      expect(updated.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: expect.arrayContaining([expect.objectContaining({ field })]),
      });
      expect(await databaseFingerprint(t.db)).toBe(before);
    },
  );

  it('rejects unknown codes through the GraphQL enums', async () => {
    const { org, editor } = await createOrganizationWithEditor(t.db);
    const before = await databaseFingerprint(t.db);
    const res = await t.gql(
      CREATE,
      { o: org.globalId, i: { ...INPUT, technologies: ['TELEPATHY'] } },
      editor.session,
    );
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(t.db)).toBe(before);
  });

  it('lets only editors and admins of the organization write, and tells others nothing about drafts', async () => {
    const { org } = await createOrganizationWithEditor(t.db);
    const { editor: member } = await createOrganizationWithEditor(t.db, { role: 'MEMBER' });
    await addMember(t.db, org.id, member.id, 'MEMBER');
    const { editor: otherEditor } = await createOrganizationWithEditor(t.db);
    const draft = await createPatternRow(t.db, org.id, { state: 'DRAFT', publishedAt: null });
    const published = await createPatternRow(t.db, org.id);
    const unverified = await createUser(t.db, { verified: false });
    await addMember(t.db, org.id, unverified.id, 'EDITOR');
    const before = await databaseFingerprint(t.db);

    expect(
      (await t.gql(CREATE, { o: org.globalId, i: INPUT }, member.session)).errors![0].extensions!
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(CREATE, { o: org.globalId, i: INPUT }, unverified.session)).errors![0]
        .extensions!.code,
    ).toBe('EMAIL_NOT_VERIFIED');
    expect((await t.gql(CREATE, { o: org.globalId, i: INPUT })).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await t.gql(UPDATE, { id: published.globalId, i: INPUT }, member.session)).errors![0]
        .extensions!.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(UPDATE, { id: published.globalId, i: INPUT }, otherEditor.session)).errors![0]
        .extensions!.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(lifecycle('publishMisusePattern'), { id: draft.globalId }, otherEditor.session))
        .errors![0].extensions!.code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await t.gql(
          `mutation($id: ID!) { deleteMisusePattern(id: $id) }`,
          { id: draft.globalId },
          otherEditor.session,
        )
      ).errors![0].extensions!.code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await t.gql(
          lifecycle('archiveMisusePattern'),
          { id: toGlobalId('Practice', published.id) },
          otherEditor.session,
        )
      ).errors![0].extensions!.code,
    ).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(t.db)).toBe(before);
    // A member sees the draft (but may not edit it).
    expect(await page(draft.slug, member.session)).toMatchObject({
      state: 'DRAFT',
      viewerCanEdit: false,
    });
  });

  it('enforces visibility on the list, the page and node(id) for every kind of viewer', async () => {
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const tag = 'Visibility-probe';
    const make = (name: string, options: Partial<MisusePattern>) =>
      createPatternRow(t.db, owner.id, { title: `${tag} ${name}`, ...options });
    const open = await make('public', {});
    const members = await make('members', { visibility: 'MEMBERS' });
    const police = await make('police', { visibility: 'RESTRICTED', visibleTo: ['GOVERNMENT'] });
    const draft = await make('draft', { state: 'DRAFT', publishedAt: null });
    const ownerEditor = await createUser(t.db);
    await addMember(t.db, owner.id, ownerEditor.id, 'EDITOR');
    const moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
    const gov = await createOrganizationWithEditor(t.db, { stakeholderType: 'GOVERNMENT' });
    const ngo = await createOrganizationWithEditor(t.db, { stakeholderType: 'CIVIL_SOCIETY' });
    const unverifiedGov = await createOrganizationWithEditor(t.db, {
      stakeholderType: 'GOVERNMENT',
      verified: false,
    });

    const seen = async (headers?: Record<string, string>) =>
      (await titles({ query: tag, states: ['DRAFT', 'PUBLISHED'] }, headers))
        .map((title: string) => title.replace(`${tag} `, ''))
        .sort();
    expect(await seen()).toEqual(['public']);
    expect(await seen(unverifiedGov.editor.session)).toEqual(['public']);
    expect(await seen(ngo.editor.session)).toEqual(['members', 'public']);
    expect(await seen(gov.editor.session)).toEqual(['members', 'police', 'public']);
    expect(await seen(moderator.session)).toEqual(['members', 'police', 'public']);
    expect(await seen(ownerEditor.session)).toEqual(['draft', 'members', 'police', 'public']);

    expect(await page(members.slug)).toBeNull();
    expect(await page(police.slug, ngo.editor.session)).toBeNull();
    expect(await page(police.slug, gov.editor.session)).toMatchObject({ title: `${tag} police` });
    expect(await page(draft.slug, moderator.session)).toBeNull();
    const node = async (id: string, headers?: Record<string, string>) =>
      (
        await t.gql<any>(
          `query($id: ID!) { node(id: $id) { __typename id ... on MisusePattern { title } } }`,
          { id },
          headers,
        )
      ).data.node;
    expect(await node(open.globalId)).toEqual({
      __typename: 'MisusePattern',
      id: open.globalId,
      title: `${tag} public`,
    });
    expect(await node(police.globalId)).toBeNull();
    expect(await node(police.globalId, ngo.editor.session)).toBeNull();
    expect(await node(police.globalId, gov.editor.session)).toMatchObject({
      __typename: 'MisusePattern',
    });
    expect(await node(draft.globalId, gov.editor.session)).toBeNull();
  });

  it('filters by words, taxonomies, regions, trends, organization and gaps, and orders', async () => {
    const org = await createOrganization(t.db);
    const other = await createOrganization(t.db);
    const day = (n: number) => new Date(Date.UTC(2024, 0, n));
    const a = await createPatternRow(t.db, org.id, {
      title: 'Filter Alpha deepfake sextortion',
      stages: ['CONTROL_AND_EXPLOITATION'],
      technologies: ['GENERATIVE_AI_AND_DEEPFAKES'],
      formsOfExploitation: ['SEXUAL_EXPLOITATION'],
      regions: ['WESTERN_EUROPE'],
      trend: 'EMERGING',
      publishedAt: day(3),
    });
    const b = await createPatternRow(t.db, org.id, {
      title: 'Filter Bravo crypto laundering',
      stages: ['FINANCIAL_FLOWS'],
      technologies: ['CRYPTOCURRENCIES'],
      formsOfExploitation: ['FORCED_CRIMINALITY'],
      regions: ['CENTRAL_ASIA'],
      trend: 'ESTABLISHED',
      publishedAt: day(2),
    });
    await createPatternRow(t.db, other.id, {
      title: 'Filter Charlie job board lures',
      stages: ['RECRUITMENT'],
      technologies: ['ONLINE_CLASSIFIEDS_AND_JOB_BOARDS'],
      formsOfExploitation: ['FORCED_LABOUR'],
      regions: ['WESTERN_EUROPE'],
      trend: 'DECLINING',
      publishedAt: day(1),
    });
    const practices = await Promise.all([1, 2, 3].map(() => createPracticeRow(t.db, other.id)));
    const hidden = await createPracticeRow(t.db, other.id, { visibility: 'MEMBERS' });
    for (const p of practices.slice(0, 2)) await createCountermeasureRow(t.db, p.id, a.id);
    await createCountermeasureRow(t.db, practices[2].id, b.id);
    // A countermeasure by a practice a visitor may not see does not count for the visitor.
    await createCountermeasureRow(t.db, hidden.id, b.id);

    const q = { query: 'Filter' };
    expect(await titles({ ...q, query: 'deepfake' })).toEqual(['Filter Alpha deepfake sextortion']);
    expect(
      await titles({ ...q, stages: ['FINANCIAL_FLOWS', 'RECRUITMENT'] }, undefined, 'TITLE'),
    ).toEqual(['Filter Bravo crypto laundering', 'Filter Charlie job board lures']);
    expect(await titles({ ...q, technologies: ['GENERATIVE_AI_AND_DEEPFAKES'] })).toEqual([
      'Filter Alpha deepfake sextortion',
    ]);
    expect(await titles({ ...q, formsOfExploitation: ['FORCED_LABOUR'] })).toEqual([
      'Filter Charlie job board lures',
    ]);
    expect(await titles({ ...q, regions: ['WESTERN_EUROPE'] }, undefined, 'TITLE')).toEqual([
      'Filter Alpha deepfake sextortion',
      'Filter Charlie job board lures',
    ]);
    expect(
      await titles({ ...q, trends: ['ESTABLISHED', 'DECLINING'] }, undefined, 'TITLE'),
    ).toEqual(['Filter Bravo crypto laundering', 'Filter Charlie job board lures']);
    expect(await titles({ ...q, organizationIds: [other.globalId] })).toEqual([
      'Filter Charlie job board lures',
    ]);
    expect(await titles(q, undefined, 'NEWEST')).toEqual([
      'Filter Alpha deepfake sextortion',
      'Filter Bravo crypto laundering',
      'Filter Charlie job board lures',
    ]);
    expect(await titles({ ...q, maxCountermeasures: 0 })).toEqual([
      'Filter Charlie job board lures',
    ]);
    expect(await titles({ ...q, maxCountermeasures: 1 })).toEqual([
      'Filter Bravo crypto laundering',
      'Filter Charlie job board lures',
    ]);
    expect(await titles(q, undefined, 'FEWEST_COUNTERMEASURES')).toEqual([
      'Filter Charlie job board lures',
      'Filter Bravo crypto laundering',
      'Filter Alpha deepfake sextortion',
    ]);

    // A member of a verified organization also sees the members-only practice's link on Bravo.
    const { editor: member } = await createOrganizationWithEditor(t.db);
    expect(await titles({ ...q, maxCountermeasures: 1 }, member.session)).toEqual([
      'Filter Charlie job board lures',
    ]);
    expect(await titles(q, member.session, 'FEWEST_COUNTERMEASURES')).toEqual([
      'Filter Charlie job board lures',
      'Filter Alpha deepfake sextortion',
      'Filter Bravo crypto laundering',
    ]);
    const bad = await t.gql(LIST, { f: { maxCountermeasures: -1 } });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('lets a moderator unpublish with a reason only the owners and moderators see, audited and notified', async () => {
    const { org, editor } = await createOrganizationWithEditor(t.db);
    const pattern = await createPatternRow(t.db, org.id);
    const moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
    const reason = 'Describes a victim in identifying detail';
    const unpublish = `mutation($id: ID!, $r: String!) { unpublishMisusePattern(id: $id, reason: $r) { state } }`;
    expect(
      (await t.gql(unpublish, { id: pattern.globalId, r: reason }, editor.session)).errors![0]
        .extensions!.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(unpublish, { id: pattern.globalId, r: 'no' }, moderator.session)).errors![0]
        .extensions!.code,
    ).toBe('BAD_USER_INPUT');
    const res = await t.gql<any>(unpublish, { id: pattern.globalId, r: reason }, moderator.session);
    expect(res.data.unpublishMisusePattern.state).toBe('DRAFT');
    expect((await page(pattern.slug, editor.session)).moderationNote).toBe(reason);
    expect(await page(pattern.slug)).toBeNull();
    // A second member of the organization (no editor) sees the note too; moderators see it on the node.
    const member = await createUser(t.db);
    await addMember(t.db, org.id, member.id, 'MEMBER');
    expect((await page(pattern.slug, member.session)).moderationNote).toBe(reason);
    const [audit] = await t.db.query(
      `SELECT action, actor_id, details FROM audit_event WHERE subject_id = $1`,
      [pattern.id],
    );
    expect(audit).toEqual({
      action: 'misuse_pattern.unpublished',
      actor_id: moderator.id,
      details: { reason },
    });
    const notes = await t.db.query(
      `SELECT user_id, kind, misuse_pattern_id FROM notification WHERE misuse_pattern_id = $1`,
      [pattern.id],
    );
    expect(notes).toEqual([
      { user_id: editor.id, kind: 'MODERATION', misuse_pattern_id: pattern.id },
    ]);
    // Publishing again clears the note.
    await t.gql(lifecycle('publishMisusePattern'), { id: pattern.globalId }, editor.session);
    expect((await page(pattern.slug, editor.session)).moderationNote).toBeNull();
  });

  it('costs the same number of SQL statements for a page of 50 patterns with countermeasures as for 5', async () => {
    const orgs = await Promise.all(
      Array.from({ length: 4 }, () => createOrganization(t.db, { verifiedAt: new Date() })),
    );
    const practices = await Promise.all(orgs.map((o) => createPracticeRow(t.db, o.id)));
    for (let i = 0; i < 60; i++) {
      const p = await createPatternRow(t.db, orgs[i % 4].id, {
        title: `Loader pattern ${String(i).padStart(2, '0')}`,
      });
      await createCountermeasureRow(t.db, practices[i % 4].id, p.id);
      await createCountermeasureRow(t.db, practices[(i + 1) % 4].id, p.id, {
        approach: 'PREVENTS',
      });
    }
    const viewer = await createUser(t.db);
    await addMember(t.db, orgs[0].id, viewer.id, 'EDITOR');
    const query = `query($first: Int!) { misusePatterns(first: $first, orderBy: TITLE, filter: { query: "Loader pattern" }) { nodes {
      title viewerCanEdit moderationNote countermeasureCount organization { name }
      countermeasures(first: 5) { totalCount nodes { approach viewerCanEdit proposedBy { displayName } practice { title organization { name } } pattern { title } } }
    } } }`;
    for (const headers of [{}, viewer.session]) {
      await t.gql(query, { first: 1 }, headers);
      const small = await countStatements(t.db, async () => {
        const res = await t.gql<any>(query, { first: 5 }, headers);
        expect(res.data.misusePatterns.nodes).toHaveLength(5);
      });
      const large = await countStatements(t.db, async () => {
        const res = await t.gql<any>(query, { first: 50 }, headers);
        expect(res.data.misusePatterns.nodes).toHaveLength(50);
        expect(res.data.misusePatterns.nodes[49]).toMatchObject({
          countermeasureCount: 2,
          countermeasures: { totalCount: 2 },
        });
      });
      expect(large).toBe(small);
      expect(small).toBeLessThan(20);
    }
  });
});
