import { useTranslation } from 'react-i18next';
import type { MembershipRole } from '@alliance/graphql';

export const MEMBERSHIP_ROLES: readonly MembershipRole[] = ['MEMBER', 'EDITOR', 'ADMIN'];

/** <option>s for the membership roles, least to most rights. */
export function RoleOptions() {
  const { t } = useTranslation();
  return (
    <>
      {MEMBERSHIP_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`role.${role}`)}
        </option>
      ))}
    </>
  );
}
