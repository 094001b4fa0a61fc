import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import {
  ChangeMemberRoleDocument,
  RemoveMemberDocument,
  type MembershipRole,
} from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';
import type { MemberRow, OrganizationPageData } from '../types';
import { RoleOptions } from './RoleOptions';

interface MembersSectionProps {
  organization: OrganizationPageData;
  /** The signed-in user's id, to mark "you". */
  viewerId: string | null;
  /** Organization admin or platform admin: roles can be changed, members removed. */
  canManage: boolean;
  onChanged: () => void;
}

/** The members list (null for viewers who may not see it), with role changes for admins. */
export function MembersSection({
  organization,
  viewerId,
  canManage,
  onChanged,
}: MembersSectionProps) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const [changeRole] = useMutation(ChangeMemberRoleDocument);
  const [removeMember] = useMutation(RemoveMemberDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const members = organization.members;

  async function onRoleChange(member: MemberRow, role: MembershipRole) {
    setError(null);
    setStatus('');
    setBusy(member.user.id);
    const result = await attempt(() =>
      changeRole({ variables: { organizationId: organization.id, userId: member.user.id, role } }),
    );
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setStatus(t('members.roleChanged', { name: member.user.displayName, role: t(`role.${role}`) }));
    onChanged();
  }

  async function onRemove(member: MemberRow) {
    setError(null);
    setStatus('');
    const result = await attempt(() =>
      removeMember({ variables: { organizationId: organization.id, userId: member.user.id } }),
    );
    if (!result.ok) return setError(result.error);
    setStatus(t('members.removed', { name: member.user.displayName }));
    onChanged();
  }

  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.heading')}</h2>
      {!members ? (
        <p className="muted">{t('members.hidden')}</p>
      ) : (
        <>
          <FormError error={error} />
          <p role="status" className="status-line">
            {status}
          </p>
          <div className="table-scroll">
            <table className="table" data-testid="members">
              <caption className="visually-hidden">
                {t('members.caption', { name: organization.name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('members.name')}</th>
                  <th scope="col">{t('members.role')}</th>
                  <th scope="col">{t('members.since')}</th>
                  {canManage && <th scope="col">{t('members.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {members.nodes.map((member) => {
                  const you = member.user.id === viewerId;
                  return (
                    <tr key={member.user.id} data-testid="member" data-user-id={member.user.id}>
                      <th scope="row">
                        {member.user.displayName}
                        {you && <span className="muted"> {t('members.you')}</span>}
                        {member.user.email && <span className="cell-sub">{member.user.email}</span>}
                      </th>
                      <td>
                        {canManage ? (
                          <select
                            className="input input--compact"
                            aria-label={t('members.roleOf', { name: member.user.displayName })}
                            value={member.role}
                            disabled={busy === member.user.id}
                            onChange={(e) => onRoleChange(member, e.target.value as MembershipRole)}
                          >
                            <RoleOptions />
                          </select>
                        ) : (
                          t(`role.${member.role}`)
                        )}
                      </td>
                      <td>{format.date(member.createdAt)}</td>
                      {canManage && (
                        <td>
                          {!you && (
                            <ConfirmButton
                              label={t('members.remove')}
                              ariaLabel={t('members.removeLabel', {
                                name: member.user.displayName,
                              })}
                              question={t('members.removeQuestion', {
                                name: member.user.displayName,
                              })}
                              confirmLabel={t('members.removeConfirm')}
                              onConfirm={() => onRemove(member)}
                            />
                          )}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {members.totalCount > members.nodes.length && (
            <p className="muted">
              {t('members.more', { count: members.totalCount - members.nodes.length })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
