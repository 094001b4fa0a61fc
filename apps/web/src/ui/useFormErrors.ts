import { useCallback, useEffect, useRef, useState } from 'react';
import { fieldErrorMap, validationError, type ApiError, type FieldError } from './errors';

/**
 * A form's error state: the current ApiError, its per-field messages, and focus moved to the
 * first invalid field whenever new field errors arrive (so keyboard users land on the problem).
 */
export function useFormErrors() {
  const [error, setError] = useState<ApiError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!error?.fieldErrors.some((e) => e.field)) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const fail = useCallback((next: ApiError) => setError(next), []);
  const invalid = useCallback(
    (fieldErrors: FieldError[]) => setError(validationError(fieldErrors)),
    [],
  );
  const clear = useCallback(() => setError(null), []);

  return { error, fields: fieldErrorMap(error), fail, invalid, clear, formRef };
}
