import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../ui/PageTitle';
import { PlatformStatsSection } from '../components/PlatformStatsSection';
import { RecentPractices } from '../components/RecentPractices';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle />
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t('home.hero.title')}</h1>
        <p className="lead">{t('home.hero.lead')}</p>
      </section>
      <PlatformStatsSection />
      <RecentPractices />
    </>
  );
}
