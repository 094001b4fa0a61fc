import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  submitLabel: string;
  /** The form is being sent: its submit button waits. */
  busy?: boolean;
  /** The submit button's classes ("button button--danger" for one that takes something away). */
  submitClassName?: string;
  /** Adds the usual "Cancel" button after the submit button. */
  onCancel?: () => void;
  /** Other actions after the submit button (a "Cancel" link, …). */
  children?: ReactNode;
}

/** A form's row of actions: its submit button first, then a way out. */
export function FormActions({
  submitLabel,
  busy,
  submitClassName = 'button',
  onCancel,
  children,
}: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button type="submit" className={submitClassName} disabled={busy}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
      {children}
    </div>
  );
}
