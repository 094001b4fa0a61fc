import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import type { OrganizationInput } from '@alliance/domain';
import { CreateOrganizationDocument, ProfileDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { RequireSignIn, ResendVerificationButton, type Viewer } from '../../auth';
import { OrganizationForm } from '../components/OrganizationForm';

export function NewOrganizationPage() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle page={t('newOrganization.title')} />
      <h1>{t('newOrganization.title')}</h1>
      <RequireSignIn>{(viewer) => <NewOrganization viewer={viewer} />}</RequireSignIn>
    </div>
  );
}

function NewOrganization({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateOrganizationDocument, {
    refetchQueries: [ProfileDocument],
  });

  async function onSubmit(input: OrganizationInput): Promise<ApiError | null> {
    const result = await attempt(() => create({ variables: { input } }));
    if (!result.ok) return result.error;
    const slug = result.value.data?.createOrganization.slug;
    if (slug) await navigate(`/organizations/${slug}`);
    return null;
  }

  return (
    <>
      <p className="lead">{t('newOrganization.intro')}</p>
      {!viewer.emailVerified && (
        <div className="notice" role="note">
          <p>{t('newOrganization.verifyFirst')}</p>
        </div>
      )}
      <OrganizationForm
        suggestSlug
        submitLabel={t('newOrganization.submit')}
        busy={loading}
        onSubmit={onSubmit}
        errorHelp={(error) =>
          error.code === 'EMAIL_NOT_VERIFIED' ? (
            <>
              <p>{t('newOrganization.verifyHelp', { email: viewer.email })}</p>
              <ResendVerificationButton />
            </>
          ) : null
        }
      >
        <Link to="/organizations">{t('common.cancel')}</Link>
      </OrganizationForm>
    </>
  );
}
