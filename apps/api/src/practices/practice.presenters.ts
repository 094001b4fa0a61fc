import { toGlobalId } from '../common/relay/global-id';
import type { Practice, PracticeEndorsement, PracticeRevision } from './practice.entity';
import type { EndorsementModel, PracticeModel, PracticeRevisionModel } from './practice.models';

export function presentPractice(p: Practice): PracticeModel {
  return {
    id: toGlobalId('Practice', p.id),
    entity: p,
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    body: p.body,
    state: p.state,
    visibility: p.visibility,
    visibleTo: p.visibleTo,
    focusAreas: p.focusAreas,
    purposes: p.purposes,
    formsOfExploitation: p.formsOfExploitation,
    technologies: p.technologies,
    targetUsers: p.targetUsers,
    sectors: p.sectors,
    countries: p.countries,
    regions: p.regions,
    global: p.isGlobal,
    languages: p.languages,
    status: p.status,
    yearStarted: p.yearStarted,
    yearEnded: p.yearEnded,
    links: p.links,
    evidenceLevel: p.evidenceLevel,
    survivorInvolvement: p.survivorInvolvement,
    sdg87: p.sdg87,
    iloIndicators: p.iloIndicators,
    publishedAt: p.publishedAt,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export const presentRevision = (r: PracticeRevision): PracticeRevisionModel => ({
  id: toGlobalId('PracticeRevision', r.id),
  number: r.number,
  authorId: r.authorId,
  changedFields: r.changedFields,
  snapshot: r.snapshot,
  createdAt: r.createdAt,
});

export const presentEndorsement = (e: PracticeEndorsement): EndorsementModel => ({
  organizationId: e.organizationId,
  userId: e.userId,
  kind: e.kind,
  comment: e.comment,
  createdAt: e.createdAt,
});
