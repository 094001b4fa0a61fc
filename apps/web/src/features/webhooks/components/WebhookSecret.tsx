import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A signing secret just returned by createWebhook or rotateWebhookSecret. */
export interface ShownSecret {
  /** The webhook's URL, to say which one it signs for. */
  url: string;
  secret: string;
  /** A new webhook, or a rotation of an existing one's secret. */
  kind: 'created' | 'rotated';
}

/** The signing secret, shown this once with a copy button and a warning. */
export function WebhookSecret({ shown, onDone }: { shown: ShownSecret; onDone: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const inputId = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  // Take focus, so screen-reader and keyboard users find the secret straight away.
  useEffect(() => headingRef.current?.focus(), [shown]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(shown.secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section
      className="card card--highlight"
      aria-labelledby={headingId}
      data-testid="webhook-secret"
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {shown.kind === 'created'
          ? t('webhooks.secret.createdHeading')
          : t('webhooks.secret.rotatedHeading')}
      </h3>
      <p className="muted">{t('webhooks.secret.for', { url: shown.url })}</p>
      <div className="notice notice--warning">
        <p>
          <strong>{t('webhooks.secret.warning')}</strong>
        </p>
        {shown.kind === 'rotated' && <p>{t('webhooks.secret.rotatedNote')}</p>}
      </div>
      <label htmlFor={inputId} className="field__label">
        {t('webhooks.secret.label')}
      </label>
      <div className="secret">
        <input
          id={inputId}
          className="input secret__value"
          readOnly
          value={shown.secret}
          data-testid="webhook-secret-value"
          onFocus={(e) => e.target.select()}
          spellCheck={false}
        />
        <button type="button" className="button" onClick={copy}>
          {t('webhooks.secret.copy')}
        </button>
      </div>
      <p role="status" className="status-line">
        {copied === 'yes'
          ? t('webhooks.secret.copied')
          : copied === 'failed'
            ? t('webhooks.secret.copyFailed')
            : ''}
      </p>
      <p className="actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('webhooks.secret.done')}
        </button>
      </p>
    </section>
  );
}
