import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { PracticesDocument, type PracticeFilter, type PracticeOrder } from '@alliance/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryFallback } from '../../../ui/QueryFallback';
import { RequireSignIn } from '../../auth/components/RequireSignIn';
import { VerifiedBadge } from '../../organizations/components/VerifiedBadge';
import { PracticeCard } from '../components/PracticeCard';
import {
  canWritePractices,
  useViewerMemberships,
  type ViewerMembership,
} from '../hooks/useViewerMemberships';

/** Practices per organization (and bookmarks) before "Load more". */
export const MY_PRACTICES_PAGE_SIZE = 20;
const ORDER: PracticeOrder = 'RECENTLY_UPDATED';

/**
 * "My organization's practices": each of the viewer's organizations with its practices in every
 * state (drafts included), links to edit and "New practice"; then the viewer's bookmarks.
 */
export function MyPracticesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle page={t('myPractices.title')} />
      <h1>{t('myPractices.title')}</h1>
      <RequireSignIn>{() => <MyPractices />}</RequireSignIn>
    </>
  );
}

function MyPractices() {
  const { t } = useTranslation();
  const location = useLocation();
  const { memberships, loading, error, retry } = useViewerMemberships();
  const flash = (location.state as { flash?: string } | null)?.flash;

  let organizations;
  if (loading) organizations = <LoadingState />;
  else if (error)
    organizations = <ErrorState message={t('myPractices.loadError')} onRetry={retry} />;
  else if (memberships.length === 0) {
    organizations = (
      <section className="card">
        <p className="muted">{t('myPractices.noOrganization')}</p>
        <p>
          <Link to="/organizations">{t('myPractices.browseOrganizations')}</Link>
        </p>
      </section>
    );
  } else {
    organizations = memberships.map((membership) => (
      <OrganizationPractices key={membership.organization.id} membership={membership} />
    ));
  }

  return (
    <div className="sections">
      {flash === 'deleted' && (
        <p className="notice notice--success" role="status">
          {t('myPractices.deleted')}
        </p>
      )}
      {organizations}
      <Bookmarks />
    </div>
  );
}

function OrganizationPractices({ membership }: { membership: ViewerMembership }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { organization, role } = membership;
  const canWrite = canWritePractices(role);
  return (
    <section
      className="card"
      aria-labelledby={headingId}
      data-testid="organization-practices"
      data-organization={organization.slug}
    >
      <div className="page-header">
        <div>
          <h2 id={headingId}>
            <Link to={`/organizations/${organization.slug}`}>{organization.name}</Link>{' '}
            {organization.verified && <VerifiedBadge />}
          </h2>
          <p className="muted">{t('profile.organizations.role', { role: t(`role.${role}`) })}</p>
        </div>
        {canWrite && (
          <Link
            className="button"
            to={`/practices/new?organization=${encodeURIComponent(organization.slug)}`}
            aria-label={t('myPractices.newFor', { organization: organization.name })}
          >
            {t('myPractices.new')}
          </Link>
        )}
      </div>
      <PracticeList
        filter={{ organizationIds: [organization.id], states: ['DRAFT', 'PUBLISHED', 'ARCHIVED'] }}
        label={t('myPractices.listLabel', { organization: organization.name })}
        empty={t('myPractices.empty')}
        showState
        editable={canWrite}
      />
    </section>
  );
}

function Bookmarks() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId} data-testid="bookmarks">
      <h2 id={headingId}>{t('myPractices.bookmarks')}</h2>
      <PracticeList
        filter={{ bookmarked: true }}
        label={t('myPractices.bookmarks')}
        empty={t('myPractices.noBookmarks')}
        canBookmark
      />
    </section>
  );
}

interface PracticeListProps {
  filter: PracticeFilter;
  label: string;
  empty: string;
  showState?: boolean;
  editable?: boolean;
  canBookmark?: boolean;
}

/** One list of practices, freshly fetched on each visit, with "Load more". */
function PracticeList({
  filter,
  label,
  empty,
  showState,
  editable,
  canBookmark,
}: PracticeListProps) {
  const { t } = useTranslation();
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(PracticesDocument, {
    variables: { first: MY_PRACTICES_PAGE_SIZE, filter, orderBy: ORDER },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.practices;
  if (!connection) {
    return (
      <QueryFallback
        loading={loading}
        error={error}
        errorMessage={t('myPractices.loadError')}
        refetch={refetch}
      />
    );
  }
  if (connection.edges.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <ul className="card-grid card-grid--wide" aria-label={label}>
        {connection.edges.map(({ node }) => (
          <li key={node.id}>
            <PracticeCard practice={node} showState={showState} canBookmark={canBookmark}>
              {editable && (
                <Link
                  className="button button--secondary button--small"
                  to={`/practices/${node.slug}/edit`}
                  aria-label={t('myPractices.editLabel', { title: node.title })}
                >
                  {t('myPractices.edit')}
                </Link>
              )}
            </PracticeCard>
          </li>
        ))}
      </ul>
      <LoadMoreButton
        pageInfo={connection.pageInfo}
        fetchMore={fetchMore}
        busy={networkStatus === NetworkStatus.fetchMore}
        label={t('library.loadMore')}
      />
    </>
  );
}
