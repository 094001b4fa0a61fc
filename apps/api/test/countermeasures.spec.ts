import { Countermeasure } from '../src/misuse-patterns/misuse-pattern.entity';
import {
  addMember,
  createCountermeasureRow,
  createOrganization,
  createPatternRow,
  createPracticeRow,
  createUser,
  databaseFingerprint,
  type FixtureUser,
} from './utils/fixtures';
import { mailsTo } from './utils/mailbox';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

const LINK = `mutation($p: ID!, $m: ID!, $i: CountermeasureInput!) {
  linkCountermeasure(practiceId: $p, patternId: $m, input: $i) { id approach note viewerCanEdit proposedBy { displayName } practice { title } pattern { title } }
}`;
const UPDATE = `mutation($id: ID!, $i: CountermeasureInput!) { updateCountermeasure(id: $id, input: $i) { approach note } }`;
const UNLINK = `mutation($id: ID!) { unlinkCountermeasure(id: $id) }`;
const PATTERN_PAGE = `query($s: String!) { misusePattern(slug: $s) { countermeasureCount countermeasures { totalCount nodes { approach note practice { title } } } } }`;
const PRACTICE_PAGE = `query($s: String!) { practice(slug: $s) { countermeasures { totalCount nodes { approach pattern { title } } } } }`;

