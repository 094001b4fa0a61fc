import { Event, EventPresentation, EventSession } from '../src/events/event.entity';
import { toGlobalId } from '../src/common/relay/global-id';
import {
  addMember,
  createOrganization,
  createPatternRow,
  createPracticeRow,
  createUser,
  databaseFingerprint,
} from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';
import { countStatements } from './utils/waiting';

const EVENT_INPUT = {
  name: 'Alliance Conference on Technology',
  description: 'Demo conference.',
  location: 'Vienna',
  url: 'https://conference.example.org/2019',
  startsOn: '2019-04-08',
  endsOn: '2019-04-09',
  themes: [
    { title: 'Technology misused by traffickers', description: 'How it is misused.' },
    { title: 'Technology to combat trafficking' },
  ],
};
const CREATE_EVENT = `mutation($i: EventInput!) { createEvent(input: $i) { id slug name startsOn endsOn themes { title description } viewerCanEdit } }`;
const ADD_SESSION = `mutation($e: ID!, $i: EventSessionInput!) { addEventSession(eventId: $e, input: $i) { id title theme position } }`;
const MARK = `mutation($s: ID!, $i: ID!) { markPresented(sessionId: $s, itemId: $i) { id viewerCanRemove session { title } item { __typename ... on Practice { title } ... on MisusePattern { title } } } }`;
const EVENT_PAGE = `query($s: String!) { event(slug: $s) { name presentationCount sessions { title theme position presentations { item { __typename ... on Practice { slug } ... on MisusePattern { slug } } } } } }`;

