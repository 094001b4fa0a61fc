// The audit log's actions, for the filter: the same list the API writes (from @alliance/domain).
// Labels are the codes themselves: admins read them as-is.
export { AUDIT_ACTIONS } from '@alliance/domain';
