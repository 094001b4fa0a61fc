import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { ProfileDocument } from '@alliance/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { RequireSignIn } from '../../auth';
import { EmailPreferencesSection } from '../../notifications';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { DisplayNameForm } from '../components/DisplayNameForm';
import { MyOrganizations } from '../components/MyOrganizations';
import { SessionsSection } from '../components/SessionsSection';

export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle page={t('profile.title')} />
      <h1>{t('profile.title')}</h1>
      <RequireSignIn>{() => <ProfileContent />}</RequireSignIn>
    </>
  );
}

function ProfileContent() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ProfileDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const retry = () => void refetch().catch(() => undefined);
  const viewer = data?.viewer;
  if (!viewer) {
    if (loading) return <LoadingState />;
    if (error) return <ErrorState message={t('profile.loadError')} onRetry={retry} />;
    return null;
  }
  return (
    <div className="sections">
      <section className="card" aria-labelledby="profile-account">
        <h2 id="profile-account">{t('profile.account.heading')}</h2>
        <dl className="meta">
          <div>
            <dt>{t('profile.account.email')}</dt>
            <dd>
              {viewer.email}{' '}
              <span className={viewer.emailVerified ? 'badge badge--verified' : 'badge'}>
                {viewer.emailVerified
                  ? t('profile.account.verified')
                  : t('profile.account.unverified')}
              </span>
            </dd>
          </div>
        </dl>
        <DisplayNameForm current={viewer.displayName} />
      </section>
      <section className="card" aria-labelledby="profile-password">
        <h2 id="profile-password">{t('profile.password.heading')}</h2>
        <ChangePasswordForm onChanged={retry} />
      </section>
      <EmailPreferencesSection />
      <SessionsSection sessions={viewer.sessions} onChanged={retry} />
      <MyOrganizations memberships={viewer.memberships} onChanged={retry} />
    </div>
  );
}