describe('events', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  const moderator = () => createUser(t.db, { platformRole: 'MODERATOR' });

  async function eventWithSessions() {
    const mod = await moderator();
    const created = await t.gql<any>(
      CREATE_EVENT,
      { i: { ...EVENT_INPUT, slug: `conf-${Math.random().toString(36).slice(2, 8)}` } },
      mod.session,
    );
    const event = created.data.createEvent;
    const first = await t.gql<any>(
      ADD_SESSION,
      {
        e: event.id,
        i: { title: 'Misuse of online platforms', theme: 'technology misused by traffickers' },
      },
      mod.session,
    );
    const second = await t.gql<any>(
      ADD_SESSION,
      {
        e: event.id,
        i: { title: 'Tools for the financial sector', theme: 'Technology to combat trafficking' },
      },
      mod.session,
    );
    return { mod, event, sessions: [first.data.addEventSession, second.data.addEventSession] };
  }

  it('lets moderators create an event with themes and sessions, in programme order', async () => {
    const mod = await moderator();
    const created = await t.gql<any>(CREATE_EVENT, { i: EVENT_INPUT }, mod.session);
    expect(created.errors).toBeUndefined();
    expect(created.data.createEvent).toMatchObject({
      slug: 'alliance-conference-on-technology',
      startsOn: '2019-04-08',
      endsOn: '2019-04-09',
      themes: [
        { title: 'Technology misused by traffickers', description: 'How it is misused.' },
        { title: 'Technology to combat trafficking', description: '' },
      ],
      viewerCanEdit: true,
    });
    const eventId = created.data.createEvent.id;
    // The theme is matched case-insensitively and stored with the event's spelling; positions follow on.
    const a = await t.gql<any>(
      ADD_SESSION,
      { e: eventId, i: { title: 'Opening', theme: 'TECHNOLOGY MISUSED BY TRAFFICKERS' } },
      mod.session,
    );
    expect(a.data.addEventSession).toMatchObject({
      theme: 'Technology misused by traffickers',
      position: 0,
    });
    const b = await t.gql<any>(ADD_SESSION, { e: eventId, i: { title: 'Closing' } }, mod.session);
    expect(b.data.addEventSession).toMatchObject({ theme: null, position: 1 });
    const c = await t.gql<any>(
      ADD_SESSION,
      { e: eventId, i: { title: 'Keynote', position: 0 } },
      mod.session,
    );
    expect(c.data.addEventSession.position).toBe(0);

    // A second event with the same name gets its own slug.
    const again = await t.gql<any>(
      CREATE_EVENT,
      { i: { ...EVENT_INPUT, startsOn: '2020-04-01', endsOn: '2020-04-01' } },
      mod.session,
    );
    expect(again.data.createEvent.slug).toBe('alliance-conference-on-technology-2');

    const visitor = await t.gql<any>(
      `query { events(first: 10) { totalCount nodes { slug } } event(slug: "alliance-conference-on-technology") { viewerCanEdit sessions { title position } } }`,
    );
    expect(visitor.data.events.nodes.map((e: { slug: string }) => e.slug)).toEqual([
      'alliance-conference-on-technology-2',
      'alliance-conference-on-technology',
    ]);
    expect(visitor.data.event.viewerCanEdit).toBe(false);
    expect(visitor.data.event.sessions.map((s: { title: string }) => s.title)).toEqual([
      'Keynote',
      'Opening',
      'Closing',
    ]);

    const node = await t.gql<any>(
      `query($id: ID!, $s: ID!) { node(id: $id) { __typename ... on Event { name } } session: node(id: $s) { ... on EventSession { title event { name } } } }`,
      {
        id: eventId,
        s: a.data.addEventSession.id,
      },
    );
    expect(node.data).toEqual({
      node: { __typename: 'Event', name: EVENT_INPUT.name },
      session: { title: 'Opening', event: { name: EVENT_INPUT.name } },
    });
  });

  it('updates an event: sessions of a removed theme lose it; deleting removes sessions and presentations', async () => {
    const { mod, event, sessions } = await eventWithSessions();
    const org = await createOrganization(t.db);
    const practice = await createPracticeRow(t.db, org.id);
    expect(
      (await t.gql<any>(MARK, { s: sessions[1].id, i: practice.globalId }, mod.session)).errors,
    ).toBeUndefined();

    const updated = await t.gql<any>(
      `mutation($id: ID!, $i: EventInput!) { updateEvent(id: $id, input: $i) { slug name themes { title } sessions { title theme } } }`,
      {
        id: event.id,
        i: {
          ...EVENT_INPUT,
          name: 'Renamed conference',
          themes: [{ title: 'Technology to combat trafficking' }],
        },
      },
      mod.session,
    );
    expect(updated.data.updateEvent).toEqual({
      slug: event.slug,
      name: 'Renamed conference',
      themes: [{ title: 'Technology to combat trafficking' }],
      sessions: [
        { title: 'Misuse of online platforms', theme: null },
        { title: 'Tools for the financial sector', theme: 'Technology to combat trafficking' },
      ],
    });

    const session = await t.gql<any>(
      `mutation($id: ID!) { updateEventSession(id: $id, input: { title: "Renamed session", position: 5 }) { title position theme } }`,
      { id: sessions[1].id },
      mod.session,
    );
    expect(session.data.updateEventSession).toEqual({
      title: 'Renamed session',
      position: 5,
      theme: null,
    });
    expect(
      (
        await t.gql<any>(
          `mutation($id: ID!) { removeEventSession(id: $id) }`,
          { id: sessions[0].id },
          mod.session,
        )
      ).data.removeEventSession,
    ).toBe(true);
    expect(await t.db.getRepository(EventSession).countBy({ eventId: fromGlobal(event.id) })).toBe(
      1,
    );

    expect(
      (
        await t.gql<any>(
          `mutation($id: ID!) { deleteEvent(id: $id) }`,
          { id: event.id },
          mod.session,
        )
      ).data.deleteEvent,
    ).toBe(true);
    expect(await t.db.getRepository(Event).countBy({ id: fromGlobal(event.id) })).toBe(0);
    expect(await t.db.getRepository(EventPresentation).countBy({ practiceId: practice.id })).toBe(
      0,
    );
    const gone = await t.gql<any>(
      `mutation($id: ID!) { deleteEvent(id: $id) }`,
      { id: event.id },
      mod.session,
    );
    expect(gone.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it.each([
    [
      'ends before it starts',
      { ...EVENT_INPUT, startsOn: '2019-04-09', endsOn: '2019-04-08' },
      'endsOn',
    ],
    ['an impossible date', { ...EVENT_INPUT, startsOn: '2019-02-30' }, 'startsOn'],
    ['a bad slug', { ...EVENT_INPUT, slug: 'Not A Slug' }, 'slug'],
    ['a bad url', { ...EVENT_INPUT, url: 'javascript:alert(1)' }, 'url'],
    [
      'a repeated theme',
      { ...EVENT_INPUT, themes: [{ title: 'Same' }, { title: 'same' }] },
      'themes.1.title',
    ],
  ])(
    'refuses an event with %s, with field errors, changing nothing',
    async (_what, input, field) => {
      const mod = await moderator();
      const before = await databaseFingerprint(t.db);
      const res = await t.gql<any>(CREATE_EVENT, { i: input }, mod.session);
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: expect.arrayContaining([expect.objectContaining({ field })]),
      });
      expect(await databaseFingerprint(t.db)).toBe(before);
    },
  );

  it('refuses a session with an unknown theme, a taken slug, and non-moderators, changing nothing', async () => {
    const { mod, event } = await eventWithSessions();
    const editor = await createUser(t.db);
    await addMember(t.db, (await createOrganization(t.db)).id, editor.id, 'ADMIN');
    const before = await databaseFingerprint(t.db);
    const badTheme = await t.gql<any>(
      ADD_SESSION,
      { e: event.id, i: { title: 'Somewhere else', theme: 'Cooking' } },
      mod.session,
    );
    expect(badTheme.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'theme', message: expect.any(String) }],
    });
    const taken = await t.gql<any>(
      CREATE_EVENT,
      { i: { ...EVENT_INPUT, slug: event.slug } },
      mod.session,
    );
    expect(taken.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: [{ field: 'slug', message: expect.any(String) }],
    });
    const byEditor = await t.gql<any>(CREATE_EVENT, { i: EVENT_INPUT }, editor.session);
    expect(byEditor.errors![0].extensions!.code).toBe('FORBIDDEN');
    const sessionByEditor = await t.gql<any>(
      ADD_SESSION,
      { e: event.id, i: { title: 'Sneaky session' } },
      editor.session,
    );
    expect(sessionByEditor.errors![0].extensions!.code).toBe('FORBIDDEN');
    const missing = await t.gql<any>(
      ADD_SESSION,
      { e: toGlobalId('Event', '00000000-0000-4000-8000-000000000000'), i: { title: 'Nowhere' } },
      mod.session,
    );
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await databaseFingerprint(t.db)).toBe(before);
  });

  it('lets editors of the item’s organization and moderators mark it presented, nobody else', async () => {
    const { mod, event, sessions } = await eventWithSessions();
    const org = await createOrganization(t.db);
    const editor = await createUser(t.db);
    const member = await createUser(t.db);
    await addMember(t.db, org.id, editor.id, 'EDITOR');
    await addMember(t.db, org.id, member.id, 'MEMBER');
    const outsider = await createUser(t.db);
    await addMember(t.db, (await createOrganization(t.db)).id, outsider.id, 'ADMIN');
    const practice = await createPracticeRow(t.db, org.id, { title: 'Payment red-flag screening' });
    const pattern = await createPatternRow(t.db, org.id, {
      title: 'Advance fees through e-wallets',
    });
    const draft = await createPracticeRow(t.db, org.id, { state: 'DRAFT', publishedAt: null });

    const before = await databaseFingerprint(t.db);
    for (const who of [member, outsider]) {
      const res = await t.gql<any>(MARK, { s: sessions[0].id, i: practice.globalId }, who.session);
      expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect(
      (await t.gql<any>(MARK, { s: sessions[0].id, i: practice.globalId })).errors![0].extensions!
        .code,
    ).toBe('UNAUTHENTICATED');
    const ofDraft = await t.gql<any>(
      MARK,
      { s: sessions[0].id, i: draft.globalId },
      editor.session,
    );
    expect(ofDraft.errors![0].extensions!.code).toBe('CONFLICT');
    const badId = await t.gql<any>(MARK, { s: sessions[0].id, i: org.globalId }, editor.session);
    expect(badId.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'itemId', message: expect.any(String) }],
    });
    expect(await databaseFingerprint(t.db)).toBe(before);

    const marked = await t.gql<any>(
      MARK,
      { s: sessions[0].id, i: practice.globalId },
      editor.session,
    );
    expect(marked.data.markPresented).toMatchObject({
      viewerCanRemove: true,
      session: { title: 'Misuse of online platforms' },
      item: { __typename: 'Practice', title: 'Payment red-flag screening' },
    });
    // Marking twice changes nothing.
    const twice = await t.gql<any>(
      MARK,
      { s: sessions[0].id, i: practice.globalId },
      editor.session,
    );
    expect(twice.data.markPresented.id).toBe(marked.data.markPresented.id);
    const byModerator = await t.gql<any>(
      MARK,
      { s: sessions[1].id, i: pattern.globalId },
      mod.session,
    );
    expect(byModerator.data.markPresented.item).toEqual({
      __typename: 'MisusePattern',
      title: 'Advance fees through e-wallets',
    });

    const page = await t.gql<any>(EVENT_PAGE, { s: event.slug });
    expect(page.data.event).toMatchObject({
      presentationCount: 2,
      sessions: [
        {
          title: 'Misuse of online platforms',
          presentations: [{ item: { __typename: 'Practice', slug: practice.slug } }],
        },
        {
          title: 'Tools for the financial sector',
          presentations: [{ item: { __typename: 'MisusePattern', slug: pattern.slug } }],
        },
      ],
    });
    const onPractice = await t.gql<any>(
      `query($s: String!) { practice(slug: $s) { presentations { viewerCanRemove session { title event { slug } } } } }`,
      { s: practice.slug },
      member.session,
    );
    expect(onPractice.data.practice.presentations).toEqual([
      {
        viewerCanRemove: false,
        session: { title: 'Misuse of online platforms', event: { slug: event.slug } },
      },
    ]);
    const onPattern = await t.gql<any>(
      `query($s: String!) { misusePattern(slug: $s) { presentations { viewerCanRemove item { ... on MisusePattern { slug } } session { title } } } }`,
      { s: pattern.slug },
      editor.session,
    );
    expect(onPattern.data.misusePattern.presentations).toEqual([
      {
        viewerCanRemove: true,
        item: { slug: pattern.slug },
        session: { title: 'Tools for the financial sector' },
      },
    ]);

    // Others cannot take it back; an editor of the owner can.
    const refused = await t.gql<any>(
      `mutation($id: ID!) { unmarkPresented(id: $id) }`,
      { id: marked.data.markPresented.id },
      outsider.session,
    );
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const unmarked = await t.gql<any>(
      `mutation($id: ID!) { unmarkPresented(id: $id) }`,
      { id: marked.data.markPresented.id },
      editor.session,
    );
    expect(unmarked.data.unmarkPresented).toBe(true);
    expect(await t.db.getRepository(EventPresentation).countBy({ practiceId: practice.id })).toBe(
      0,
    );
  });

  it('loads presentations of a page of practices in a fixed number of statements', async () => {
    const { mod, sessions } = await eventWithSessions();
    const org = await createOrganization(t.db, { country: 'IS' });
    for (let i = 0; i < 6; i++) {
      const practice = await createPracticeRow(t.db, org.id, { countries: ['IS'] });
      await t.gql<any>(MARK, { s: sessions[i % 2].id, i: practice.globalId }, mod.session);
    }
    const page = (first: number) =>
      t.gql<any>(
        `query($n: Int!) { practices(first: $n, filter: { countries: ["IS"] }) { nodes { presentations { viewerCanRemove session { title event { name } } item { __typename } } } } }`,
        { n: first },
      );
    const small = await countStatements(t.db, () => page(2));
    const large = await countStatements(t.db, async () => {
      const res = await page(6);
      expect(
        res.data.practices.nodes.every(
          (n: { presentations: unknown[] }) => n.presentations.length === 1,
        ),
      ).toBe(true);
    });
    expect(large).toBe(small);
  });

  it('leaves out presentations the viewer may not see, and does not count them', async () => {
    const { mod, event, sessions } = await eventWithSessions();
    const owner = await createOrganization(t.db, { verifiedAt: new Date() });
    const police = await createOrganization(t.db, {
      stakeholderType: 'GOVERNMENT',
      verifiedAt: new Date(),
    });
    const officer = await createUser(t.db);
    await addMember(t.db, police.id, officer.id, 'MEMBER');
    const ngoMember = await createUser(t.db);
    await addMember(
      t.db,
      (await createOrganization(t.db, { verifiedAt: new Date() })).id,
      ngoMember.id,
      'MEMBER',
    );
    const open = await createPatternRow(t.db, owner.id, { title: 'Open pattern' });
    const restricted = await createPatternRow(t.db, owner.id, {
      title: 'Sensitive pattern',
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
    });
    const membersOnly = await createPracticeRow(t.db, owner.id, { visibility: 'MEMBERS' });
    for (const item of [open, restricted, membersOnly]) {
      expect(
        (await t.gql<any>(MARK, { s: sessions[0].id, i: item.globalId }, mod.session)).errors,
      ).toBeUndefined();
    }
    const slugsFor = async (headers?: Record<string, string>) => {
      const res = await t.gql<any>(EVENT_PAGE, { s: event.slug }, headers);
      const event_ = res.data.event;
      return {
        count: event_.presentationCount,
        slugs: event_.sessions[0].presentations
          .map((p: { item: { slug: string } }) => p.item.slug)
          .sort(),
      };
    };
    expect(await slugsFor()).toEqual({ count: 1, slugs: [open.slug] });
    expect(await slugsFor(ngoMember.session)).toEqual({
      count: 2,
      slugs: [open.slug, membersOnly.slug].sort(),
    });
    expect(await slugsFor(officer.session)).toEqual({
      count: 3,
      slugs: [open.slug, restricted.slug, membersOnly.slug].sort(),
    });

    // Nor can a visitor mark or unmark what they cannot see: it does not exist for them.
    const editorElsewhere = await createUser(t.db);
    await addMember(t.db, (await createOrganization(t.db)).id, editorElsewhere.id, 'EDITOR');
    const hidden = await t.gql<any>(
      MARK,
      { s: sessions[1].id, i: restricted.globalId },
      editorElsewhere.session,
    );
    expect(hidden.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

function fromGlobal(id: string) {
  return Buffer.from(id, 'base64url').toString('utf8').split(':')[1];
}
