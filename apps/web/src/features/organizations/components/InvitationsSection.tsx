import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { RevokeInvitationDocument } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';
import type { InvitationRow } from '../types';

/** Organization admins: the invitations sent, pending ones revocable. */
export function InvitationsSection({
  invitations,
  onChanged,
}: {
  invitations: InvitationRow[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const [revoke] = useMutation(RevokeInvitationDocument);
  const [error, setError] = useState<ApiError | null>(null);

  async function onRevoke(id: string) {
    setError(null);
    const result = await attempt(() => revoke({ variables: { id } }));
    if (!result.ok) return setError(result.error);
    onChanged();
  }

  return (
    <section className="card" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('invitations.heading')}</h2>
      <FormError error={error} />
      {invitations.length === 0 ? (
        <p className="muted">{t('invitations.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="invitations">
            <thead>
              <tr>
                <th scope="col">{t('invitations.email')}</th>
                <th scope="col">{t('invitations.role')}</th>
                <th scope="col">{t('invitations.status')}</th>
                <th scope="col">{t('invitations.sent')}</th>
                <th scope="col">{t('invitations.expires')}</th>
                <th scope="col">{t('members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id} data-testid="invitation">
                  <th scope="row">{invitation.email}</th>
                  <td>{t(`role.${invitation.role}`)}</td>
                  <td>{t(`invitationStatus.${invitation.status}`)}</td>
                  <td>{format.date(invitation.createdAt)}</td>
                  <td>{format.date(invitation.expiresAt)}</td>
                  <td>
                    {invitation.status === 'PENDING' && (
                      <ConfirmButton
                        label={t('invitations.revoke')}
                        ariaLabel={t('invitations.revokeLabel', { email: invitation.email })}
                        question={t('invitations.revokeQuestion', { email: invitation.email })}
                        confirmLabel={t('invitations.revokeConfirm')}
                        onConfirm={() => onRevoke(invitation.id)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
