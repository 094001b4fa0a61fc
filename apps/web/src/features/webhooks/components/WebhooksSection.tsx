import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { CreateWebhookDocument, OrganizationWebhooksDocument } from '@alliance/graphql';
import { attempt } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { HowToVerify } from './HowToVerify';
import { WebhookForm } from './WebhookForm';
import { WebhookItem } from './WebhookItem';
import { WebhookSecret, type ShownSecret } from './WebhookSecret';

interface WebhooksSectionProps {
  organization: { id: string; slug: string };
}

/**
 * An organization's webhooks, for its admins (and platform admins): the endpoints with their
 * state and delivery logs, a form to add one, the signing secret shown once after creating or
 * rotating, and how a receiver verifies deliveries.
 */
export function WebhooksSection({ organization }: WebhooksSectionProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OrganizationWebhooksDocument, {
    variables: { slug: organization.slug },
    fetchPolicy: 'cache-and-network',
  });
  // no-cache: the answer holds the secret, which must not stay in the Apollo cache.
  const [create] = useMutation(CreateWebhookDocument, { fetchPolicy: 'no-cache' });
  // The secret lives in this component's state only: never in the cache, gone on leaving.
  const [shown, setShown] = useState<ShownSecret | null>(null);
  const [status, setStatus] = useState('');
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const webhooks = data?.organization?.webhooks;

  let list;
  if (webhooks) {
    list =
      webhooks.length === 0 ? (
        <p className="muted">{t('webhooks.none')}</p>
      ) : (
        <ul className="item-list" aria-label={t('webhooks.list.heading')} data-testid="webhooks">
          {webhooks.map((webhook) => (
            <WebhookItem key={webhook.id} webhook={webhook} onStatus={setStatus} />
          ))}
        </ul>
      );
  } else if (loading) list = <LoadingState />;
  else if (error) list = <ErrorState message={t('webhooks.loadError')} onRetry={reload} />;

  return (
    <section className="card" aria-labelledby="webhooks-heading" data-testid="webhooks-section">
      <h2 id="webhooks-heading">{t('webhooks.heading')}</h2>
      <p className="muted">{t('webhooks.intro')}</p>
      <p role="status" className="status-line">
        {status}
      </p>
      {shown && <WebhookSecret key={shown.secret} shown={shown} onDone={() => setShown(null)} />}
      {list}
      {!shown && (
        <>
          <h3>{t('webhooks.form.addHeading')}</h3>
          <WebhookForm
            submitLabel={t('webhooks.form.add')}
            onSubmit={async (input) => {
              setStatus('');
              const result = await attempt(() =>
                create({ variables: { organizationId: organization.id, input } }),
              );
              if (!result.ok) return result.error;
              const created = result.value.data?.createWebhook;
              if (created) {
                setShown({ url: created.webhook.url, secret: created.secret, kind: 'created' });
                setStatus(t('webhooks.list.created', { url: created.webhook.url }));
              }
              reload();
              return null;
            }}
          />
        </>
      )}
      <HowToVerify />
    </section>
  );
}
