import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { OrganizationPageDocument } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { canManageOrganization, isPlatformAdmin, useViewer } from '../../auth';
import { NotFoundPage } from '../../errors';
import { WebhooksSection } from '../../webhooks';
import { EditOrganizationSection } from '../components/EditOrganizationSection';
import { InvitationsSection } from '../components/InvitationsSection';
import { InviteMemberForm } from '../components/InviteMemberForm';
import { JoinRequestsSection } from '../components/JoinRequestsSection';
import { JoinSection } from '../components/JoinSection';
import { LeaveOrganizationButton } from '../components/LeaveOrganizationButton';
import { MembersSection } from '../components/MembersSection';
import { VerificationControls } from '../components/VerificationControls';
import { VerifiedBadge } from '../components/VerifiedBadge';

/**
 * One organization: its details for everyone; members for members; membership management and
 * webhooks for its admins (and platform admins); verification for platform admins. What the
 * viewer may not see comes back null from the API and is simply not shown.
 */
export function OrganizationPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const dates = useDateFormat();
  const { viewer } = useViewer();
  const { data, loading, refetch } = useQuery(OrganizationPageDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const organization = data?.organization;

  if (!data) {
    if (loading) return <LoadingState />;
    return <ErrorState message={t('organization.loadError')} onRetry={reload} />;
  }
  if (!organization) return <NotFoundPage />;

  const platformAdmin = isPlatformAdmin(viewer);
  const member = organization.viewerRole !== null && organization.viewerRole !== undefined;
  const canManage = canManageOrganization(viewer, organization.viewerRole);

  return (
    <article className="organization" data-testid="organization-page">
      <PageTitle page={organization.name} />
      <header className="page-header">
        <div>
          <p className="eyebrow">
            {t(`stakeholderType.${organization.stakeholderType}`)} · {organization.countryName}
          </p>
          <h1>{organization.name}</h1>
          <p className="org-status">
            {organization.verified ? (
              <VerifiedBadge verifiedAt={organization.verifiedAt} />
            ) : (
              <span className="badge" data-testid="unverified-badge">
                {t('organization.unverified')}
              </span>
            )}
            <span
              className="muted"
              data-testid="member-count"
              data-value={organization.memberCount}
            >
              {t('organizations.memberCount', { count: organization.memberCount })}
            </span>
            {member && (
              <span className="badge badge--role" data-testid="viewer-role">
                {t('organization.yourRole', { role: t(`role.${organization.viewerRole!}`) })}
              </span>
            )}
          </p>
        </div>
        {platformAdmin && <VerificationControls organization={organization} />}
      </header>

      <div className="organization__body">
        <section aria-labelledby="about-heading" className="prose">
          <h2 id="about-heading" className="visually-hidden">
            {t('organization.about')}
          </h2>
          {organization.description ? (
            <p className="lead">{organization.description}</p>
          ) : (
            <p className="muted">{t('organization.noDescription')}</p>
          )}
          <dl className="meta">
            {organization.website && (
              <div>
                <dt>{t('organization.website')}</dt>
                <dd>
                  <a href={organization.website} rel="noopener noreferrer" target="_blank">
                    {organization.website}
                  </a>
                </dd>
              </div>
            )}
            <div>
              <dt>{t('organization.joined')}</dt>
              <dd>{dates.date(organization.createdAt)}</dd>
            </div>
          </dl>
        </section>

        {!member && <JoinSection organization={organization} viewer={viewer} onChanged={reload} />}

        <MembersSection
          organization={organization}
          viewerId={viewer?.id ?? null}
          canManage={canManage}
          onChanged={reload}
        />

        {canManage && (
          <>
            <JoinRequestsSection requests={organization.joinRequests ?? []} onChanged={reload} />
            <InviteMemberForm organizationId={organization.id} onInvited={reload} />
            <InvitationsSection invitations={organization.invitations ?? []} onChanged={reload} />
            <EditOrganizationSection organization={organization} />
            <WebhooksSection organization={organization} />
          </>
        )}

        {member && (
          <section className="card" aria-labelledby="leave-heading">
            <h2 id="leave-heading">{t('organization.leave.heading')}</h2>
            <p className="muted">{t('organization.leave.intro')}</p>
            <LeaveOrganizationButton organization={organization} onLeft={reload} />
          </section>
        )}
      </div>
    </article>
  );
}
