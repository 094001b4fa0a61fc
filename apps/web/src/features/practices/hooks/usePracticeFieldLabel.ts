import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SNAPSHOT_FIELDS } from '../revisionDiff';

type PracticeField = (typeof SNAPSHOT_FIELDS)[number] | 'state';

/** The name of a practice field as a user knows it ("formsOfExploitation" → "Forms of exploitation"). */
export function usePracticeFieldLabel(): (field: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (field: string) => t(`practiceField.${field as PracticeField}`, { defaultValue: field }),
    [t],
  );
}
