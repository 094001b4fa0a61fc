import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganizationCardFragment } from '@alliance/graphql';
import { VerifiedBadge } from './VerifiedBadge';

/** One organization in the directory: name, type, country, verification, members. */
export function OrganizationCard({ organization }: { organization: OrganizationCardFragment }) {
  const { t } = useTranslation();
  return (
    <article
      className="org-card"
      data-testid="organization-card"
      data-type={organization.stakeholderType}
    >
      <h2 className="org-card__name">
        <Link to={`/organizations/${organization.slug}`}>{organization.name}</Link>
      </h2>
      <p className="org-card__meta">
        <span>{t(`stakeholderType.${organization.stakeholderType}`)}</span>
        <span aria-hidden="true"> · </span>
        <span>{organization.countryName}</span>
      </p>
      <p className="org-card__footer">
        {organization.verified && <VerifiedBadge />}
        <span className="muted">
          {t('organizations.memberCount', { count: organization.memberCount })}
        </span>
      </p>
    </article>
  );
}
