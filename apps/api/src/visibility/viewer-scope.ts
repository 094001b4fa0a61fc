import type { StakeholderType } from '@alliance/domain';
import type { DataSource } from 'typeorm';
import { type Actor, isModerator } from '../common/actor';

/**
 * What the viewer's memberships open up: their organizations, and the stakeholder types of
 * those that are verified. Loaded once per request; every practice query path filters by it.
 */
export interface ViewerScope {
  userId: string | null;
  memberOrgIds: string[];
  verifiedStakeholderTypes: StakeholderType[];
  memberOfVerifiedOrganization: boolean;
  moderator: boolean;
}

export const ANONYMOUS_SCOPE: ViewerScope = {
  userId: null,
  memberOrgIds: [],
  verifiedStakeholderTypes: [],
  memberOfVerifiedOrganization: false,
  moderator: false,
};

export async function loadViewerScope(db: DataSource, actor: Actor): Promise<ViewerScope> {
  if (actor.kind !== 'user') return ANONYMOUS_SCOPE;
  const rows: { id: string; stakeholder_type: StakeholderType; verified: boolean }[] =
    await db.query(
      `SELECT o.id, o.stakeholder_type, o.verified_at IS NOT NULL AS verified
       FROM membership m JOIN organization o ON o.id = m.organization_id
      WHERE m.user_id = $1`,
      [actor.user.id],
    );
  const verified = rows.filter((r) => r.verified);
  return {
    userId: actor.user.id,
    memberOrgIds: rows.map((r) => r.id),
    verifiedStakeholderTypes: [...new Set(verified.map((r) => r.stakeholder_type))],
    memberOfVerifiedOrganization: verified.length > 0,
    moderator: isModerator(actor),
  };
}

/** The scope of one request's caller, loaded on first use and then reused. */
export function viewerScopeOnce(db: DataSource, actor: Actor): () => Promise<ViewerScope> {
  let scope: Promise<ViewerScope> | undefined;
  return () => (scope ??= loadViewerScope(db, actor));
}
