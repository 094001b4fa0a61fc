import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import type { OrganizationInput } from '@alliance/domain';
import { UpdateOrganizationDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import type { OrganizationPageData } from '../types';
import { OrganizationForm } from './OrganizationForm';

/** Organization admins: edit the details (a new short name moves the page). */
export function EditOrganizationSection({ organization }: { organization: OrganizationPageData }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateOrganizationDocument);

  async function onSubmit(input: OrganizationInput): Promise<ApiError | null> {
    const result = await attempt(() => update({ variables: { id: organization.id, input } }));
    if (!result.ok) return result.error;
    const slug = result.value.data?.updateOrganization.slug;
    setOpen(false);
    setSaved(true);
    if (slug && slug !== organization.slug)
      await navigate(`/organizations/${slug}`, { replace: true });
    return null;
  }

  return (
    <section className="card" aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('editOrganization.heading')}</h2>
      <p role="status" className="status-line">
        {saved && !open ? t('editOrganization.saved') : ''}
      </p>
      {open && organization.verifiedAt && (
        <p className="notice" id="edit-identity-notice">
          {t('editOrganization.identityNotice')}
        </p>
      )}
      {open ? (
        <OrganizationForm
          initial={{
            name: organization.name,
            slug: organization.slug,
            stakeholderType: organization.stakeholderType,
            country: organization.country,
            website: organization.website ?? '',
            description: organization.description,
          }}
          submitLabel={t('editOrganization.save')}
          busy={loading}
          onSubmit={onSubmit}
        >
          <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
        </OrganizationForm>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setSaved(false);
            setOpen(true);
          }}
        >
          {t('editOrganization.open')}
        </button>
      )}
    </section>
  );
}
