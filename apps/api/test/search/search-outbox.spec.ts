import { createOrganization, createPatternRow, createUser, addMember } from '../utils/fixtures';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { createTestDatabase, startTestPlatform, type TestPlatform } from '../utils/test-platform';
import { documentId } from '../../src/search/search-documents';
import { MeiliBoundaryServer } from './meili-boundary-server';
import { eventually } from '../utils/waiting';

const INPUT = {
  title: 'Outbox beacon for recruitment agencies',
  summary: 'A registry that checks licences of recruitment agencies before workers sign.',
  focusAreas: ['PREVENTION'],
  status: 'ACTIVE',
  evidenceLevel: 'NONE',
  survivorInvolvement: 'NONE',
};
const SEARCH = `query($q: String!) { search(query: $q) { engine totalCount nodes { kind title } } }`;

describe('keeping Meilisearch in sync through the outbox', () => {
  let server: MeiliBoundaryServer;
  let t: TestPlatform;
  beforeAll(async () => {
    server = await new MeiliBoundaryServer().start();
    t = await startTestPlatform({
      MEILI_HOST: server.url,
      SEARCH_OUTBOX_POLL_MS: '50',
      SEARCH_OUTBOX_RETRY_MS: '50',
    });
  });
  afterAll(async () => {
    await t.close();
    await server.stop();
  });

  const outbox = async () =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n, coalesce(max(attempts), 0)::int AS attempts FROM search_outbox`,
      )
    )[0] as { n: number; attempts: number };
  const stored = (kind: 'PRACTICE', id: string) =>
    server.indexes.get('alliance')?.documents.get(documentId(kind, id));

  it('writes go to Meilisearch; while it is down writes succeed, search falls back, and nothing is lost when it returns', async () => {
    await eventually(
      async () => server.indexes.has('alliance'),
      Boolean,
      'the index to be created at boot',
    );
    const org = await createOrganization(t.db, { verifiedAt: new Date() });
    const editor = await createUser(t.db);
    await addMember(t.db, org.id, editor.id, 'EDITOR');

    const created = await t.gql<any>(
      `mutation($o: ID!, $i: PracticeInput!) { createPractice(organizationId: $o, input: $i) { id } }`,
      { o: org.globalId, i: INPUT },
      editor.session,
    );
    const gid = created.data.createPractice.id;
    await t.gql(
      `mutation($id: ID!) { publishPractice(id: $id) { state } }`,
      { id: gid },
      editor.session,
    );
    const [{ id }] = await t.db.query(`SELECT id FROM practice WHERE title = $1`, [INPUT.title]);
    await eventually(
      async () => stored('PRACTICE', id)?.title,
      (title) => title === INPUT.title,
      'the published practice in Meilisearch',
    );
    await eventually(outbox, (o) => o.n === 0, 'the outbox to drain');
    expect((await t.gql<any>(SEARCH, { q: 'beacon' })).data.search.engine).toBe('meilisearch');

    // Meilisearch goes away.
    await server.stop();
    const renamed = 'Outbox lighthouse for recruitment agencies';
    const updated = await t.gql<any>(
      `mutation($id: ID!, $i: PracticeInput!) { updatePractice(id: $id, input: $i) { title } }`,
      { id: gid, i: { ...INPUT, title: renamed } },
      editor.session,
    );
    expect(updated.data.updatePractice.title).toBe(renamed);
    const waiting = await eventually(
      outbox,
      (o) => o.n > 0 && o.attempts >= 2,
      'failed attempts to back off',
    );
    expect(waiting.n).toBeGreaterThan(0);

    // Search still answers, from PostgreSQL, with the new title.
    const fallback = await t.gql<any>(SEARCH, { q: 'lighthouse' });
    expect(fallback.data.search).toMatchObject({
      engine: 'postgres',
      nodes: [{ kind: 'PRACTICE', title: renamed }],
    });
    // Readiness shows the degraded engine and the lag, and stays ready.
    const health = await fetch(`${t.url}/health/ready`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as any;
    expect(body.components.search).toMatchObject({
      status: 'degraded',
      engine: 'meilisearch',
      outbox: { pending: expect.any(Number) },
    });
    expect(body.components.search.outbox.pending).toBeGreaterThan(0);
    expect(stored('PRACTICE', id)!.title).toBe(INPUT.title);

    // It comes back on the same address: the outbox drains and the update arrives.
    await server.start();
    await eventually(
      async () => stored('PRACTICE', id)?.title,
      (title) => title === renamed,
      'the update to reach Meilisearch',
    );
    await eventually(outbox, (o) => o.n === 0, 'the outbox to drain after the outage');
    expect((await t.gql<any>(SEARCH, { q: 'lighthouse' })).data.search.engine).toBe('meilisearch');

    // Unpublishing (back to draft) removes the document.
    await t.gql(
      `mutation($id: ID!) { revertPracticeToDraft(id: $id) { state } }`,
      { id: gid },
      editor.session,
    );
    await eventually(
      async () => stored('PRACTICE', id),
      (doc) => doc === undefined,
      'the draft to leave the index',
    );
  });

  it('appends to the outbox inside the writing transaction: a rolled-back write leaves nothing', async () => {
    let orgId = '';
    await expect(
      t.db.transaction(async (em) => {
        const [org] = await em.query(
          `INSERT INTO organization (name, slug, stakeholder_type, country) VALUES ('Rolled back', 'rolled-back-org', 'MEDIA', 'AT') RETURNING id`,
        );
        orgId = org.id;
        const rows = await em.query(`SELECT kind FROM search_outbox WHERE entity_id = $1`, [orgId]);
        expect(rows).toEqual([{ kind: 'ORGANIZATION' }]);
        throw new Error('the write fails after the insert');
      }),
    ).rejects.toThrow('the write fails');
    expect(await t.db.query(`SELECT 1 FROM search_outbox WHERE entity_id = $1`, [orgId])).toEqual(
      [],
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(server.indexes.get('alliance')?.documents.has(documentId('ORGANIZATION', orgId))).toBe(
      false,
    );
  });

  it('follows misuse patterns: visibility changes reach the threads about them, owners’ renames, drafts and deletions', async () => {
    const org = await createOrganization(t.db, {
      slug: 'outbox-pattern-owner',
      verifiedAt: new Date(),
    });
    const author = await createUser(t.db);
    const pattern = await createPatternRow(t.db, org.id, {
      title: 'Outbox pattern: sextortion chatbots',
      stages: ['CONTROL_AND_EXPLOITATION'],
      technologies: ['GENERATIVE_AI_AND_DEEPFAKES'],
    });
    const docs = () => server.indexes.get('alliance')?.documents;
    const doc = (kind: string, id: string) =>
      docs()?.get(documentId(kind as never, id)) as
        { access: string[]; organizations: string[]; title: string } | undefined;
    const access = (kind: string, id: string) => doc(kind, id)?.access.slice().sort().join(' ');
    await eventually(
      async () => doc('MISUSE_PATTERN', pattern.id)?.title,
      (title) => title === pattern.title,
      'the published pattern in Meilisearch',
    );
    expect(doc('MISUSE_PATTERN', pattern.id)).toMatchObject({
      kind: 'MISUSE_PATTERN',
      stages: ['CONTROL_AND_EXPLOITATION'],
      misusedTechnologies: ['GENERATIVE_AI_AND_DEEPFAKES'],
      organizations: ['outbox-pattern-owner'],
    });

    // A call for partners about it, in a public category: as visible as the pattern.
    const [thread] = await t.db.query(
      `INSERT INTO thread (category_id, misuse_pattern_id, title, author_id) VALUES ((SELECT id FROM discussion_category WHERE slug = 'partnerships'), $1, 'Outbox call for partners', $2) RETURNING id`,
      [pattern.id, author.id],
    );
    const [post] = await t.db.query(
      `INSERT INTO post (thread_id, author_id, body) VALUES ($1, $2, 'Partners wanted for chatbot takedowns') RETURNING id`,
      [thread.id, author.id],
    );
    const everyone = ['moderator', `org:${org.id}`, 'public'].sort().join(' ');
    await eventually(
      async () => [access('THREAD', thread.id), access('POST', post.id)],
      (a) => a.every((x) => x === everyone),
      'the call for partners with the pattern’s audience',
    );

    // Restricting the pattern re-sends the thread and its post with the narrower audience.
    await t.db.query(
      `UPDATE misuse_pattern SET visibility = 'RESTRICTED', visible_to = '{GOVERNMENT}' WHERE id = $1`,
      [pattern.id],
    );
    const restricted = ['moderator', `org:${org.id}`, 'type:GOVERNMENT'].sort().join(' ');
    await eventually(
      async () => [
        access('MISUSE_PATTERN', pattern.id),
        access('THREAD', thread.id),
        access('POST', post.id),
      ],
      (a) => a.every((x) => x === restricted),
      'the pattern, its call for partners and its post restricted',
    );

    // The owner's new short name reaches its patterns.
    await t.db.query(`UPDATE organization SET slug = 'outbox-pattern-renamed' WHERE id = $1`, [
      org.id,
    ]);
    await eventually(
      async () => doc('MISUSE_PATTERN', pattern.id)?.organizations,
      (o) => o?.[0] === 'outbox-pattern-renamed',
      'the pattern to carry the new short name',
    );

    // Back to draft: the pattern and everything about it leave the index; published again, they return.
    await t.db.query(`UPDATE misuse_pattern SET state = 'DRAFT' WHERE id = $1`, [pattern.id]);
    await eventually(
      async () => [
        doc('MISUSE_PATTERN', pattern.id),
        doc('THREAD', thread.id),
        doc('POST', post.id),
      ],
      (d) => d.every((x) => x === undefined),
      'the draft and its threads to leave',
    );
    await t.db.query(`UPDATE misuse_pattern SET state = 'PUBLISHED' WHERE id = $1`, [pattern.id]);
    await eventually(
      async () => [
        access('MISUSE_PATTERN', pattern.id),
        access('THREAD', thread.id),
        access('POST', post.id),
      ],
      (a) => a.every((x) => x === restricted),
      'the republished pattern and its threads',
    );

    // A thread no longer about the pattern has its category's audience again, posts included.
    await t.db.query(`UPDATE thread SET misuse_pattern_id = NULL WHERE id = $1`, [thread.id]);
    await eventually(
      async () => [access('THREAD', thread.id), access('POST', post.id)],
      (a) => a.every((x) => x === 'public'),
      'the unlinked thread to be public',
    );

    // Deleting the pattern removes its document.
    await t.db.query(`DELETE FROM misuse_pattern WHERE id = $1`, [pattern.id]);
    await eventually(
      async () => doc('MISUSE_PATTERN', pattern.id),
      (d) => d === undefined,
      'the deleted pattern to leave',
    );
    await eventually(outbox, (o) => o.n === 0, 'the outbox to drain');
  });

  it('hiding a post removes it from the index; a failed task is retried', async () => {
    const author = await createUser(t.db);
    const [cat] = await t.db.query(
      `SELECT id FROM discussion_category WHERE slug = 'research-data'`,
    );
    const [thread] = await t.db.query(
      `INSERT INTO thread (category_id, title, author_id) VALUES ($1, 'Outbox thread', $2) RETURNING id`,
      [cat.id, author.id],
    );
    server.failNextTaskWith = 'internal';
    const [post] = await t.db.query(
      `INSERT INTO post (thread_id, author_id, body) VALUES ($1, $2, 'Outbox post body') RETURNING id`,
      [thread.id, author.id],
    );
    const doc = () =>
      server.indexes.get('alliance')?.documents.get(documentId('POST' as never, post.id));
    await eventually(async () => doc(), Boolean, 'the post to be indexed after a failed task');
    await t.db.query(`UPDATE post SET hidden_at = now(), hidden_reason = 'test' WHERE id = $1`, [
      post.id,
    ]);
    await eventually(
      async () => doc(),
      (d) => d === undefined,
      'the hidden post to leave the index',
    );
  });
});

describe('cli reindex', () => {
  it('rebuilds the index from the database and swaps it in, as operators run it', async () => {
    const server = await new MeiliBoundaryServer().start();
    const database = await createTestDatabase();
    try {
      // A platform that ran before on this database with PostgreSQL search, now switching to Meilisearch.
      const t = await startTestPlatform({ DATABASE_URL: database.url });
      const org = await createOrganization(t.db, { name: 'Reindexed Organization' });
      await createPatternRow(t.db, org.id, { title: 'Reindexed misuse pattern' });
      await createPatternRow(t.db, org.id, {
        title: 'Reindexed draft pattern',
        state: 'DRAFT',
        publishedAt: null,
      });
      await t.platform.close();
      const output = await new Promise<string>((done, fail) =>
        execFile(
          process.execPath,
          [resolve(__dirname, '../../dist/cli.js'), 'reindex'],
          {
            env: {
              ...process.env,
              DATABASE_URL: database.url,
              MEILI_HOST: server.url,
              LOG_LEVEL: 'silent',
              NODE_ENV: 'test',
            },
          },
          (error, stdout, stderr) =>
            error ? fail(new Error(`${error.message}\n${stderr}`)) : done(stdout),
        ),
      );
      expect(output).toMatch(/Rebuilt alliance from \d+ rows/);
      expect(server.requestsTo('POST', /^\/swap-indexes$/)).toHaveLength(1);
      const docs = [...server.indexes.get('alliance')!.documents.values()];
      expect(docs.map((d) => d.title)).toContain('Reindexed Organization');
      expect(docs.filter((d) => d.kind === 'MISUSE_PATTERN').map((d) => d.title)).toEqual([
        'Reindexed misuse pattern',
      ]);
    } finally {
      await server.stop();
      await database.drop();
    }
  });
});