describe('countermeasures', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  /** A verified organization with an editor, a plain member, a published practice and a published pattern. */
  async function world() {
    const practiceOrg = await createOrganization(t.db, { verifiedAt: new Date() });
    const patternOrg = await createOrganization(t.db, { verifiedAt: new Date() });
    const [editor, member, patternEditor] = await Promise.all([
      createUser(t.db, { displayName: 'Practice Editor' }),
      createUser(t.db),
      createUser(t.db),
    ]);
    await addMember(t.db, practiceOrg.id, editor.id, 'EDITOR');
    await addMember(t.db, practiceOrg.id, member.id, 'MEMBER');
    await addMember(t.db, patternOrg.id, patternEditor.id, 'EDITOR');
    const practice = await createPracticeRow(t.db, practiceOrg.id, {
      title: 'Ad-screening classifier',
    });
    const pattern = await createPatternRow(t.db, patternOrg.id, {
      title: 'Coded adverts on classifieds',
    });
    return { practiceOrg, patternOrg, editor, member, patternEditor, practice, pattern };
  }
  const patternPage = async (slug: string, headers?: Record<string, string>) =>
    (await t.gql<any>(PATTERN_PAGE, { s: slug }, headers)).data.misusePattern;
  const practicePage = async (slug: string, headers?: Record<string, string>) =>
    (await t.gql<any>(PRACTICE_PAGE, { s: slug }, headers)).data.practice;

  it('lets an editor of the practice’s organization link it, shown on both pages', async () => {
    const w = await world();
    const res = await t.gql<any>(
      LINK,
      {
        p: w.practice.globalId,
        m: w.pattern.globalId,
        i: { approach: 'DETECTS', note: '  Flags coded language.  ' },
      },
      w.editor.session,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.linkCountermeasure).toMatchObject({
      approach: 'DETECTS',
      note: 'Flags coded language.',
      viewerCanEdit: true,
      proposedBy: { displayName: 'Practice Editor' },
      practice: { title: 'Ad-screening classifier' },
      pattern: { title: 'Coded adverts on classifieds' },
    });
    expect(await patternPage(w.pattern.slug)).toEqual({
      countermeasureCount: 1,
      countermeasures: {
        totalCount: 1,
        nodes: [
          {
            approach: 'DETECTS',
            note: 'Flags coded language.',
            practice: { title: 'Ad-screening classifier' },
          },
        ],
      },
    });
    expect(await practicePage(w.practice.slug)).toEqual({
      countermeasures: {
        totalCount: 1,
        nodes: [{ approach: 'DETECTS', pattern: { title: 'Coded adverts on classifieds' } }],
      },
    });
    const node = await t.gql<any>(
      `query($id: ID!) { node(id: $id) { __typename ... on Countermeasure { approach viewerCanEdit } } }`,
      { id: res.data.linkCountermeasure.id },
      w.member.session,
    );
    expect(node.data.node).toEqual({
      __typename: 'Countermeasure',
      approach: 'DETECTS',
      viewerCanEdit: false,
    });
  });

  it('refuses other people, hidden ends, duplicates and bad input, changing nothing', async () => {
    const w = await world();
    const stranger = await createUser(t.db);
    const hiddenPractice = await createPracticeRow(t.db, (await createOrganization(t.db)).id, {
      state: 'DRAFT',
      publishedAt: null,
    });
    const police = await createPatternRow(t.db, w.patternOrg.id, {
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
    });
    await createCountermeasureRow(t.db, w.practice.id, w.pattern.id);
    const fresh = await createPatternRow(t.db, w.patternOrg.id);
    const before = await databaseFingerprint(t.db);
    const link = async (
      user: FixtureUser | null,
      p: string,
      m: string,
      i: Record<string, unknown> = { approach: 'PREVENTS' },
    ) => (await t.gql(LINK, { p, m, i }, user?.session)).errors?.[0]?.extensions;

    expect(await link(null, w.practice.globalId, fresh.globalId)).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(await link(w.member, w.practice.globalId, fresh.globalId)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await link(stranger, w.practice.globalId, fresh.globalId)).toMatchObject({
      code: 'FORBIDDEN',
    });
    // Editors of the pattern's organization are not editors of the practice.
    expect(await link(w.patternEditor, w.practice.globalId, fresh.globalId)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await link(w.editor, hiddenPractice.globalId, fresh.globalId)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await link(w.editor, w.practice.globalId, police.globalId)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await link(w.editor, w.practice.globalId, w.pattern.globalId)).toMatchObject({
      code: 'CONFLICT',
    });
    expect(
      await link(w.editor, w.practice.globalId, fresh.globalId, {
        approach: 'PREVENTS',
        note: 'x'.repeat(1001),
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'note', message: expect.any(String) }],
    });
    expect(
      await link(w.editor, w.practice.globalId, fresh.globalId, { approach: 'WISHES_IT_AWAY' }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await link(w.editor, fresh.globalId, w.practice.globalId)).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await databaseFingerprint(t.db)).toBe(before);
  });

  it('lets the practice’s editors change and remove it, and moderators remove it (audited); nobody else', async () => {
    const w = await world();
    const link = await createCountermeasureRow(t.db, w.practice.id, w.pattern.id, {
      note: 'First note',
    });
    const moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
    const before = await databaseFingerprint(t.db);
    for (const user of [w.member, w.patternEditor, moderator]) {
      expect(
        (await t.gql(UPDATE, { id: link.globalId, i: { approach: 'DISRUPTS' } }, user.session))
          .errors![0].extensions!.code,
      ).toBe('FORBIDDEN');
    }
    for (const user of [w.member, w.patternEditor]) {
      expect(
        (await t.gql(UNLINK, { id: link.globalId }, user.session)).errors![0].extensions!.code,
      ).toBe('FORBIDDEN');
    }
    expect(
      (
        await t.gql(
          UPDATE,
          { id: link.globalId, i: { approach: 'DISRUPTS', note: 'y'.repeat(1001) } },
          w.editor.session,
        )
      ).errors![0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await databaseFingerprint(t.db)).toBe(before);

    const updated = await t.gql<any>(
      UPDATE,
      {
        id: link.globalId,
        i: { approach: 'SUPPORTS_VICTIMS', note: 'Refers people to shelters.' },
      },
      w.editor.session,
    );
    expect(updated.data.updateCountermeasure).toEqual({
      approach: 'SUPPORTS_VICTIMS',
      note: 'Refers people to shelters.',
    });
    expect(
      (await t.gql<any>(UNLINK, { id: link.globalId }, w.editor.session)).data.unlinkCountermeasure,
    ).toBe(true);
    expect(await t.db.getRepository(Countermeasure).countBy({ id: link.id })).toBe(0);
    expect(
      (await t.gql(UNLINK, { id: link.globalId }, w.editor.session)).errors![0].extensions!.code,
    ).toBe('NOT_FOUND');

    const second = await createCountermeasureRow(t.db, w.practice.id, w.pattern.id);
    expect(
      (await t.gql<any>(UNLINK, { id: second.globalId }, moderator.session)).data
        .unlinkCountermeasure,
    ).toBe(true);
    const audit = await t.db.query(
      `SELECT action, actor_id, details FROM audit_event WHERE subject_id = $1`,
      [second.id],
    );
    expect(audit).toEqual([
      {
        action: 'countermeasure.removed_by_moderator',
        actor_id: moderator.id,
        details: { practiceId: w.practice.id, patternId: w.pattern.id },
      },
    ]);
  });

  it('shows a link only to viewers who may see both ends, in both directions and on node(id)', async () => {
    const w = await world();
    const membersPractice = await createPracticeRow(t.db, w.practiceOrg.id, {
      title: 'Members-only helpline',
      visibility: 'MEMBERS',
    });
    const policePattern = await createPatternRow(t.db, w.patternOrg.id, {
      title: 'Police-only pattern',
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
    });
    const toMembers = await createCountermeasureRow(t.db, membersPractice.id, w.pattern.id);
    await createCountermeasureRow(t.db, w.practice.id, w.pattern.id, { approach: 'PREVENTS' });
    const toPolice = await createCountermeasureRow(t.db, w.practice.id, policePattern.id);
    const gov = await createOrganization(t.db, {
      stakeholderType: 'GOVERNMENT',
      verifiedAt: new Date(),
    });
    const officer = await createUser(t.db);
    await addMember(t.db, gov.id, officer.id, 'MEMBER');

    expect(await patternPage(w.pattern.slug)).toMatchObject({
      countermeasureCount: 1,
      countermeasures: {
        totalCount: 1,
        nodes: [{ practice: { title: 'Ad-screening classifier' } }],
      },
    });
    expect(await patternPage(w.pattern.slug, officer.session)).toMatchObject({
      countermeasureCount: 2,
    });
    expect((await practicePage(w.practice.slug)).countermeasures).toMatchObject({
      totalCount: 1,
      nodes: [{ pattern: { title: 'Coded adverts on classifieds' } }],
    });
    expect((await practicePage(w.practice.slug, w.member.session)).countermeasures.totalCount).toBe(
      1,
    );
    expect((await practicePage(w.practice.slug, officer.session)).countermeasures.totalCount).toBe(
      2,
    );

    const node = async (id: string, headers?: Record<string, string>) =>
      (await t.gql<any>(`query($id: ID!) { node(id: $id) { __typename } }`, { id }, headers)).data
        .node;
    expect(await node(toMembers.globalId)).toBeNull();
    expect(await node(toMembers.globalId, officer.session)).toEqual({
      __typename: 'Countermeasure',
    });
    expect(await node(toPolice.globalId, w.member.session)).toBeNull();
    expect(await node(toPolice.globalId, officer.session)).toEqual({
      __typename: 'Countermeasure',
    });
    // Changing a link whose other end is hidden from you reveals nothing.
    expect(
      (await t.gql(UPDATE, { id: toPolice.globalId, i: { approach: 'DETECTS' } }, w.member.session))
        .errors![0].extensions!.code,
    ).toBe('NOT_FOUND');
  });

  it('notifies the pattern’s followers who may see both ends, never the actor', async () => {
    const w = await world();
    const membersPractice = await createPracticeRow(t.db, w.practiceOrg.id, {
      title: 'Members-only helpline',
      visibility: 'MEMBERS',
    });
    const [follower, unverifiedFollower, mutedFollower, bystander] = await Promise.all([
      createUser(t.db),
      createUser(t.db),
      createUser(t.db),
      createUser(t.db),
    ]);
    // A member of a verified organization sees members-only practices; a member of an unverified one does not.
    await addMember(t.db, w.patternOrg.id, follower.id, 'MEMBER');
    await addMember(t.db, (await createOrganization(t.db)).id, unverifiedFollower.id, 'MEMBER');
    const watch = (userId: string, level = 'WATCHING') =>
      t.db.query(
        `INSERT INTO watch (user_id, target_type, target_id, level) VALUES ($1, 'PATTERN', $2, $3)`,
        [userId, w.pattern.id, level],
      );
    await Promise.all([
      watch(follower.id),
      watch(unverifiedFollower.id),
      watch(mutedFollower.id, 'MUTED'),
      watch(w.editor.id),
    ]);
    await t.db.query(
      `INSERT INTO watch (user_id, target_type, target_id, level) VALUES ($1, 'PRACTICE', $2, 'WATCHING')`,
      [bystander.id, w.practice.id],
    );

    const names = new Map([
      [follower.id, 'follower'],
      [unverifiedFollower.id, 'unverified follower'],
      [mutedFollower.id, 'muted'],
      [bystander.id, 'bystander'],
      [w.editor.id, 'actor'],
    ]);
    const practiceNames = new Map([
      [membersPractice.id, 'members-only'],
      [w.practice.id, 'public'],
    ]);
    const notified = async () =>
      (
        await t.db.query(
          `SELECT user_id, kind, misuse_pattern_id, practice_id, actor_id FROM notification WHERE misuse_pattern_id = $1`,
          [w.pattern.id],
        )
      )
        .map(
          (n: {
            user_id: string;
            kind: string;
            misuse_pattern_id: string;
            practice_id: string;
            actor_id: string;
          }) =>
            [
              names.get(n.user_id),
              n.kind,
              practiceNames.get(n.practice_id),
              n.actor_id === w.editor.id,
            ].join(' / '),
        )
        .sort();

    await t.gql(
      LINK,
      { p: membersPractice.globalId, m: w.pattern.globalId, i: { approach: 'SUPPORTS_VICTIMS' } },
      w.editor.session,
    );
    expect(await notified()).toEqual(['follower / PATTERN_COUNTERED / members-only / true']);

    await t.gql(
      LINK,
      { p: w.practice.globalId, m: w.pattern.globalId, i: { approach: 'DETECTS' } },
      w.editor.session,
    );
    expect(await notified()).toEqual([
      'follower / PATTERN_COUNTERED / members-only / true',
      'follower / PATTERN_COUNTERED / public / true',
      'unverified follower / PATTERN_COUNTERED / public / true',
    ]);
    const mails = await mailsTo(t, unverifiedFollower.email);
    expect(mails.map((m) => m.subject)).toEqual([
      'A practice now counters “Coded adverts on classifieds”, which you follow',
    ]);
  });
});
