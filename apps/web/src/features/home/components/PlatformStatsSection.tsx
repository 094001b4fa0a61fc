import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { usePlatformStats } from '../hooks/usePlatformStats';
import { StakeholderBreakdown } from './StakeholderBreakdown';

/** Live platform figures: organizations, countries, and organizations per stakeholder type. */
export function PlatformStatsSection() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const { stats, loading, retry } = usePlatformStats();
  const headingId = useId();
  const breakdownId = useId();

  let body;
  if (stats) {
    body = (
      <>
        <dl className="stat-grid">
          <div className="stat">
            <dt>{t('home.stats.organizations')}</dt>
            <dd data-testid="stat-organizations" data-value={stats.organizationCount}>
              {format.format(stats.organizationCount)}
            </dd>
          </div>
          <div className="stat">
            <dt>{t('home.stats.countries')}</dt>
            <dd data-testid="stat-countries" data-value={stats.countryCount}>
              {format.format(stats.countryCount)}
            </dd>
          </div>
        </dl>
        <h3 id={breakdownId}>{t('home.stats.byStakeholderType')}</h3>
        {stats.organizationCount === 0 && <p className="muted">{t('home.stats.empty')}</p>}
        <StakeholderBreakdown
          items={stats.organizationsByStakeholderType}
          labelledBy={breakdownId}
        />
      </>
    );
  } else if (loading) {
    body = <LoadingState />;
  } else {
    body = <ErrorState message={t('home.stats.error')} onRetry={retry} />;
  }

  return (
    <section className="stats card" aria-labelledby={headingId} aria-busy={loading}>
      <h2 id={headingId}>{t('home.stats.heading')}</h2>
      {body}
    </section>
  );
}
