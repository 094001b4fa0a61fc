import {
  EVIDENCE_LEVELS,
  FOCUS_AREAS,
  FORMS_OF_EXPLOITATION,
  ILO_FORCED_LABOUR_INDICATORS,
  PRACTICE_STATUSES,
  PURPOSES,
  REGIONS,
  SECTORS,
  STAKEHOLDER_TYPES,
  SURVIVOR_INVOLVEMENT_LEVELS,
  TARGET_USERS,
  TECHNOLOGIES,
  type CodeOf,
} from '@alliance/domain';

/**
 * The taxonomies whose labels the catalogue keeps as taxonomy.<kind>.<CODE> (en.json, from the
 * domain's English labels). Stakeholder types keep their older keys, stakeholderType.<CODE>.
 */
export const LABELLED_TAXONOMIES = {
  focusArea: FOCUS_AREAS,
  purpose: PURPOSES,
  formOfExploitation: FORMS_OF_EXPLOITATION,
  technology: TECHNOLOGIES,
  targetUser: TARGET_USERS,
  sector: SECTORS,
  practiceStatus: PRACTICE_STATUSES,
  evidenceLevel: EVIDENCE_LEVELS,
  survivorInvolvement: SURVIVOR_INVOLVEMENT_LEVELS,
  iloIndicator: ILO_FORCED_LABOUR_INDICATORS,
  region: REGIONS,
} as const;

type Labelled = typeof LABELLED_TAXONOMIES;

/** Every taxonomy a label can be asked for. */
export type TaxonomyKind = keyof Labelled | 'stakeholderType';

/** The catalogue keys of every labelled code: t() accepts them only if en.json has them all. */
export type TaxonomyKey = {
  [K in keyof Labelled]: `taxonomy.${K}.${CodeOf<Labelled[K]>}`;
}[keyof Labelled];

/** The codes of a taxonomy kind, in the taxonomy's order. */
export function codesOfKind(kind: TaxonomyKind): readonly string[] {
  const taxonomy = kind === 'stakeholderType' ? STAKEHOLDER_TYPES : LABELLED_TAXONOMIES[kind];
  return taxonomy.map((entry) => entry.code);
}
