import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../ui/PageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="message-page">
      <PageTitle page={t('notFound.title')} />
      <p className="eyebrow">{t('notFound.code')}</p>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p className="actions">
        <Link to="/" className="button">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
