import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProfileQuery } from '@alliance/graphql';
import { LeaveOrganizationButton, VerifiedBadge } from '../../organizations';

type Membership = NonNullable<ProfileQuery['viewer']>['memberships'][number];

/** The viewer's organizations with their roles, each with "Leave". */
export function MyOrganizations({
  memberships,
  onChanged,
}: {
  memberships: Membership[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="profile-organizations">
      <h2 id="profile-organizations">{t('profile.organizations.heading')}</h2>
      {memberships.length === 0 ? (
        <p className="muted">
          {t('profile.organizations.none')}{' '}
          <Link to="/organizations">{t('profile.organizations.browse')}</Link>
        </p>
      ) : (
        <ul className="item-list" data-testid="my-organizations">
          {memberships.map(({ organization, role }) => (
            <li key={organization.id} className="item">
              <div className="item__main">
                <p className="item__title">
                  <Link to={`/organizations/${organization.slug}`}>{organization.name}</Link>
                  {organization.verified && <VerifiedBadge />}
                </p>
                <p className="item__meta">
                  {t('profile.organizations.role', { role: t(`role.${role}`) })}
                </p>
              </div>
              <LeaveOrganizationButton organization={organization} onLeft={onChanged} />
            </li>
          ))}
        </ul>
      )}
      <p className="actions">
        <Link to="/organizations/new">{t('profile.organizations.create')}</Link>
      </p>
    </section>
  );
}
