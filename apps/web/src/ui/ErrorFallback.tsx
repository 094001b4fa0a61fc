import { useTranslation } from 'react-i18next';
import { PageTitle } from './PageTitle';

interface ErrorFallbackProps {
  /** Rendered without the layout around it, so it brings its own <main>. */
  standalone?: boolean;
  /** What "Reload" does; reloads the page by default. */
  onReload?: () => void;
}

const reloadPage = () => window.location.reload();

/**
 * What users see when something crashed: a plain message, a "Reload" button and a way home.
 * Deliberately shows no error details or stack trace.
 */
export function ErrorFallback({ standalone = false, onReload = reloadPage }: ErrorFallbackProps) {
  const { t } = useTranslation();
  const content = (
    <div className="message-page" role="alert">
      <PageTitle page={t('error.title')} />
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p className="actions">
        <button type="button" className="button" onClick={onReload}>
          {t('error.reload')}
        </button>
        {/* A plain link: the router may be what failed. */}
        <a href="/">{t('error.home')}</a>
      </p>
    </div>
  );
  return standalone ? (
    <main id="main" className="container site-main">
      {content}
    </main>
  ) : (
    content
  );
}
