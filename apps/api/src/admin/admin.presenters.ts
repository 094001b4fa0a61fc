import type { AuditEvent, AuditEventModel } from '../audit';
import { toGlobalId } from '../common/relay/global-id';

export function presentAuditEvent(e: AuditEvent): AuditEventModel {
  return {
    id: toGlobalId('AuditEvent', e.id),
    action: e.action,
    actorId: e.actorId,
    subjectType: e.subjectType,
    subjectId: e.subjectType && e.subjectId ? toGlobalId(e.subjectType, e.subjectId) : null,
    ip: e.ip,
    details: e.details,
    createdAt: e.createdAt,
  };
}
