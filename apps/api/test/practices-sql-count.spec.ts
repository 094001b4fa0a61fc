import { addMember, createOrganization, createPracticeRow, createUser } from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';
import { countStatements } from './utils/waiting';

const PAGE = `query($first: Int!) {
  practices(first: $first, orderBy: TITLE) {
    totalCount
    nodes {
      title
      organization { name verified memberCount viewerRole }
      partners { name }
      contributors { displayName }
      endorsementCount
      endorsements { kind organization { name } }
      bookmarkCount
      viewCount
      viewerHasBookmarked
      viewerCanEdit
      revisions { number author { displayName } }
    }
  }
}`;

describe('a page of practices with nested fields', () => {
  let t: TestPlatform;
  // Five organizations own, partner and endorse the sixty practices, so a page of five already
  // meets every organization: the comparison is about batching, not about the cache warming.
  beforeAll(async () => {
    t = await startTestPlatform();
    const orgs = await Promise.all(Array.from({ length: 5 }, () => createOrganization(t.db)));
    const people = await Promise.all(Array.from({ length: 4 }, () => createUser(t.db)));
    for (let i = 0; i < 60; i++) {
      const p = await createPracticeRow(t.db, orgs[i % 5].id, {
        title: `Practice ${String(i).padStart(2, '0')}`,
      });
      await t.db.query('INSERT INTO practice_partner VALUES ($1, $2)', [
        p.id,
        orgs[(i + 1) % 5].id,
      ]);
      await t.db.query('INSERT INTO practice_contributor VALUES ($1, $2)', [
        p.id,
        people[i % 4].id,
      ]);
      await t.db.query(
        `INSERT INTO practice_endorsement (practice_id, organization_id, kind) VALUES ($1, $2, 'USES')`,
        [p.id, orgs[(i + 2) % 5].id],
      );
      await t.db.query('INSERT INTO practice_bookmark (practice_id, user_id) VALUES ($1, $2)', [
        p.id,
        people[(i + 1) % 4].id,
      ]);
    }
    await addMember(t.db, orgs[0].id, people[0].id, 'EDITOR');
  });
  afterAll(() => t.close());

  it.each([
    ['anonymous', false],
    ['signed in', true],
  ])('costs the same number of SQL statements for 50 as for 5 (%s)', async (_label, signedIn) => {
    const headers = signedIn ? (await createUser(t.db)).session : {};
    // Warm-up: first-use work (connection set-up, prepared metadata) is not per page.
    await t.gql(PAGE, { first: 1 }, headers);
    const small = await countStatements(t.db, async () => {
      const res = await t.gql<any>(PAGE, { first: 5 }, headers);
      expect(res.data.practices.nodes).toHaveLength(5);
    });
    const large = await countStatements(t.db, async () => {
      const res = await t.gql<any>(PAGE, { first: 50 }, headers);
      expect(res.data.practices.nodes).toHaveLength(50);
      expect(res.data.practices.nodes[49].partners).toHaveLength(1);
    });
    expect(large).toBe(small);
    expect(small).toBeLessThan(25);
  });
});
