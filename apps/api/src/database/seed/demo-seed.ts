import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { toGlobalId } from '../../common/relay/global-id';
import { DiscussionCategory, Post, Thread } from '../../discussions/discussion.entity';
import * as events from '../../events/event.entity';
import { PasswordHasher } from '../../identity/secrets';
import { User } from '../../identity/user.entity';
import { Countermeasure, MisusePattern } from '../../misuse-patterns/misuse-pattern.entity';
import { Membership } from '../../organizations/membership.entity';
import { Organization } from '../../organizations/organization.entity';
import * as practices from '../../practices/practice.entity';
import { REVISED_FIELDS } from '../../practices/practice.service';
import { DEMO_DATA_DIR, loadDemoData, type DemoData } from './demo-data';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);
type Row = Record<string, unknown>;

/**
 * Loads the demo data (apps/api/demo-data) when the database is empty, in one transaction.
 * Returns whether anything was loaded; running it again on a filled database does nothing.
 */
export async function seedDemoData(dataSource: DataSource, dir = DEMO_DATA_DIR): Promise<boolean> {
  const data = loadDemoData(dir);
  const passwordHash = await new PasswordHasher().hash(data.users.password);
  return dataSource.transaction(async (em) => {
    // Serialise concurrent starts (two replicas on one empty database) on a transaction lock.
    await em.query('SELECT pg_advisory_xact_lock(7143610222)');
    if ((await em.count(Organization)) > 0 || (await em.count(User)) > 0) return false;
    const categories = await em.find(DiscussionCategory);
    const rows = new DemoRows(data, passwordHash, categories);
    for (const [target, list] of rows.tables) await insert(em, target, list);
    // Edited practices were written as first published; the edits now follow (as in the API,
    // the search vocabulary keeps the words of earlier versions).
    for (const { id, ...edit } of rows.edits) await em.update(practices.Practice, id, edit);
    // A few pseudonymous visitors a day over the last 30 days.
    await em.query(
      `INSERT INTO practice_view (practice_id, visitor, day)
       SELECT p.id, encode(sha256(convert_to('demo-visitor-' || v, 'UTF8')), 'hex'), current_date - v % 30
         FROM jsonb_to_recordset($1) AS p(id uuid, n int), generate_series(0, p.n - 1) AS v`,
      [JSON.stringify(rows.views)],
    );
    return true;
  });
}

/** Rows for an entity, or for a link table (keyed by column), in one statement. */
async function insert(em: EntityManager, target: EntityTarget<Row> | string, rows: Row[]) {
  if (!rows.length) return;
  if (typeof target !== 'string') return void (await em.insert(target, rows));
  const columns = Object.keys(rows[0]).join(', ');
  const from = `jsonb_populate_recordset(NULL::${target}, $1)`;
  await em.query(`INSERT INTO ${target} (${columns}) SELECT ${columns} FROM ${from}`, [
    JSON.stringify(rows),
  ]);
}

/**
 * Every row of the demo, with ids made here so that rows can name each other. Dates count back
 * from now in file order: practices published every 11 days from 20 days ago (each later edit
 * a revision 3 days on), patterns every 9 days from 5 days ago, threads every 2 days with a post
 * an hour. Practices and patterns are written by their organization's editor (its first member
 * who is not a plain MEMBER); events and collections by the demo moderator.
 */
class DemoRows {
  /** Parents first. */
  readonly tables = new Map<EntityTarget<Row> | string, Row[]>(
    [
      ...[User, Organization, Membership, practices.Practice, practices.PracticeRevision],
      ...[practices.PracticeEndorsement, 'practice_partner', 'practice_contributor'],
      ...['practice_bookmark', MisusePattern, Countermeasure, events.Event, events.EventSession],
      ...[events.EventPresentation, events.Collection, events.CollectionItem, Thread, Post],
      'post_reaction',
    ].map((table) => [table, []]),
  );
  readonly edits: ({ id: string } & Row)[] = [];
  readonly views: { id: string; n: number }[] = [];
  private readonly ids = new Map<string, string>();
  private readonly editorOf = new Map<string, string>();

