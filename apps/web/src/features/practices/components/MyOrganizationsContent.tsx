import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { PracticeState } from '@alliance/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { isOrganizationEditor, RequireSignIn } from '../../auth';
import { VerifiedBadge } from '../../organizations';
import { useViewerMemberships, type ViewerMembership } from '../hooks/useViewerMemberships';

/** Where a "my organization's …" page's words are: the practices', or the patterns' (same keys). */
export type MyContentMessages = 'myPractices' | 'myPatterns';

/** Items per organization (and per other list, like the bookmarks) before "Load more". */
export const MY_CONTENT_PAGE_SIZE = 20;

/** How a list on these pages is fetched: afresh on each visit, with "Load more" busy while it runs. */
export const MY_CONTENT_QUERY_OPTIONS = {
  fetchPolicy: 'cache-and-network',
  notifyOnNetworkStatusChange: true,
} as const;

const ALL_STATES: PracticeState[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];

/** An organization's content in every state: its members see its drafts and archive too. */
export const ownedByFilter = (organizationId: string) => ({
  organizationIds: [organizationId],
  states: [...ALL_STATES],
});

/** What a page's list of one organization's content is given. */
export interface OrganizationListProps {
  organization: ViewerMembership['organization'];
  /** The viewer is an editor or admin there: offer "Edit" on each item. */
  canWrite: boolean;
  /** Names the list ("Practices of SafeRoutes Network"). */
  listLabel: string;
  /** Said when the organization has nothing yet. */
  emptyLabel: string;
}

interface MyOrganizationsContentProps {
  messages: MyContentMessages;
  /** The editor for new content; `?organization=<slug>` preselects the organization. */
  newTo: string;
  /** One organization's content, in every state (`ownedByFilter`). */
  renderList: (props: OrganizationListProps) => ReactNode;
  /** After the organizations (the practices' bookmarks). */
  children?: ReactNode;
}

/**
 * "My organization's practices" (or misuse patterns): each of the viewer's organizations with
 * its content in every state (drafts included), "New …" for its editors and admins, and the
 * notice that a draft was deleted (where its page sends its editors afterwards).
 */
export function MyOrganizationsContent({ messages, ...rest }: MyOrganizationsContentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle page={t(`${messages}.title`)} />
      <h1>{t(`${messages}.title`)}</h1>
      <RequireSignIn>{() => <Organizations messages={messages} {...rest} />}</RequireSignIn>
    </>
  );
}

function Organizations({ messages, newTo, renderList, children }: MyOrganizationsContentProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { memberships, loading, error, retry } = useViewerMemberships();
  const flash = (location.state as { flash?: string } | null)?.flash;

  let organizations;
  if (loading) organizations = <LoadingState />;
  else if (error)
    organizations = <ErrorState message={t(`${messages}.loadError`)} onRetry={retry} />;
  else if (memberships.length === 0) {
    organizations = (
      <section className="card">
        <p className="muted">{t(`${messages}.noOrganization`)}</p>
        <p>
          <Link to="/organizations">{t(`${messages}.browseOrganizations`)}</Link>
        </p>
      </section>
    );
  } else {
    organizations = memberships.map((membership) => (
      <OrganizationSection
        key={membership.organization.id}
        messages={messages}
        membership={membership}
        newTo={newTo}
        renderList={renderList}
      />
    ));
  }

  return (
    <div className="sections">
      {flash === 'deleted' && (
        <p className="notice notice--success" role="status">
          {t(`${messages}.deleted`)}
        </p>
      )}
      {organizations}
      {children}
    </div>
  );
}

interface OrganizationSectionProps {
  messages: MyContentMessages;
  membership: ViewerMembership;
  newTo: string;
  renderList: MyOrganizationsContentProps['renderList'];
}

function OrganizationSection({
  messages,
  membership,
  newTo,
  renderList,
}: OrganizationSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { organization, role } = membership;
  const canWrite = isOrganizationEditor(role);
  return (
    <section
      className="card"
      aria-labelledby={headingId}
      data-testid="my-organization"
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
            to={`${newTo}?organization=${encodeURIComponent(organization.slug)}`}
            aria-label={t(`${messages}.newFor`, { organization: organization.name })}
          >
            {t(`${messages}.new`)}
          </Link>
        )}
      </div>
      {renderList({
        organization,
        canWrite,
        listLabel: t(`${messages}.listLabel`, { organization: organization.name }),
        emptyLabel: t(`${messages}.empty`),
      })}
    </section>
  );
}

interface EditContentLinkProps {
  messages: MyContentMessages;
  /** The item's editor. */
  to: string;
  /** The item's title, in the link's accessible name ("Edit “Shelter map”"). */
  title: string;
}

/** "Edit" on a card of these lists. */
export function EditContentLink({ messages, to, title }: EditContentLinkProps) {
  const { t } = useTranslation();
  return (
    <Link
      className="button button--secondary button--small"
      to={to}
      aria-label={t(`${messages}.editLabel`, { title })}
    >
      {t(`${messages}.edit`)}
    </Link>
  );
}
