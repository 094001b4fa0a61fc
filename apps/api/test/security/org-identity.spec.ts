import { AuditEvent } from '../../src/audit/audit-event.entity';
import { Organization } from '../../src/organizations/organization.entity';
import {
  addMember,
  createOrganization,
  createPatternRow,
  createPracticeRow,
  createUser,
  type FixtureUser,
} from '../utils/fixtures';
import { startTestPlatform, type TestPlatform } from '../utils/test-platform';

/**
 * Finding 1: an organization's identity (name, short name, stakeholder type, country) is what a
 * platform admin verified. Its own admins changing it send it back to "awaiting verification" in
 * the same transaction, so nothing derived from the old identity outlives the change.
 */
const UPDATE = `mutation($id: ID!, $input: OrganizationInput!) {
  updateOrganization(id: $id, input: $input) { id slug name stakeholderType country verified }
}`;
const LIBRARY = `query { practiceStats { total } practices(first: 100) { nodes { slug } } misusePatterns(first: 100) { nodes { slug } } }`;
const PENDING = `query { organizations(first: 50, filter: { verified: false }) { nodes { id
  identityChange { changedAt changedBy { id } changes { field from to } } } } }`;

describe('organization identity is part of verification (finding 1)', () => {
  let t: TestPlatform;
  let platformAdmin: FixtureUser;
  beforeAll(async () => {
    t = await startTestPlatform();
    platformAdmin = await createUser(t.db, { platformRole: 'ADMIN' });
  });
  afterAll(() => t.close());

  /** A verified CIVIL_SOCIETY organization with an admin and a member, and government-only content elsewhere. */
  async function world() {
    const org = await createOrganization(t.db, {
      stakeholderType: 'CIVIL_SOCIETY',
      country: 'AT',
      verifiedAt: new Date(),
    });
    const admin = await createUser(t.db);
    const member = await createUser(t.db);
    await addMember(t.db, org.id, admin.id, 'ADMIN');
    await addMember(t.db, org.id, member.id, 'MEMBER');
    const ministry = await createOrganization(t.db, {
      stakeholderType: 'GOVERNMENT',
      verifiedAt: new Date(),
    });
    const govPractice = await createPracticeRow(t.db, ministry.id, {
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
    });
    const govPattern = await createPatternRow(t.db, ministry.id, {
      visibility: 'RESTRICTED',
      visibleTo: ['GOVERNMENT'],
    });
    const input = {
      name: org.name,
      slug: org.slug,
      stakeholderType: 'CIVIL_SOCIETY',
      country: 'AT',
      description: 'We help.',
    };
    return { org, admin, member, govPractice, govPattern, input };
  }

  async function library(user: FixtureUser) {
    const res = await t.gql<any>(LIBRARY, {}, user.session);
    expect(res.errors).toBeUndefined();
    return {
      total: res.data.practiceStats.total as number,
      practices: res.data.practices.nodes.map((n: { slug: string }) => n.slug) as string[],
      patterns: res.data.misusePatterns.nodes.map((n: { slug: string }) => n.slug) as string[],
    };
  }

  it('a CIVIL_SOCIETY admin switching to GOVERNMENT is unverified at once, and no member sees government-only content', async () => {
    const { org, admin, member, govPractice, govPattern, input } = await world();
    const before = await library(member);
    expect(before.practices).not.toContain(govPractice.slug);

    const res = await t.gql<any>(
      UPDATE,
      { id: org.globalId, input: { ...input, stakeholderType: 'GOVERNMENT' } },
      admin.session,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateOrganization).toMatchObject({
      stakeholderType: 'GOVERNMENT',
      verified: false,
    });
    expect(
      (await t.db.getRepository(Organization).findOneByOrFail({ id: org.id })).verifiedAt,
    ).toBeNull();

    for (const user of [member, admin]) {
      const after = await library(user);
      expect(after.total).toBe(before.total);
      expect(after.practices).not.toContain(govPractice.slug);
      expect(after.patterns).not.toContain(govPattern.slug);
      expect(
        (
          await t.gql<any>(
            `query($s: String!) { practice(slug: $s) { id } }`,
            { s: govPractice.slug },
            user.session,
          )
        ).data.practice,
      ).toBeNull();
    }

    // Once a platform admin verifies the new identity, its members see what governments see.
    const verified = await t.gql<any>(
      `mutation($id: ID!) { verifyOrganization(id: $id) { verified } }`,
      { id: org.globalId },
      platformAdmin.session,
    );
    expect(verified.data.verifyOrganization.verified).toBe(true);
    const reverified = await library(member);
    expect(reverified.total).toBe(before.total + 1);
    expect(reverified.practices).toContain(govPractice.slug);
    expect(reverified.patterns).toContain(govPattern.slug);
  });

  it.each([
    ['name', { name: 'United Nations Office on Drugs and Crime' }],
    ['slug', { slug: 'unodc-official' }],
    ['country', { country: 'FR' }],
  ])('changing the %s withdraws verification too', async (_field, change) => {
    const { org, admin, input } = await world();
    const res = await t.gql<any>(
      UPDATE,
      { id: org.globalId, input: { ...input, ...change } },
      admin.session,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateOrganization.verified).toBe(false);
  });

  it('editing the description or website keeps verification', async () => {
    const { org, admin, input } = await world();
    const res = await t.gql<any>(
      UPDATE,
      {
        id: org.globalId,
        input: { ...input, description: 'Something new.', website: 'https://example.org' },
      },
      admin.session,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateOrganization.verified).toBe(true);
  });

  it('audits old → new values and shows platform admins why it awaits verification again', async () => {
    const { org, admin, input } = await world();
    await t.gql(
      UPDATE,
      { id: org.globalId, input: { ...input, stakeholderType: 'GOVERNMENT', country: 'FR' } },
      admin.session,
    );

    const events = await t.db.getRepository(AuditEvent).findBy({
      subjectType: 'Organization',
      subjectId: org.id,
      action: 'organization.identity_changed',
    });
    expect(events).toHaveLength(1);
    expect(events[0].details).toMatchObject({
      verificationWithdrawn: true,
      changes: expect.arrayContaining([
        { field: 'stakeholderType', from: 'CIVIL_SOCIETY', to: 'GOVERNMENT' },
        { field: 'country', from: 'AT', to: 'FR' },
      ]),
    });

    const queue = await t.gql<any>(PENDING, {}, platformAdmin.session);
    expect(queue.errors).toBeUndefined();
    const entry = queue.data.organizations.nodes.find((n: { id: string }) => n.id === org.globalId);
    expect(entry.identityChange.changedBy.id).toBe(admin.globalId);
    expect(entry.identityChange.changes).toEqual(
      expect.arrayContaining([
        { field: 'STAKEHOLDER_TYPE', from: 'CIVIL_SOCIETY', to: 'GOVERNMENT' },
        { field: 'COUNTRY', from: 'AT', to: 'FR' },
      ]),
    );
    // Only platform admins see it: the organization's own admin does not.
    const asAdmin = await t.gql<any>(PENDING, {}, admin.session);
    expect(
      asAdmin.data.organizations.nodes.find((n: { id: string }) => n.id === org.globalId)
        .identityChange,
    ).toBeNull();

    // Verified again: the reason is gone.
    await t.gql(
      `mutation($id: ID!) { verifyOrganization(id: $id) { id } }`,
      { id: org.globalId },
      platformAdmin.session,
    );
    const org2 = await t.gql<any>(
      `query($s: String!) { organization(slug: $s) { identityChange { changedAt } } }`,
      { s: org.slug },
      platformAdmin.session,
    );
    expect(org2.data.organization.identityChange).toBeNull();
  });

  it('a platform admin changing the identity keeps verification (and it is audited)', async () => {
    const { org, input } = await world();
    const res = await t.gql<any>(
      UPDATE,
      { id: org.globalId, input: { ...input, stakeholderType: 'GOVERNMENT' } },
      platformAdmin.session,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateOrganization).toMatchObject({
      stakeholderType: 'GOVERNMENT',
      verified: true,
    });
    const [event] = await t.db
      .getRepository(AuditEvent)
      .findBy({ subjectId: org.id, action: 'organization.identity_changed' });
    expect(event.details).toMatchObject({
      verificationWithdrawn: false,
      changes: [{ field: 'stakeholderType', from: 'CIVIL_SOCIETY', to: 'GOVERNMENT' }],
    });
  });
});