  constructor(data: DemoData, passwordHash: string, categories: DiscussionCategory[]) {
    for (const c of categories) this.ids.set(`category ${c.slug}`, c.id);
    for (const p of data.practices) this.make('practice', p.slug);
    for (const p of data.patterns) this.make('pattern', p.slug);
    this.accounts(data, passwordHash);
    this.practices(data);
    this.patterns(data);
    this.eventsAndCollections(data);
    this.threads(data);
  }

  private make(kind: string, key: string): string {
    const id = randomUUID();
    this.ids.set(`${kind} ${key}`, id);
    return id;
  }

  /** The id of what a file names, or an error naming the file. */
  private id(file: string, kind: string, key: string): string {
    const id = this.ids.get(`${kind} ${key}`);
    if (!id) throw new Error(`Demo data ${file}: there is no ${kind} "${key}"`);
    return id;
  }

  private add(target: EntityTarget<Row> | string, ...rows: Row[]) {
    this.tables.get(target)!.push(...rows);
  }

  private accounts({ users, organizations }: DemoData, passwordHash: string) {
    const now = new Date();
    const file = 'users.yaml';
    const orgs = organizations.map((o) => this.make('organization', o.slug));
    for (const { membership: m, ...user } of users.accounts) {
      const id = this.make('account', user.email);
      this.add(User, { ...user, id, passwordHash, emailVerifiedAt: now });
      if (!m) continue;
      const organizationId = this.id(file, 'organization', m.organization);
      this.add(Membership, { organizationId, userId: id, role: m.role });
      if (m.role === 'MEMBER' || this.editorOf.has(m.organization)) continue;
      this.editorOf.set(m.organization, id);
    }
    const admin = users.accounts.find((u) => u.platformRole === 'ADMIN')!.email;
    for (const [i, { verified, ...o }] of organizations.entries()) {
      const verifiedBy = verified ? this.id(file, 'account', admin) : null;
      const verifiedAt = verified ? now : null;
      this.add(Organization, {
        ...o,
        website: o.website ?? null,
        id: orgs[i],
        verifiedAt,
        verifiedBy,
      });
    }
  }

  private practices({ practices: list }: DemoData) {
    type Content = Pick<practices.Practice, (typeof REVISED_FIELDS)[number]>;
    for (const [i, p] of list.entries()) {
      const id = this.id(p.file, 'practice', p.slug);
      const ref = (kind: string) => (key: string) => this.id(p.file, kind, key);
      const author = this.editorOf.get(p.organization) ?? null;
      const publishedAt = p.state === 'DRAFT' ? null : ago(i * 11 + 20);
      const fields = REVISED_FIELDS.map((f) => [f, f === 'isGlobal' ? p.global : p[f]]);
      const first = Object.fromEntries(fields) as Content;
      let current = first;
      for (const [n, edit] of (publishedAt ? [{ state: p.state }, ...p.revisions] : []).entries()) {
        if (n) current = { ...current, ...edit };
        const createdAt = later(publishedAt!, n * 3 * DAY);
        const revision = { practiceId: id, number: n + 1, changedFields: Object.keys(edit) };
        this.add(practices.PracticeRevision, {
          ...revision,
          authorId: author,
          snapshot: current,
          createdAt,
        });
      }
      const updatedAt = publishedAt ? later(publishedAt, p.revisions.length * 3 * DAY) : undefined;
      if (p.revisions.length) this.edits.push({ ...current, id, updatedAt });
      const dates = { publishedAt, updatedAt, createdAt: ago(i * 11 + 40) };
      const organizationId = ref('organization')(p.organization);
      const by = { organizationId, createdBy: author, updatedBy: author, slug: p.slug };
      this.add(practices.Practice, { ...first, ...dates, ...by, id, state: p.state });
      const link = (table: string, column: string, kind: string, keys: string[]) =>
        this.add(table, ...keys.map((key) => ({ practice_id: id, [column]: ref(kind)(key) })));
      link('practice_partner', 'organization_id', 'organization', p.partners);
      link('practice_contributor', 'user_id', 'account', p.contributors);
      if (p.state !== 'PUBLISHED') continue;
      for (const { organization, kind, comment } of p.endorsedBy) {
        const [practiceId, userId] = [id, this.editorOf.get(organization)];
        const organizationId = ref('organization')(organization);
        this.add(practices.PracticeEndorsement, {
          practiceId,
          organizationId,
          kind,
          comment,
          userId,
        });
      }
      link('practice_bookmark', 'user_id', 'account', p.bookmarkedBy);
      this.views.push({ id, n: (i * 7) % 40 });
    }
  }

