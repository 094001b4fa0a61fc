import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { AcceptInvitationDocument, InvitationPreviewDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { FormError } from '../../../ui/FormError';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { useSessionChanged, useSignOut, useViewer, withNext } from '../../auth';
import { VerifiedBadge } from '../components/VerifiedBadge';

/** The emailed invitation link: what it offers, and "Accept" for the invited address. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle page={t('acceptInvitation.title')} />
      <h1>{t('acceptInvitation.title')}</h1>
      <InvitationPreview />
    </div>
  );
}

function InvitationPreview() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const location = useLocation();
  const navigate = useNavigate();
  const here = location.pathname + location.search;
  const { viewer, loading: viewerLoading } = useViewer();
  const signOut = useSignOut(here);
  const sessionChanged = useSessionChanged();
  const { data, loading, error, refetch } = useQuery(InvitationPreviewDocument, {
    variables: { token },
    skip: !token,
  });
  const [accept, { loading: accepting }] = useMutation(AcceptInvitationDocument);
  const [failure, setFailure] = useState<ApiError | null>(null);

  if (!token) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('acceptInvitation.invalid')}</p>
      </div>
    );
  }
  if ((loading && !data) || viewerLoading) return <LoadingState />;
  if (error && !data) {
    return (
      <ErrorState
        message={t('acceptInvitation.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  const invitation = data?.invitation;
  if (!invitation) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('acceptInvitation.invalid')}</p>
      </div>
    );
  }

  const { organization } = invitation;
  const role = t(`role.${invitation.role}`);

  async function onAccept() {
    setFailure(null);
    const result = await attempt(() => accept({ variables: { token } }));
    if (!result.ok) return setFailure(result.error);
    // Roles and member lists changed: refetch what is cached, then show the organization.
    await sessionChanged();
    await navigate(
      `/organizations/${result.value.data?.acceptInvitation.organization.slug ?? organization.slug}`,
    );
  }

  let action;
  if (invitation.status !== 'PENDING') {
    action = (
      <div className="notice notice--error" role="alert">
        <p>{t(`acceptInvitation.status.${invitation.status}`)}</p>
      </div>
    );
  } else if (!viewer) {
    action = (
      <div className="notice">
        <p>{t('acceptInvitation.signInFirst', { email: invitation.email })}</p>
        <p className="actions">
          <Link className="button" to={withNext('/sign-up', here, { email: invitation.email })}>
            {t('acceptInvitation.signUp')}
          </Link>
          <Link to={withNext('/sign-in', here, { email: invitation.email })}>
            {t('acceptInvitation.signIn')}
          </Link>
        </p>
      </div>
    );
  } else if (viewer.email !== invitation.email.toLowerCase()) {
    action = (
      <div className="notice notice--error" role="alert">
        <p>
          {t('acceptInvitation.otherAccount', { email: invitation.email, current: viewer.email })}
        </p>
        <p>
          <button type="button" className="button button--secondary" onClick={() => void signOut()}>
            {t('nav.signOut')}
          </button>
        </p>
      </div>
    );
  } else {
    action = (
      <>
        <FormError error={failure} />
        <p className="actions">
          <button type="button" className="button" onClick={onAccept} disabled={accepting}>
            {t('acceptInvitation.accept')}
          </button>
        </p>
      </>
    );
  }

  return (
    <div className="stack">
      <div className="card">
        <p className="lead">
          {t('acceptInvitation.offer', { organization: organization.name, role })}
        </p>
        <p>
          <Link to={`/organizations/${organization.slug}`}>{organization.name}</Link>{' '}
          {organization.verified && <VerifiedBadge />}
        </p>
        <p className="muted">{t('acceptInvitation.sentTo', { email: invitation.email })}</p>
      </div>
      {action}
    </div>
  );
}
