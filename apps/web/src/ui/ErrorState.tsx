import { useTranslation } from 'react-i18next';

interface ErrorStateProps {
  /** What failed, in words a user understands (never the raw error). */
  message: string;
  onRetry?: () => void;
}

/** An inline, announced error with an optional "Try again" button. */
export function ErrorState({ message, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="error-state">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}