  /** Countermeasures are proposed by an editor of the practice's organization. */
  private patterns({ patterns, practices: list }: DemoData) {
    const owner = new Map(list.map((p) => [p.slug, p.organization]));
    for (const [i, { countermeasures, organization, file, ...p }] of patterns.entries()) {
      const id = this.id(file, 'pattern', p.slug);
      const author = this.editorOf.get(organization);
      const publishedAt = p.state === 'PUBLISHED' ? ago(i * 9 + 5) : null;
      const by = { organizationId: this.id(file, 'organization', organization), createdBy: author };
      const dates = { publishedAt, createdAt: ago(i * 9 + 12) };
      this.add(MisusePattern, { ...p, ...by, ...dates, id, updatedBy: author });
      for (const { practice, approach, note } of countermeasures) {
        const practiceId = this.id(file, 'practice', practice);
        const createdBy = this.editorOf.get(owner.get(practice)!);
        this.add(Countermeasure, { practiceId, patternId: id, approach, note, createdBy });
      }
    }
  }

  private eventsAndCollections({ events: list, collections, users }: DemoData) {
    const moderator = users.accounts.find((u) => u.platformRole === 'MODERATOR')!.email;
    const curator = this.id('users.yaml', 'account', moderator);
    type Item = { practice?: string; pattern?: string };
    const item = (file: string, { practice, pattern }: Item) => ({
      practiceId: practice ? this.id(file, 'practice', practice) : null,
      patternId: pattern ? this.id(file, 'pattern', pattern) : null,
    });
    for (const { sessions, file, ...event } of list) {
      const eventId = randomUUID();
      this.add(events.Event, { ...event, id: eventId, createdBy: curator });
      for (const [position, { presented, ...session }] of sessions.entries()) {
        const sessionId = randomUUID();
        this.add(events.EventSession, { ...session, id: sessionId, eventId, position });
        const rows = presented.map((p) => ({ ...item(file, p), sessionId, addedBy: curator }));
        this.add(events.EventPresentation, ...rows);
      }
    }
    for (const { items, file, ...collection } of collections) {
      const collectionId = randomUUID();
      const by = { createdBy: curator, updatedBy: curator };
      this.add(events.Collection, { ...collection, ...by, id: collectionId });
      const rows = items.map((it, position) => ({ ...item(file, it), position, note: it.note }));
      this.add(events.CollectionItem, ...rows.map((row) => ({ ...row, collectionId })));
    }
  }

  /** "@email" in a post becomes the composer's mention markup for that account. */
  private threads({ threads, practices: list, users }: DemoData) {
    const file = 'discussions.yaml';
    const account = (email: string) => this.id(file, 'account', email);
    const names = new Map(users.accounts.map((u) => [u.email, u.displayName]));
    const markup = (email: string) =>
      `@[${names.get(email)}](user:${toGlobalId('User', account(email))})`;
    const mention = (_: string, email: string) => (names.has(email) ? markup(email) : email);
    for (const [i, t] of threads.entries()) {
      const at = (hours: number) => later(ago((threads.length - i) * 2), hours * HOUR);
      const id = randomUUID();
      const about = {
        categoryId: t.category ? this.id(file, 'category', t.category) : null,
        practiceId: t.practice ? this.id(file, 'practice', t.practice) : null,
        title: t.title ?? list.find((p) => p.slug === t.practice)!.title,
      };
      const by = { authorId: account(t.posts[0].by), createdAt: at(0), kind: t.kind, tags: t.tags };
      this.add(Thread, { ...about, ...by, id, lastActivityAt: at(t.posts.length) });
      for (const [n, p] of t.posts.entries()) {
        const post = { id: randomUUID(), threadId: id, authorId: account(p.by), createdAt: at(n) };
        this.add(Post, { ...post, body: p.body.replace(/@([\w.+-]+@example\.org)/g, mention) });
        for (const [email, reaction] of Object.entries(p.reactions)) {
          this.add('post_reaction', { post_id: post.id, user_id: account(email), reaction });
        }
      }
    }
  }
}
