import { PracticeRevision } from '../src/practices/practice.entity';
import {
  createOrganization,
  createOrganizationWithEditor,
  createPracticeRow,
  createUser,
  databaseFingerprint,
} from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

const INPUT = {
  title: 'Job-offer checker for seasonal workers',
  summary:
    'A chatbot that checks job offers abroad against known recruitment-fraud patterns before people travel.',
  body: '## Problem\nFake offers.\n\n## Approach\nA chatbot.',
  focusAreas: ['PREVENTION'],
  technologies: ['HOTLINE_CHATBOT_AND_MESSAGING'],
  countries: ['MD', 'RO'],
  status: 'PILOT',
  evidenceLevel: 'MONITORING_DATA',
  survivorInvolvement: 'CONSULTED',
};
const CREATE = `mutation($o: ID!, $i: PracticeInput!) { createPractice(organizationId: $o, input: $i) { id slug state title } }`;
const UPDATE = `mutation($id: ID!, $i: PracticeInput!) { updatePractice(id: $id, input: $i) { id title revisions { number changedFields } } }`;

describe('practices', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('goes from draft to published with revisions, and is invisible to others while a draft', async () => {
    const { org, editor } = await createOrganizationWithEditor(t.db);
    const created = await t.gql<any>(CREATE, { o: org.globalId, i: INPUT }, editor.session);
    expect(created.data.createPractice).toMatchObject({
      state: 'DRAFT',
      slug: 'job-offer-checker-for-seasonal-workers',
    });
    const { id, slug } = created.data.createPractice;

    const stranger = await createUser(t.db);
    expect(
      (
        await t.gql<any>(
          `query($s: String!) { practice(slug: $s) { id } }`,
          { s: slug },
          stranger.session,
        )
      ).data.practice,
    ).toBeNull();
    expect(
      (await t.gql<any>(`query($s: String!) { practice(slug: $s) { id } }`, { s: slug })).data
        .practice,
    ).toBeNull();

    const published = await t.gql<any>(
      `mutation($id: ID!) { publishPractice(id: $id) { state publishedAt revisions { number changedFields } } }`,
      { id },
      editor.session,
    );
    expect(published.data.publishPractice).toMatchObject({
      state: 'PUBLISHED',
      revisions: [{ number: 1, changedFields: ['state'] }],
    });

    const updated = await t.gql<any>(
      UPDATE,
      { id, i: { ...INPUT, summary: `${INPUT.summary} Now with results.`, status: 'ACTIVE' } },
      editor.session,
    );
    expect(updated.data.updatePractice.revisions[0]).toEqual({
      number: 2,
      changedFields: ['summary', 'status'],
    });
    const rev = await t.db.getRepository(PracticeRevision).findOneByOrFail({ number: 2 });
    expect(rev.snapshot).toMatchObject({ status: 'ACTIVE' });

    const visitor = await t.gql<any>(
      `query($s: String!) { practice(slug: $s) { title contact viewCount organization { slug } } }`,
      { s: slug },
    );
    expect(visitor.data.practice).toMatchObject({
      title: INPUT.title,
      contact: null,
      organization: { slug: org.slug },
    });
  });

  it.each([
    [{ ...INPUT, focusAreas: [] }, 'BAD_USER_INPUT'],
    [{ ...INPUT, countries: ['ZZ'] }, 'BAD_USER_INPUT'],
    [{ ...INPUT, summary: 'x'.repeat(501) }, 'BAD_USER_INPUT'],
    [{ ...INPUT, technologies: ['TELEPATHY'] }, 'BAD_USER_INPUT'],
  ])('rejects bad input with a typed error and changes nothing (%#)', async (input, code) => {
    const { org, editor } = await createOrganizationWithEditor(t.db);
    const before = await databaseFingerprint(t.db);
    const res = await t.gql(CREATE, { o: org.globalId, i: input }, editor.session);
    expect(res.errors![0].extensions!.code).toBe(code);
    expect(await databaseFingerprint(t.db)).toBe(before);
  });

  it('refuses edits from another organization and publishing someone else’s draft, changing nothing', async () => {
    const { org } = await createOrganizationWithEditor(t.db);
    const draft = await createPracticeRow(t.db, org.id, { state: 'DRAFT', publishedAt: null });
    const published = await createPracticeRow(t.db, org.id);
    const { editor: other } = await createOrganizationWithEditor(t.db);
    const before = await databaseFingerprint(t.db);
    const edit = await t.gql(UPDATE, { id: published.globalId, i: INPUT }, other.session);
    expect(edit.errors![0].extensions!.code).toBe('FORBIDDEN');
    const publish = await t.gql(
      `mutation($id: ID!) { publishPractice(id: $id) { id } }`,
      { id: draft.globalId },
      other.session,
    );
    expect(publish.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await databaseFingerprint(t.db)).toBe(before);
  });

  it('enforces visibility in the list, the page, counts and stats', async () => {
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const tag = 'Visibility-probe';
    await createPracticeRow(t.db, owner.id, { title: `${tag} public`, visibility: 'PUBLIC' });
    const members = await createPracticeRow(t.db, owner.id, {
      title: `${tag} members`,
      visibility: 'MEMBERS',
    });
    const restricted = await createPracticeRow(t.db, owner.id, {
      title: `${tag} police`,
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
    });
    const q = `query($q: String) { practices(filter: { query: $q }) { totalCount nodes { title } } practiceStats { total } }`;
    const seen = async (headers?: Record<string, string>) => {
      const res = await t.gql<any>(q, { q: tag }, headers);
      return res.data.practices.nodes
        .map((n: { title: string }) => n.title.replace(`${tag} `, ''))
        .sort();
    };
    expect(await seen()).toEqual(['public']);
    const police = await createOrganizationWithEditor(t.db, { stakeholderType: 'GOVERNMENT' });
    expect(await seen(police.editor.session)).toEqual(['members', 'police', 'public']);
    const ngo = await createOrganizationWithEditor(t.db, { stakeholderType: 'CIVIL_SOCIETY' });
    expect(await seen(ngo.editor.session)).toEqual(['members', 'public']);
    const unverified = await createOrganizationWithEditor(t.db, {
      stakeholderType: 'GOVERNMENT',
      verified: false,
    });
    expect(await seen(unverified.editor.session)).toEqual(['public']);

    // The page and the stats agree with the list.
    expect(
      (await t.gql<any>(`query($s: String!) { practice(slug: $s) { id } }`, { s: members.slug }))
        .data.practice,
    ).toBeNull();
    expect(
      (
        await t.gql<any>(
          `query($s: String!) { practice(slug: $s) { id } }`,
          { s: restricted.slug },
          ngo.editor.session,
        )
      ).data.practice,
    ).toBeNull();
    const anonymousTotal = (
      await t.gql<any>(`{ practiceStats { total } practices { totalCount } }`)
    ).data;
    expect(anonymousTotal.practiceStats.total).toBe(anonymousTotal.practices.totalCount);
  });

  it('shows similar practices while writing, to avoid duplicates', async () => {
    const { org } = await createOrganizationWithEditor(t.db);
    await createPracticeRow(t.db, org.id, {
      title: 'Chatbot that checks job offers abroad',
      summary: 'Checks job offers against fraud patterns for migrant workers.',
    });
    const res = await t.gql<any>(
      `query { similarPractices(title: "Job offers checking chatbot", summary: "checks offers of jobs abroad for fraud") { title } }`,
    );
    expect(res.data.similarPractices.map((p: { title: string }) => p.title)).toContain(
      'Chatbot that checks job offers abroad',
    );
  });

  it('lets members of other organizations endorse, counting per practice; not the owner', async () => {
    const { org, editor } = await createOrganizationWithEditor(t.db);
    const practice = await createPracticeRow(t.db, org.id);
    const other = await createOrganizationWithEditor(t.db);
    const q = `mutation($id: ID!, $o: ID!) { endorsePractice(id: $id, organizationId: $o, kind: REPLICATED, comment: "Works for us") { endorsementCount endorsements { kind organization { slug } } } }`;
    const own = await t.gql(q, { id: practice.globalId, o: org.globalId }, editor.session);
    expect(own.errors![0].extensions!.code).toBe('FORBIDDEN');
    const ok = await t.gql<any>(
      q,
      { id: practice.globalId, o: other.org.globalId },
      other.editor.session,
    );
    expect(ok.data.endorsePractice).toMatchObject({
      endorsementCount: 1,
      endorsements: [{ kind: 'REPLICATED', organization: { slug: other.org.slug } }],
    });
    const bm = await t.gql<any>(
      `mutation($id: ID!) { bookmarkPractice(id: $id) { bookmarkCount viewerHasBookmarked } }`,
      { id: practice.globalId },
      other.editor.session,
    );
    expect(bm.data.bookmarkPractice).toEqual({ bookmarkCount: 1, viewerHasBookmarked: true });
  });

  it('lets a moderator unpublish with a reason only the owners see', async () => {
    const { org, editor } = await createOrganizationWithEditor(t.db);
    const practice = await createPracticeRow(t.db, org.id);
    const moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
    const res = await t.gql<any>(
      `mutation($id: ID!) { unpublishPractice(id: $id, reason: "Contains a victim's initials") { state } }`,
      { id: practice.globalId },
      moderator.session,
    );
    expect(res.data.unpublishPractice.state).toBe('DRAFT');
    const asOwner = await t.gql<any>(
      `query($s: String!) { practice(slug: $s) { moderationNote } }`,
      { s: practice.slug },
      editor.session,
    );
    expect(asOwner.data.practice.moderationNote).toBe("Contains a victim's initials");
  });
});
