import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CounterApproach,
  MisusedTechnology,
  MisuseTrend,
  TraffickingStage,
} from '@alliance/graphql';
import type { PatternTaxonomyKind } from './patternTaxonomy';

/** The catalogue key of a misuse taxonomy's code: t() accepts it only if en.json has them all. */
function keyOf(kind: PatternTaxonomyKind, code: string) {
  switch (kind) {
    case 'stage':
      return `misusePatterns.stage.${code as TraffickingStage}` as const;
    case 'technology':
      return `misusePatterns.technology.${code as MisusedTechnology}` as const;
    case 'trend':
      return `misusePatterns.trend.${code as MisuseTrend}` as const;
    case 'approach':
      return `misusePatterns.approach.${code as CounterApproach}` as const;
  }
}

export type PatternLabel = (kind: PatternTaxonomyKind, code: string) => string;

/** Labels of the misuse taxonomies in the interface language (the code itself when unknown). */
export function usePatternLabels(): PatternLabel {
  const { t } = useTranslation();
  return useMemo<PatternLabel>(
    () => (kind, code) => t(keyOf(kind, code), { defaultValue: code }),
    [t],
  );
}
