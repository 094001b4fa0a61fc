import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onlyFieldErrors, type ApiError } from './errors';

/** The sentence to show for an API error: the API's own message when it has one for users. */
export function useErrorMessage(): (error: ApiError) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error.code === 'NETWORK') return t('errors.network');
    if (onlyFieldErrors(error)) return t('errors.checkFields');
    const general = error.fieldErrors.find((e) => e.field === '')?.message;
    return error.message ?? general ?? t('errors.unexpected');
  };
}

interface FormErrorProps {
  error: ApiError | null | undefined;
  /** Extra help under the message, e.g. a "Reset your password" link. */
  children?: ReactNode;
}

/**
 * A form's (or an action's) error, announced by screen readers (role=alert). Per-field messages
 * are shown next to their fields; then this only says to look at them.
 */
export function FormError({ error, children }: FormErrorProps) {
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <div role="alert" className="form-error" data-code={error.code}>
      <p>{message(error)}</p>
      {children}
    </div>
  );
}
