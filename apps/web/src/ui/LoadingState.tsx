import { useTranslation } from 'react-i18next';

/** A polite "Loading…" announcement with a small spinner. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading-state">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}
