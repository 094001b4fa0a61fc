/**
 * The audit log's actions, for the filter (the API's AUDIT_ACTIONS in
 * apps/api/src/audit/audit.service.ts). Labels are the codes themselves: admins read them as-is.
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
] as const;
