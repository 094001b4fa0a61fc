import { toGlobalId } from '../common/relay/global-id';
import type { Countermeasure, MisusePattern } from './misuse-pattern.entity';
import type { CountermeasureModel, MisusePatternModel } from './misuse-pattern.models';

export function presentMisusePattern(m: MisusePattern): MisusePatternModel {
  return {
    id: toGlobalId('MisusePattern', m.id),
    entity: m,
    slug: m.slug,
    title: m.title,
    summary: m.summary,
    description: m.description,
    state: m.state,
    visibility: m.visibility,
    visibleTo: m.visibleTo,
    stages: m.stages,
    technologies: m.technologies,
    formsOfExploitation: m.formsOfExploitation,
    indicators: m.indicators,
    regions: m.regions,
    trend: m.trend,
    sources: m.sources.map((s) => ({ label: s.label, url: s.url })),
    publishedAt: m.publishedAt,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

export const presentCountermeasure = (c: Countermeasure): CountermeasureModel => ({
  id: toGlobalId('Countermeasure', c.id),
  entity: c,
  approach: c.approach,
  note: c.note,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});
