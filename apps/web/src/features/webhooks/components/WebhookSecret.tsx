import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyableSecret } from '../../../ui/CopyableSecret';

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

  // Take focus, so screen-reader and keyboard users find the secret straight away.
  useEffect(() => headingRef.current?.focus(), [shown]);
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
      <CopyableSecret
        value={shown.secret}
        testId="webhook-secret-value"
        labels={{
          label: t('webhooks.secret.label'),
          copy: t('webhooks.secret.copy'),
          copied: t('webhooks.secret.copied'),
          copyFailed: t('webhooks.secret.copyFailed'),
        }}
      />
      <p className="actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('webhooks.secret.done')}
        </button>
      </p>
    </section>
  );
}
