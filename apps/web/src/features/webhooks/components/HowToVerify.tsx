import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DELIVERY_HEADERS } from '../events';

/** The recipe, in code: the same on every platform (docs/webhooks.md, "Verifying the signature"). */
const RECIPE = `signed   = X-Alliance-Timestamp + "." + raw body
expected = "sha256=" + hex(HMAC-SHA256(key = signing secret, signed))
valid    = constant-time-equal(expected, X-Alliance-Signature)
           and |now - X-Alliance-Timestamp| <= 300 s`;

/** How a receiver checks that a delivery comes from the platform: headers and the HMAC recipe. */
export function HowToVerify() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="prose" aria-labelledby={headingId} data-testid="webhook-verify">
      <h3 id={headingId}>{t('webhooks.verify.heading')}</h3>
      <p>{t('webhooks.verify.intro')}</p>
      <ul>
        {DELIVERY_HEADERS.map(([header, key]) => (
          <li key={header}>
            <code>{header}</code>: {t(`webhooks.verify.${key}`)}
          </li>
        ))}
      </ul>
      <p>{t('webhooks.verify.recipe')}</p>
      <pre className="code-block">{RECIPE}</pre>
      <p>{t('webhooks.verify.freshness')}</p>
      <p className="muted">{t('webhooks.verify.answer')}</p>
    </section>
  );
}
