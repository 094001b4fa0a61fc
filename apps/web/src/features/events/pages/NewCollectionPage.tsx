import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import type { CollectionInput } from '@alliance/domain';
import { CreateCollectionDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { isModerator, RequireSignIn } from '../../auth';
import { CollectionForm } from '../components/CollectionForm';
import { useForgetLists } from '../hooks/useForgetLists';

const COLLECTION_LISTS = ['collections'] as const;

/** A moderator starts a collection, then adds its items on the editing page. */
export function NewCollectionPage() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle page={t('collections.newTitle')} />
      <h1>{t('collections.newTitle')}</h1>
      <RequireSignIn>
        {(viewer) =>
          isModerator(viewer) ? (
            <NewCollection />
          ) : (
            <p className="notice" role="note">
              {t('collections.moderatorsOnly')}
            </p>
          )
        }
      </RequireSignIn>
    </div>
  );
}

function NewCollection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const forgetLists = useForgetLists(COLLECTION_LISTS);
  const [create, { loading }] = useMutation(CreateCollectionDocument);

  async function onSubmit(input: CollectionInput): Promise<ApiError | null> {
    const result = await attempt(() => create({ variables: { input } }));
    if (!result.ok) return result.error;
    forgetLists();
    const slug = result.value.data?.createCollection.slug;
    if (slug) await navigate(`/collections/${slug}/edit`, { state: { flash: 'created' } });
    return null;
  }

  return (
    <>
      <p className="lead">{t('collections.newIntro')}</p>
      <CollectionForm
        suggestSlug
        submitLabel={t('collections.create')}
        busy={loading}
        onSubmit={onSubmit}
      >
        <Link to="/collections">{t('common.cancel')}</Link>
      </CollectionForm>
    </>
  );
}
