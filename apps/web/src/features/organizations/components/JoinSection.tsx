import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { RequestToJoinOrganizationDocument } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { attempt, type ApiError } from '../../../ui/errors';
import { TextAreaField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { ResendVerificationButton, type Viewer, withNext } from '../../auth';
import type { OrganizationPageData } from '../types';

interface JoinSectionProps {
  organization: OrganizationPageData;
  viewer: Viewer | null;
  onChanged: () => void;
}

/** For non-members: ask to join (or see the pending request); for visitors: sign in first. */
export function JoinSection({ organization, viewer, onChanged }: JoinSectionProps) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const location = useLocation();
  const [requestToJoin, { loading }] = useMutation(RequestToJoinOrganizationDocument);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const request = organization.viewerJoinRequest;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await attempt(() =>
      requestToJoin({
        variables: { organizationId: organization.id, message: message.trim() || null },
      }),
    );
    if (!result.ok) return setError(result.error);
    setMessage('');
    onChanged();
  }

  let body;
  if (!viewer) {
    body = (
      <p>
        <Link to={withNext('/sign-in', location.pathname)}>{t('join.signIn')}</Link>
      </p>
    );
  } else if (request?.status === 'PENDING') {
    body = (
      <p className="notice" data-testid="join-request-status">
        {t('join.pending', { date: format.date(request.createdAt) })}
      </p>
    );
  } else {
    body = (
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        {request?.status === 'REJECTED' && <p className="muted">{t('join.rejected')}</p>}
        <FormError error={error}>
          {error?.code === 'EMAIL_NOT_VERIFIED' && <ResendVerificationButton />}
        </FormError>
        <TextAreaField
          label={t('join.message')}
          hint={t('join.messageHint')}
          name="message"
          optional
          optionalLabel={t('common.optional')}
          rows={3}
          maxLength={1000}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={loading}>
            {t('join.submit')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <section className="card" aria-labelledby="join-heading">
      <h2 id="join-heading">{t('join.heading')}</h2>
      {body}
    </section>
  );
}
