import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import {
  DeleteWebhookDocument,
  EnableWebhookDocument,
  RotateWebhookSecretDocument,
  SendTestWebhookDocument,
  UpdateWebhookDocument,
  type WebhookFieldsFragment,
} from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';
import { inFormOrder } from '../events';
import { DeliveryLog } from './DeliveryLog';
import { WebhookForm } from './WebhookForm';
import { WebhookSecret, type ShownSecret } from './WebhookSecret';

/** Full width inside the flex row of an item. */
const FULL_WIDTH = { flexBasis: '100%' } as const;
/** Long URLs break anywhere rather than widen the page. */
const WRAP_ANYWHERE = { overflowWrap: 'anywhere' } as const;

interface WebhookItemProps {
  webhook: WebhookFieldsFragment;
  /** Something to announce in the section's status line. */
  onStatus: (message: string) => void;
}

/**
 * One endpoint: its settings and state, its actions, and (on demand) its delivery log. A secret
 * from a rotation is shown here, in place of the actions, until the admin has stored it.
 */
export function WebhookItem({ webhook, onStatus }: WebhookItemProps) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const logId = useId();
  const [update] = useMutation(UpdateWebhookDocument);
  const [enable, { loading: enabling }] = useMutation(EnableWebhookDocument);
  const [sendTest, { loading: sending }] = useMutation(SendTestWebhookDocument);
  // no-cache: the answer holds the secret, which must not stay in the Apollo cache.
  const [rotate] = useMutation(RotateWebhookSecretDocument, { fetchPolicy: 'no-cache' });
  const [remove] = useMutation(DeleteWebhookDocument, {
    update(cache, { data }) {
      if (!data?.deleteWebhook) return;
      // The organization's list drops the dangling reference on its own.
      cache.evict({ id: cache.identify({ __typename: 'Webhook', id: webhook.id }) });
      cache.gc();
    },
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState(false);
  const [logOpen, setLogOpen] = useState(false);
  // Bumped after a test is sent: the log mounts again and shows the new ping on top.
  const [logVersion, setLogVersion] = useState(0);
  // The rotated secret lives in this component's state only: never in the cache.
  const [rotated, setRotated] = useState<ShownSecret | null>(null);
  const { url } = webhook;

  async function act<T>(action: () => Promise<T>): Promise<T | null> {
    setError(null);
    const result = await attempt(action);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    return result.value;
  }

  async function onEnable() {
    if (await act(() => enable({ variables: { id: webhook.id } }))) {
      onStatus(t('webhooks.list.enabled', { url }));
    }
  }

  async function onSendTest() {
    if (await act(() => sendTest({ variables: { id: webhook.id } }))) {
      setLogOpen(true);
      setLogVersion((v) => v + 1);
      onStatus(t('webhooks.list.testQueued', { url }));
    }
  }

  async function onRotate() {
    const result = await act(() => rotate({ variables: { id: webhook.id } }));
    const secret = result?.data?.rotateWebhookSecret.secret;
    // Replaces the actions (and so the confirming button, which would take the focus back).
    if (secret) setRotated({ url, secret, kind: 'rotated' });
  }

  async function onDelete() {
    if (await act(() => remove({ variables: { id: webhook.id } }))) {
      onStatus(t('webhooks.list.deleted', { url }));
    }
  }

  return (
    <li
      className="item item--stacked"
      data-testid="webhook"
      data-webhook-id={webhook.id}
      data-active={webhook.active}
    >
      <div className="item__main">
        <p className="item__title">
          <code style={WRAP_ANYWHERE}>{url}</code>
          {webhook.active ? (
            <span className="badge badge--verified">{t('webhooks.list.active')}</span>
          ) : (
            <span className="badge badge--state-draft">{t('webhooks.list.disabled')}</span>
          )}
        </p>
        {webhook.description && <p className="item__meta">{webhook.description}</p>}
        <p className="item__meta">
          {t('webhooks.list.events')}:{' '}
          {inFormOrder(webhook.events)
            .map((event) => t(`webhooks.event.${event}`))
            .join(', ')}
        </p>
        <p className="item__meta">
          {t('webhooks.list.added', { date: format.date(webhook.createdAt) })} ·{' '}
          <span data-testid="webhook-failures" data-value={webhook.consecutiveFailures}>
            {webhook.consecutiveFailures > 0
              ? t('webhooks.list.failures', { count: webhook.consecutiveFailures })
              : t('webhooks.list.noFailures')}
          </span>
        </p>
        {!webhook.active && (
          <p className="notice notice--error" data-testid="webhook-disabled-reason">
            {webhook.disabledReason
              ? t('webhooks.list.disabledReason', { reason: webhook.disabledReason })
              : t('webhooks.list.disabledNoReason')}
          </p>
        )}
      </div>
      {rotated ? (
        <div style={FULL_WIDTH}>
          <WebhookSecret key={rotated.secret} shown={rotated} onDone={() => setRotated(null)} />
        </div>
      ) : (
        <div className="item__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t('webhooks.list.editLabel', { url })}
            aria-expanded={editing}
            onClick={() => setEditing((on) => !on)}
          >
            {t('webhooks.list.edit')}
          </button>
          {webhook.active ? (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('webhooks.list.sendTestLabel', { url })}
              disabled={sending}
              onClick={onSendTest}
            >
              {t('webhooks.list.sendTest')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--small"
              aria-label={t('webhooks.list.enableLabel', { url })}
              disabled={enabling}
              onClick={onEnable}
            >
              {t('webhooks.list.enable')}
            </button>
          )}
          <ConfirmButton
            label={t('webhooks.list.rotate')}
            ariaLabel={t('webhooks.list.rotateLabel', { url })}
            question={t('webhooks.list.rotateQuestion', { url })}
            confirmLabel={t('webhooks.list.rotateConfirm')}
            onConfirm={onRotate}
          />
          <ConfirmButton
            label={t('webhooks.list.delete')}
            ariaLabel={t('webhooks.list.deleteLabel', { url })}
            question={t('webhooks.list.deleteQuestion', { url })}
            confirmLabel={t('webhooks.list.deleteConfirm')}
            onConfirm={onDelete}
          />
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t('webhooks.list.showLogLabel', { url })}
            aria-expanded={logOpen}
            aria-controls={logOpen ? logId : undefined}
            onClick={() => setLogOpen((on) => !on)}
          >
            {t('webhooks.list.showLog')}
          </button>
        </div>
      )}
      <FormError error={error} />
      {editing && (
        <div style={FULL_WIDTH}>
          <h3>{t('webhooks.form.editHeading')}</h3>
          <WebhookForm
            initial={webhook}
            submitLabel={t('webhooks.form.save')}
            onCancel={() => setEditing(false)}
            onSubmit={async (input) => {
              const result = await attempt(() => update({ variables: { id: webhook.id, input } }));
              if (!result.ok) return result.error;
              setEditing(false);
              onStatus(t('webhooks.list.saved', { url: input.url }));
              return null;
            }}
          />
        </div>
      )}
      {logOpen && (
        <div style={FULL_WIDTH}>
          <DeliveryLog key={logVersion} id={logId} webhookId={webhook.id} url={url} />
        </div>
      )}
    </li>
  );
}
