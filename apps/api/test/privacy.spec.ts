import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { buildSchemaSdl } from '../src/cli';
import { loadConfig } from '../src/config/config';
import { createUser } from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

describe('privacy', () => {
  it('exposes no password hash, token hash or session secret anywhere in the schema', async () => {
    const schema = buildSchema(await buildSchemaSdl(loadConfig({ NODE_ENV: 'test' })));
    const offenders: string[] = [];
    // The fields allowed to carry a secret, each shown once to its creator: a new API token,
    // and a webhook's signing secret (at creation and rotation).
    const allowed = new Set(['CreatedApiToken.token', 'CreatedWebhook.secret']);
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        type.name === 'Mutation' ||
        !(isObjectType(type) || isInterfaceType(type))
      )
        continue;
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (allowed.has(name)) continue;
        if (
          /password|hash|secret|sessionId|sessionToken|^token$|tokenHash|cookie/i.test(field.name)
        )
          offenders.push(name);
        if (/password|secret/i.test(getNamedType(field.type).name)) offenders.push(name);
      }
    }
    expect(offenders).toEqual([]);
    // Inputs may carry passwords (sign-in), never hashes.
    const inputs = Object.values(schema.getTypeMap()).filter(isInputObjectType);
    expect(
      inputs.flatMap((i) => Object.keys(i.getFields()).filter((f) => /hash/i.test(f))),
    ).toEqual([]);
  });

  describe('email addresses', () => {
    let t: TestPlatform;
    beforeAll(async () => {
      t = await startTestPlatform();
    });
    afterAll(() => t.close());

    it('are visible to their owner and platform admins only', async () => {
      const owner = await createUser(t.db);
      const admin = await createUser(t.db, { platformRole: 'ADMIN' });
      const moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
      const q = `query($q: String) { users(query: $q) { nodes { email displayName } } }`;
      const asAdmin = await t.gql<any>(q, { q: owner.email }, admin.session);
      expect(asAdmin.data.users.nodes[0].email).toBe(owner.email);
      const asModerator = await t.gql(q, { q: owner.email }, moderator.session);
      expect(asModerator.errors![0].extensions!.code).toBe('FORBIDDEN');
      const org = await t.db.query(
        `INSERT INTO organization (name, slug, stakeholder_type, country) VALUES ('P', 'privacy-org', 'MEDIA', 'FR') RETURNING id`,
      );
      const fellow = await createUser(t.db);
      await t.db.query(
        `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER'), ($1, $3, 'MEMBER')`,
        [org[0].id, owner.id, fellow.id],
      );
      const members = await t.gql<any>(
        `{ organization(slug: "privacy-org") { members { nodes { user { email displayName } } } } }`,
        {},
        fellow.session,
      );
      const emails = members.data.organization.members.nodes.map(
        (n: { user: { email: string | null } }) => n.user.email,
      );
      expect(emails).toContain(fellow.email);
      expect(emails).not.toContain(owner.email);
      expect(emails).toContain(null);
    });
  });
});
