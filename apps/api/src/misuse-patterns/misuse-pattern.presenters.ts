import { toGlobalId } from '../common/relay/global-id';
import { presentLibraryItemFields } from '../practices/practice.presenters';
import type { Countermeasure, MisusePattern } from './misuse-pattern.entity';
import type { CountermeasureModel, MisusePatternModel } from './misuse-pattern.models';

export function presentMisusePattern(m: MisusePattern): MisusePatternModel {
  return {
    ...presentLibraryItemFields('MisusePattern', m),
    entity: m,
    description: m.description,
    stages: m.stages,
    technologies: m.technologies,
    formsOfExploitation: m.formsOfExploitation,
    indicators: m.indicators,
    regions: m.regions,
    trend: m.trend,
    sources: m.sources.map((s) => ({ label: s.label, url: s.url })),
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
