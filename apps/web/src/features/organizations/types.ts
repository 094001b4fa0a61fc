import type { OrganizationPageQuery } from '@alliance/graphql';

/** The organization as its page loads it. */
export type OrganizationPageData = NonNullable<OrganizationPageQuery['organization']>;
export type MemberRow = NonNullable<OrganizationPageData['members']>['nodes'][number];
export type InvitationRow = NonNullable<OrganizationPageData['invitations']>[number];
export type JoinRequestRow = NonNullable<OrganizationPageData['joinRequests']>[number];
