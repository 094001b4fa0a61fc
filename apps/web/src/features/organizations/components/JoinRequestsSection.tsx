import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import {
  ApproveJoinRequestDocument,
  RejectJoinRequestDocument,
  type MembershipRole,
} from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';
import type { JoinRequestRow } from '../types';
import { RoleOptions } from './RoleOptions';

/** Organization admins: pending requests to join, approved with a role or rejected. */
export function JoinRequestsSection({
  requests,
  onChanged,
}: {
  requests: JoinRequestRow[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const pending = requests.filter((r) => r.status === 'PENDING');
  return (
    <section className="card" aria-labelledby="join-requests-heading">
      <h2 id="join-requests-heading">{t('joinRequests.heading')}</h2>
      {pending.length === 0 ? (
        <p className="muted">{t('joinRequests.none')}</p>
      ) : (
        <ul className="item-list" data-testid="join-requests">
          {pending.map((request) => (
            <JoinRequestItem key={request.id} request={request} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}

function JoinRequestItem({
  request,
  onChanged,
}: {
  request: JoinRequestRow;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const [approve, { loading: approving }] = useMutation(ApproveJoinRequestDocument);
  const [reject, { loading: rejecting }] = useMutation(RejectJoinRequestDocument);
  const [role, setRole] = useState<MembershipRole>('MEMBER');
  const [error, setError] = useState<ApiError | null>(null);
  const name = request.user.displayName;

  async function decide(accept: boolean) {
    setError(null);
    const variables = { id: request.id };
    const result = await attempt<unknown>(() =>
      accept ? approve({ variables: { ...variables, role } }) : reject({ variables }),
    );
    if (!result.ok) return setError(result.error);
    onChanged();
  }

  return (
    <li className="item item--stacked" data-testid="join-request">
      <div className="item__main">
        <p className="item__title">
          {name}
          {request.user.email && <span className="cell-sub">{request.user.email}</span>}
        </p>
        <p className="item__meta">
          {t('joinRequests.asked', { date: format.dateTime(request.createdAt) })}
        </p>
        {request.message && <blockquote className="quote">{request.message}</blockquote>}
      </div>
      <div className="item__actions">
        <span className="inline-field">
          <span aria-hidden="true">{t('joinRequests.role')}</span>
          <select
            className="input input--compact"
            aria-label={t('joinRequests.roleFor', { name })}
            value={role}
            onChange={(e) => setRole(e.target.value as MembershipRole)}
          >
            <RoleOptions />
          </select>
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => decide(true)}
          disabled={approving || rejecting}
          aria-label={t('joinRequests.approveLabel', { name })}
        >
          {t('joinRequests.approve')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => decide(false)}
          disabled={approving || rejecting}
          aria-label={t('joinRequests.rejectLabel', { name })}
        >
          {t('joinRequests.reject')}
        </button>
      </div>
      <FormError error={error} />
    </li>
  );
}
