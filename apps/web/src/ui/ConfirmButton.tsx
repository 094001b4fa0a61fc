import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** The button's text ("Remove"). */
  label: string;
  /** Its accessible name when the text alone is ambiguous in a list ("Remove Ana"). */
  ariaLabel?: string;
  /** The question asked before acting ("Remove Ana from the organization?"). */
  question: string;
  /** The confirming button's text ("Yes, remove"). */
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
  className?: string;
  disabled?: boolean;
}

/**
 * A button for an action that cannot be undone: it first asks, in place, for confirmation
 * (no browser dialog), with focus on the confirming button and a way back.
 */
export function ConfirmButton({
  label,
  ariaLabel,
  question,
  confirmLabel,
  onConfirm,
  className = 'button button--secondary button--small',
  disabled,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className={className}
        aria-label={ariaLabel}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm__question">{question}</span>
      <button
        ref={confirmRef}
        type="button"
        className="button button--danger button--small"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => setAsking(false)}
      >
        {t('common.cancel')}
      </button>
    </span>
  );
}
