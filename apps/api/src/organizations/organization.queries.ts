import type { DataSource } from 'typeorm';
import type { IdentityChange } from './organization.service';

/** The identity change that sent an organization back to awaiting verification. */
export interface IdentityChangeRecord {
  changedAt: Date;
  changedById: string | null;
  changes: IdentityChange[];
}

/**
 * Why each of these organizations awaits verification again: the latest identity change that
 * withdrew its verification (from the audit log), while it is unverified and no platform admin
 * has decided on it since. Keyed by id.
 */
export async function identityChangesOf(
  db: DataSource,
  organizationIds: readonly string[],
): Promise<Map<string, IdentityChangeRecord>> {
  const rows: {
    subject_id: string;
    actor_id: string | null;
    created_at: Date;
    details: { changes: IdentityChange[] };
  }[] = await db.query(
    `SELECT DISTINCT ON (e.subject_id) e.subject_id, e.actor_id, e.created_at, e.details
       FROM audit_event e JOIN organization o ON o.id::text = e.subject_id
      WHERE e.subject_type = 'Organization' AND e.action = 'organization.identity_changed'
        AND e.subject_id = ANY($1) AND (e.details->>'verificationWithdrawn')::boolean AND o.verified_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM audit_event v WHERE v.subject_type = 'Organization' AND v.subject_id = e.subject_id
                           AND v.action IN ('organization.verified', 'organization.unverified') AND v.id > e.id)
      ORDER BY e.subject_id, e.created_at DESC, e.id DESC`,
    [organizationIds],
  );
  return new Map(
    rows.map((r) => [
      r.subject_id,
      { changedAt: r.created_at, changedById: r.actor_id, changes: r.details.changes },
    ]),
  );
}
