import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../ui/PageTitle';

export function AboutPage() {
  const { t } = useTranslation();
  return (
    <article className="prose">
      <PageTitle page={t('about.title')} />
      <h1>{t('about.heading')}</h1>
      <p className="lead">{t('about.intro')}</p>
      <h2>{t('about.practices.heading')}</h2>
      <p>{t('about.practices.body')}</p>
      <h2>{t('about.technology.heading')}</h2>
      <p>{t('about.technology.body')}</p>
      <h2>{t('about.discussion.heading')}</h2>
      <p>{t('about.discussion.body')}</p>
      <h2>{t('about.context.heading')}</h2>
      <p>{t('about.context.body')}</p>
    </article>
  );
}
