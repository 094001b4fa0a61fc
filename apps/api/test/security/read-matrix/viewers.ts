/**
 * The kinds of viewer the read matrix asks as, and the audiences (sets of viewers) its rules
 * are written in. Fixture ownership (see world.ts):
 * - `gov*`: member / editor / admin of a verified GOVERNMENT organization (law-enforcement-like
 *   tier; packages/domain has no separate law-enforcement type), which owns nothing but is a
 *   partner of one restricted practice;
 * - `ngo*`: member / editor / admin of a verified CIVIL_SOCIETY organization, which owns the
 *   drafts and the unpublished items;
 * - the audience items (public, members-only, restricted…) belong to a verified ACADEMIA
 *   organization none of the viewers is in;
 * - `readToken` is a read-only API token of govMember, `writeToken` a read+write token of ngoAdmin.
 */
export const VIEWERS = [
  'visitor',
  'unverifiedAccount',
  'govMember',
  'govEditor',
  'govAdmin',
  'ngoMember',
  'ngoEditor',
  'ngoAdmin',
  'unverifiedOrgMember',
  'moderator',
  'platformAdmin',
  'readToken',
  'writeToken',
] as const;
export type Viewer = (typeof VIEWERS)[number];
export type Audience = readonly Viewer[];

const GOV_ORG: Audience = ['govMember', 'govEditor', 'govAdmin', 'readToken'];
const NGO_ORG_MEMBERS: Audience = ['ngoMember', 'ngoEditor', 'ngoAdmin', 'writeToken'];
const MODERATORS: Audience = ['moderator', 'platformAdmin'];

export const A = {
  EVERYONE: VIEWERS,
  SIGNED_IN: VIEWERS.filter((v) => v !== 'visitor'),
  /** Members of a verified organization (any type), moderators and platform admins. */
  VERIFIED_MEMBERS: [...GOV_ORG, ...NGO_ORG_MEMBERS, ...MODERATORS],
  /** RESTRICTED to GOVERNMENT: verified GOVERNMENT members, moderators (not the unverified GOVERNMENT org). */
  GOVERNMENT: [...GOV_ORG, ...MODERATORS],
  /** RESTRICTED to CIVIL_SOCIETY. */
  CIVIL_SOCIETY: [...NGO_ORG_MEMBERS, ...MODERATORS],
  /** Drafts and unpublished items of the CIVIL_SOCIETY organization: its members only. */
  NGO_OWNERS: NGO_ORG_MEMBERS,
  /** The CIVIL_SOCIETY organization's member list: its members and platform admins. */
  NGO_MEMBER_LIST: [...NGO_ORG_MEMBERS, 'platformAdmin'],
  /** Invitations, join requests, webhooks of the CIVIL_SOCIETY organization: its admins and platform admins. */
  NGO_ADMINS: ['ngoAdmin', 'writeToken', 'platformAdmin'],
  /** Hidden posts, flags: moderators (and the post's author, who is no viewer here). */
  MODERATORS,
  PLATFORM_ADMIN: ['platformAdmin'],
  /** Removed posts, collection notes of drafts: nobody through the API. */
  NOBODY: [],
} as const satisfies Record<string, Audience>;

/** A fixed, non-sequential client address per viewer, so per-IP limits never mix viewers. */
export const clientAddress = (v: Viewer) => `192.0.2.${100 + VIEWERS.indexOf(v)}`;
