import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyableSecret } from '../../../ui/CopyableSecret';
import type { NewToken } from './CreateTokenForm';

/** The new token's secret, shown this once with a copy button and a warning. */
export function NewTokenSecret({ token, onDone }: { token: NewToken; onDone: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Take focus, so screen-reader and keyboard users find the secret straight away.
  useEffect(() => headingRef.current?.focus(), []);

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
      <CopyableSecret
        value={token.secret}
        testId="token-secret"
        labels={{
          label: t('apiTokens.secret.label'),
          copy: t('apiTokens.secret.copy'),
          copied: t('apiTokens.secret.copied'),
          copyFailed: t('apiTokens.secret.copyFailed'),
        }}
      />
      <p className="actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('apiTokens.secret.done')}
        </button>
      </p>
    </section>
  );
}
