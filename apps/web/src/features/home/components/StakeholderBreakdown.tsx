import { useTranslation } from 'react-i18next';
import type { PlatformStats } from '../hooks/usePlatformStats';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';

interface StakeholderBreakdownProps {
  items: PlatformStats['organizationsByStakeholderType'];
  labelledBy: string;
}

/** Organizations per stakeholder type, as a list of labelled counts with proportional bars. */
export function StakeholderBreakdown({ items, labelledBy }: StakeholderBreakdownProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const max = Math.max(0, ...items.map((item) => item.count));

  return (
    <ul className="breakdown" aria-labelledby={labelledBy} data-testid="stakeholder-breakdown">
      {items.map(({ stakeholderType, count }) => (
        <li
          key={stakeholderType}
          className="breakdown__item"
          data-testid={`stakeholder-type-${stakeholderType}`}
          data-value={count}
        >
          <span className="breakdown__label">{t(`stakeholderType.${stakeholderType}`)}</span>{' '}
          <span className="breakdown__count">{format.format(count)}</span>
          <span className="breakdown__track" aria-hidden="true">
            <span
              className="breakdown__bar"
              style={{ width: `${max > 0 ? (count / max) * 100 : 0}%` }}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}
