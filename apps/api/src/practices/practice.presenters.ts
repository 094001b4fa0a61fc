import type { Actor } from '../common/actor';
import { toGlobalId } from '../common/relay/global-id';
import { visibleRevisionSnapshot } from '../visibility';
import type { Practice, PracticeEndorsement, PracticeRevision } from './practice.entity';
import type {
  EndorsementModel,
  LibraryItemModel,
  PracticeModel,
  PracticeRevisionModel,
} from './practice.models';

type LibraryItemColumns = Pick<
  Practice,
  | 'id'
  | 'slug'
  | 'title'
  | 'summary'
  | 'state'
  | 'visibility'
  | 'visibleTo'
  | 'publishedAt'
  | 'createdAt'
  | 'updatedAt'
>;

/** The fields every library item presents alike (LibraryItemModel), under its GraphQL type's global id. */
export function presentLibraryItemFields(
  type: 'Practice' | 'MisusePattern',
  item: LibraryItemColumns,
): LibraryItemModel {
  return {
    id: toGlobalId(type, item.id),
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    state: item.state,
    visibility: item.visibility,
    visibleTo: item.visibleTo,
    publishedAt: item.publishedAt,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

export function presentPractice(p: Practice): PracticeModel {
  return {
    ...presentLibraryItemFields('Practice', p),
    entity: p,
    body: p.body,
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
  };
}

/** A revision as `viewer` may see it (fields the practice withholds from them are left out). */
export const presentRevision = (r: PracticeRevision, viewer: Actor): PracticeRevisionModel => ({
  id: toGlobalId('PracticeRevision', r.id),
  number: r.number,
  authorId: r.authorId,
  changedFields: r.changedFields,
  snapshot: visibleRevisionSnapshot(r.snapshot, viewer),
  createdAt: r.createdAt,
});

export const presentEndorsement = (e: PracticeEndorsement): EndorsementModel => ({
  organizationId: e.organizationId,
  userId: e.userId,
  kind: e.kind,
  comment: e.comment,
  createdAt: e.createdAt,
});
