import { useTranslation } from 'react-i18next';
import type { PracticeState, StakeholderType, Visibility } from '@alliance/graphql';
import { useLabels } from './taxonomy/useLabels';

/** Draft, published or archived. */
export function StateBadge({ state }: { state: PracticeState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--state-${state.toLowerCase()}`} data-testid="state-badge">
      {t(`practiceState.${state}`)}
    </span>
  );
}

/** Who may see the practice: everyone, members of verified organizations, or chosen types. */
export function VisibilityBadge({
  visibility,
  visibleTo = [],
}: {
  visibility: Visibility;
  visibleTo?: readonly StakeholderType[];
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const text =
    visibility === 'RESTRICTED' && visibleTo.length
      ? t('visibility.restrictedTo', {
          types: visibleTo.map((type) => labels.taxonomy('stakeholderType', type)).join(', '),
        })
      : t(`visibility.${visibility}`);
  return (
    <span
      className={`badge badge--visibility-${visibility.toLowerCase()}`}
      data-testid="visibility-badge"
    >
      {text}
    </span>
  );
}
