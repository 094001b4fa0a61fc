import { useTranslation } from 'react-i18next';

/**
 * Sets the document title for a page ("About · Alliance Commons"); without `page`, just the product
 * name. React 19 hoists <title> into <head>.
 */
export function PageTitle({ page }: { page?: string }) {
  const { t } = useTranslation();
  return <title>{page ? t('app.pageTitle', { page }) : t('app.name')}</title>;
}
