/**
 * The security-relevant events the API records in its audit log. Shared so the admin page's
 * filter always lists what the API can write.
 */
export const AUDIT_ACTIONS = [
  'user.signed_up',
  'user.email_verified',
  'user.signed_in',
  'user.sign_in_failed',
  'user.sign_in_locked',
  'user.signed_out',
  'user.password_changed',
  'user.password_reset_requested',
  'user.password_reset',
  'user.platform_role_changed',
  'session.revoked',
  'api_token.created',
  'api_token.revoked',
  'organization.created',
  'organization.updated',
  'organization.verified',
  'organization.unverified',
  'invitation.created',
  'invitation.accepted',
  'invitation.revoked',
  'join_request.created',
  'join_request.approved',
  'join_request.rejected',
  'membership.role_changed',
  'membership.removed',
  'membership.left',
  'practice.unpublished',
  'thread.moderated',
  'post.hidden',
  'post.restored',
  'post.auto_hidden',
  'user.suspended',
  'flag.dismissed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
