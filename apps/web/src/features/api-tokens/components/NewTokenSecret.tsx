import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewToken } from './CreateTokenForm';

/** The new token's secret, shown this once with a copy button and a warning. */
export function NewTokenSecret({ token, onDone }: { token: NewToken; onDone: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputId = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  // Take focus, so screen-reader and keyboard users find the secret straight away.
  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token.secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section
      className="card card--highlight"
      aria-labelledby="new-token-heading"
      data-testid="new-token"
    >
      <h2 id="new-token-heading" ref={headingRef} tabIndex={-1}>
        {t('apiTokens.secret.heading', { name: token.name })}
      </h2>
      <p className="notice notice--warning">
        <strong>{t('apiTokens.secret.warning')}</strong>
      </p>
      <label htmlFor={inputId} className="field__label">
        {t('apiTokens.secret.label')}
      </label>
      <div className="secret">
        <input
          id={inputId}
          className="input secret__value"
          readOnly
          value={token.secret}
          data-testid="token-secret"
          onFocus={(e) => e.target.select()}
          spellCheck={false}
        />
        <button type="button" className="button" onClick={copy}>
          {t('apiTokens.secret.copy')}
        </button>
      </div>
      <p role="status" className="status-line">
        {copied === 'yes'
          ? t('apiTokens.secret.copied')
          : copied === 'failed'
            ? t('apiTokens.secret.copyFailed')
            : ''}
      </p>
      <p className="actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('apiTokens.secret.done')}
        </button>
      </p>
    </section>
  );
}
