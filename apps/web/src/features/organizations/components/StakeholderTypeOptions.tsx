import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_TYPES } from '@alliance/domain';

/** <option>s for the stakeholder types, in the taxonomy's order. */
export function StakeholderTypeOptions() {
  const { t } = useTranslation();
  return (
    <>
      {STAKEHOLDER_TYPES.map(({ code }) => (
        <option key={code} value={code}>
          {t(`stakeholderType.${code}`)}
        </option>
      ))}
    </>
  );
}
