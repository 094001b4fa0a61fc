import { AuditEvent } from '../src/audit/audit-event.entity';
import { Membership } from '../src/organizations/membership.entity';
import { Organization } from '../src/organizations/organization.entity';
import { addMember, createOrganization, createUser, databaseFingerprint } from './utils/fixtures';
import { mailsTo } from './utils/mailbox';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

const CREATE = `mutation($input: OrganizationInput!) { createOrganization(input: $input) { id slug name verified viewerRole memberCount } }`;
const valid = {
  name: 'Harbour Watch Foundation',
  stakeholderType: 'CIVIL_SOCIETY',
  country: 'PT',
  website: 'https://example.org/hw',
  description: 'Port outreach.',
};

async function tokenFromMail(t: TestPlatform, to: string) {
  const [mail] = await mailsTo(t, to);
  return /token=([\w-]+)/.exec(mail.text)![1];
}

describe('organizations', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('registers an organization with its creator as admin, unverified', async () => {
    const user = await createUser(t.db);
    const res = await t.gql<any>(CREATE, { input: valid }, user.session);
    expect(res.data.createOrganization).toMatchObject({
      slug: 'harbour-watch-foundation',
      verified: false,
      viewerRole: 'ADMIN',
      memberCount: 1,
    });
  });

  it.each([
    [{ ...valid, slug: 'harbour-watch-foundation' }, 'CONFLICT', 'slug'],
    [{ ...valid, name: 'Other', country: 'XX' }, 'BAD_USER_INPUT', 'country'],
    [{ ...valid, name: 'Other', website: 'javascript:alert(1)' }, 'BAD_USER_INPUT', 'website'],
    [{ ...valid, name: 'O' }, 'BAD_USER_INPUT', 'name'],
  ])('rejects %j with %s on %s and changes nothing', async (input, code, field) => {
    const user = await createUser(t.db);
    const before = await databaseFingerprint(t.db);
    const res = await t.gql<any>(CREATE, { input }, user.session);
    expect(res.errors![0].extensions!.code).toBe(code);
    expect(
      (res.errors![0].extensions!.fieldErrors as { field: string }[]).map((e) => e.field),
    ).toContain(field);
    expect(await databaseFingerprint(t.db)).toBe(before);
  });

  it('asks for a verified email address before registering one', async () => {
    const user = await createUser(t.db, { verified: false });
    const res = await t.gql(CREATE, { input: { ...valid, name: 'Unverified Org' } }, user.session);
    expect(res.errors![0].extensions!.code).toBe('EMAIL_NOT_VERIFIED');
  });

  it('invites by email; only the invited address can accept, once', async () => {
    const admin = await createUser(t.db);
    const org = await createOrganization(t.db);
    await addMember(t.db, org.id, admin.id, 'ADMIN');
    const invitee = await createUser(t.db, { verified: false });
    const invite = await t.gql<any>(
      `mutation($o: ID!, $e: String!) { inviteMember(organizationId: $o, email: $e, role: EDITOR) { id status role } }`,
      { o: org.globalId, e: invitee.email },
      admin.session,
    );
    expect(invite.data.inviteMember).toMatchObject({ status: 'PENDING', role: 'EDITOR' });
    const token = await tokenFromMail(t, invitee.email);

    const preview = await t.gql<any>(
      `query($t: String!) { invitation(token: $t) { email role status organization { slug } } }`,
      { t: token },
    );
    expect(preview.data.invitation).toMatchObject({
      email: invitee.email,
      role: 'EDITOR',
      status: 'PENDING',
      organization: { slug: org.slug },
    });

    const stranger = await createUser(t.db);
    const wrong = await t.gql(
      `mutation($t: String!) { acceptInvitation(token: $t) { role } }`,
      { t: token },
      stranger.session,
    );
    expect(wrong.errors![0].extensions!.code).toBe('FORBIDDEN');

    const ok = await t.gql<any>(
      `mutation($t: String!) { acceptInvitation(token: $t) { role organization { slug } user { displayName } } }`,
      { t: token },
      invitee.session,
    );
    expect(ok.data.acceptInvitation).toMatchObject({
      role: 'EDITOR',
      organization: { slug: org.slug },
    });
    // Accepting proves the mailbox: the address is now verified.
    expect(
      (await t.gql<any>(`{ viewer { emailVerified } }`, {}, invitee.session)).data.viewer
        .emailVerified,
    ).toBe(true);
    const twice = await t.gql(
      `mutation($t: String!) { acceptInvitation(token: $t) { role } }`,
      { t: token },
      invitee.session,
    );
    expect(twice.errors![0].extensions!.code).toBe('INVALID_TOKEN');
  });

  it('lets a user ask to join and an admin approve with a role', async () => {
    const admin = await createUser(t.db);
    const org = await createOrganization(t.db);
    await addMember(t.db, org.id, admin.id, 'ADMIN');
    const applicant = await createUser(t.db);
    const req = await t.gql<any>(
      `mutation($o: ID!) { requestToJoinOrganization(organizationId: $o, message: "We run the hotline.") { id status } }`,
      { o: org.globalId },
      applicant.session,
    );
    expect(req.data.requestToJoinOrganization.status).toBe('PENDING');
    const dup = await t.gql(
      `mutation($o: ID!) { requestToJoinOrganization(organizationId: $o) { id } }`,
      { o: org.globalId },
      applicant.session,
    );
    expect(dup.errors![0].extensions!.code).toBe('CONFLICT');

    const pending = await t.gql<any>(
      `query($s: String!) { organization(slug: $s) { joinRequests { id message user { displayName } } } }`,
      { s: org.slug },
      admin.session,
    );
    expect(pending.data.organization.joinRequests).toHaveLength(1);
    const approved = await t.gql<any>(
      `mutation($id: ID!) { approveJoinRequest(id: $id, role: EDITOR) { status } }`,
      { id: req.data.requestToJoinOrganization.id },
      admin.session,
    );
    expect(approved.data.approveJoinRequest.status).toBe('APPROVED');
    expect(
      await t.db
        .getRepository(Membership)
        .findOneBy({ organizationId: org.id, userId: applicant.id }),
    ).toMatchObject({ role: 'EDITOR' });
  });

  it('keeps at least one admin', async () => {
    const admin = await createUser(t.db);
    const org = await createOrganization(t.db);
    await addMember(t.db, org.id, admin.id, 'ADMIN');
    const leave = await t.gql(
      `mutation($o: ID!) { leaveOrganization(organizationId: $o) }`,
      { o: org.globalId },
      admin.session,
    );
    expect(leave.errors![0].extensions!.code).toBe('LAST_ADMIN');
    const demote = await t.gql(
      `mutation($o: ID!, $u: ID!) { changeMemberRole(organizationId: $o, userId: $u, role: MEMBER) { role } }`,
      { o: org.globalId, u: admin.globalId },
      admin.session,
    );
    expect(demote.errors![0].extensions!.code).toBe('LAST_ADMIN');
    const second = await createUser(t.db);
    await addMember(t.db, org.id, second.id, 'ADMIN');
    expect(
      (
        await t.gql<any>(
          `mutation($o: ID!) { leaveOrganization(organizationId: $o) }`,
          { o: org.globalId },
          admin.session,
        )
      ).data,
    ).toEqual({ leaveOrganization: true });
  });

  it('shows members to fellow members and platform admins only', async () => {
    const member = await createUser(t.db);
    const org = await createOrganization(t.db);
    await addMember(t.db, org.id, member.id, 'MEMBER');
    const query = `query($s: String!) { organization(slug: $s) { memberCount members { totalCount nodes { role user { displayName email } } } invitations { id } } }`;
    const visitor = await t.gql<any>(query, { s: org.slug });
    expect(visitor.data.organization).toMatchObject({
      memberCount: 1,
      members: null,
      invitations: null,
    });
    const asMember = await t.gql<any>(query, { s: org.slug }, member.session);
    expect(asMember.data.organization.members.totalCount).toBe(1);
    expect(asMember.data.organization.members.nodes[0].user.email).toBe(member.email); // their own
    expect(asMember.data.organization.invitations).toBeNull();
    const outsider = await createUser(t.db);
    expect(
      (await t.gql<any>(query, { s: org.slug }, outsider.session)).data.organization.members,
    ).toBeNull();
  });

  it('is verified by a platform admin, recording who and when, with an audit entry', async () => {
    const admin = await createUser(t.db, { platformRole: 'ADMIN' });
    const org = await createOrganization(t.db);
    const res = await t.gql<any>(
      `mutation($id: ID!) { verifyOrganization(id: $id) { verified verifiedAt } }`,
      { id: org.globalId },
      admin.session,
    );
    expect(res.data.verifyOrganization.verified).toBe(true);
    const stored = await t.db.getRepository(Organization).findOneByOrFail({ id: org.id });
    expect(stored.verifiedBy).toBe(admin.id);
    expect(
      await t.db
        .getRepository(AuditEvent)
        .findOneBy({ action: 'organization.verified', subjectId: org.id }),
    ).toMatchObject({ actorId: admin.id });
    const log = await t.gql<any>(
      `{ auditEvents(first: 5, action: "organization.verified") { totalCount nodes { action actor { displayName } } } }`,
      {},
      admin.session,
    );
    expect(log.data.auditEvents.nodes[0].actor).not.toBeNull();
  });

  it('filters and pages the directory', async () => {
    await createOrganization(t.db, {
      name: 'Zeta Bank Compliance',
      slug: 'zeta-bank',
      stakeholderType: 'PRIVATE_SECTOR',
      country: 'SE',
    });
    const q = `query($f: OrganizationFilter, $first: Int, $after: String) { organizations(filter: $f, first: $first, after: $after) { totalCount nodes { slug stakeholderType } pageInfo { hasNextPage endCursor } } }`;
    const banks = await t.gql<any>(q, {
      f: { stakeholderTypes: ['PRIVATE_SECTOR'], countries: ['SE'] },
    });
    expect(banks.data.organizations.nodes.map((n: { slug: string }) => n.slug)).toEqual([
      'zeta-bank',
    ]);
    const all = (await t.gql<any>(q, { first: 100 })).data.organizations;
    const page1 = (await t.gql<any>(q, { first: 2 })).data.organizations;
    const page2 = (await t.gql<any>(q, { first: 2, after: page1.pageInfo.endCursor })).data
      .organizations;
    expect([...page1.nodes, ...page2.nodes].map((n: { slug: string }) => n.slug)).toEqual(
      all.nodes.slice(0, 4).map((n: { slug: string }) => n.slug),
    );
    const tooMany = await t.gql(q, { first: 101 });
    expect(tooMany.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
