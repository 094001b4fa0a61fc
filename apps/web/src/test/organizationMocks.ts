import type {
  MembershipRole,
  OrganizationCardFragment,
  OrganizationPageQuery,
} from '@alliance/graphql';

type Org = NonNullable<OrganizationPageQuery['organization']>;

/** A directory card's organization, with __typename. */
export function cardData(overrides: Partial<OrganizationCardFragment> = {}) {
  return {
    __typename: 'Organization' as const,
    id: 'T3JnOjE',
    slug: 'natco-at',
    name: 'National Anti-Trafficking Coordination Office',
    stakeholderType: 'GOVERNMENT' as const,
    country: 'AT',
    countryName: 'Austria',
    verified: true,
    memberCount: 3,
    ...overrides,
  };
}

export function memberData(
  id: string,
  displayName: string,
  role: MembershipRole,
  email: string | null = null,
) {
  return {
    __typename: 'Membership' as const,
    role,
    createdAt: '2026-01-10T10:00:00.000Z',
    user: { __typename: 'User' as const, id, displayName, email },
  };
}

/** The organization page's organization; members/invitations/joinRequests null unless given. */
export function organizationPageData(overrides: Partial<Record<keyof Org, unknown>> = {}) {
  return {
    ...cardData(),
    description: 'Coordinates the national referral mechanism.',
    website: 'https://natco.example.org',
    verifiedAt: '2026-02-01T12:00:00.000Z',
    createdAt: '2025-12-01T09:00:00.000Z',
    viewerRole: null,
    viewerJoinRequest: null,
    members: null,
    invitations: null,
    joinRequests: null,
    ...overrides,
  };
}

export function membersData(nodes: ReturnType<typeof memberData>[]) {
  return { __typename: 'MembershipConnection' as const, totalCount: nodes.length, nodes };
}
