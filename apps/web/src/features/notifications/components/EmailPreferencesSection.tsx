import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  EmailNotificationsDocument,
  UpdateNotificationPreferencesDocument,
  type EmailNotifications,
} from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';

const OPTIONS: readonly EmailNotifications[] = ['IMMEDIATE', 'DAILY', 'OFF'];

/** When notifications are emailed: at once, in a daily digest, or never (saved on change). */
export function EmailPreferencesSection() {
  const { t } = useTranslation();
  const { data } = useQuery(EmailNotificationsDocument, { fetchPolicy: 'cache-and-network' });
  const [update, { loading }] = useMutation(UpdateNotificationPreferencesDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const name = useId();
  const current = data?.viewer?.emailNotifications;

  async function change(email: EmailNotifications) {
    setError(null);
    setStatus('');
    const result = await attempt(() =>
      update({
        variables: { email },
        update: (cache, { data: answer }) => {
          const viewer = data?.viewer;
          if (!answer || !viewer) return;
          cache.writeQuery({
            query: EmailNotificationsDocument,
            data: {
              viewer: { ...viewer, emailNotifications: answer.updateNotificationPreferences },
            },
          });
        },
      }),
    );
    if (!result.ok) return setError(result.error);
    setStatus(t('notifications.email.saved'));
  }

  return (
    <section
      className="card"
      aria-labelledby="profile-email-notifications"
      data-testid="email-preferences"
    >
      <h2 id="profile-email-notifications">{t('notifications.email.heading')}</h2>
      <fieldset className="filter-group" disabled={!current || loading}>
        <legend className="visually-hidden">{t('notifications.email.heading')}</legend>
        {OPTIONS.map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name={name}
              value={value}
              checked={current === value}
              onChange={() => void change(value)}
            />
            {t(`notifications.email.options.${value}`)}
          </label>
        ))}
      </fieldset>
      <FormError error={error} />
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
