import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { CollectionInput } from '@alliance/domain';
import {
  CollectionPageDocument,
  DeleteCollectionDocument,
  UpdateCollectionDocument,
  type CollectionDetailsFragment,
} from '@alliance/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { FormError } from '../../../ui/FormError';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { NotFoundPage } from '../../errors';
import { CollectionForm } from '../components/CollectionForm';
import { CollectionItemsEditor } from '../components/CollectionItemsEditor';
import { useForgetLists } from '../hooks/useForgetLists';
import type { CollectionFlash } from './CollectionPage';

const COLLECTION_LISTS = ['collections'] as const;

/** A moderator edits a collection: its details, its ordered items with notes, or deletes it. */
export function EditCollectionPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const location = useLocation();
  // The editor starts from what is stored now, not from an older cached copy.
  const { data, loading, refetch } = useQuery(CollectionPageDocument, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  const collection = data?.collection;

  if (!data) {
    if (loading) return <LoadingState />;
    return (
      <ErrorState
        message={t('collections.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  if (!collection) return <NotFoundPage />;
  const created = (location.state as { flash?: string } | null)?.flash === 'created';

  return (
    <div className="narrow">
      <PageTitle page={t('collections.editTitle', { title: collection.title })} />
      <p className="eyebrow">
        <Link to={`/collections/${collection.slug}`}>{collection.title}</Link>
      </p>
      <h1>{t('collections.edit')}</h1>
      {created && (
        <p className="notice notice--success" role="status" data-testid="flash">
          {t('collections.flash.created')}
        </p>
      )}
      {collection.viewerCanEdit ? (
        <EditCollection collection={collection} />
      ) : (
        <p className="notice" role="note">
          {t('collections.moderatorsOnly')}
        </p>
      )}
    </div>
  );
}

function EditCollection({ collection }: { collection: CollectionDetailsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const forgetLists = useForgetLists(COLLECTION_LISTS);
  const [update, { loading }] = useMutation(UpdateCollectionDocument);
  const [remove] = useMutation(DeleteCollectionDocument);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const [itemsStatus, setItemsStatus] = useState('');

  async function onSubmit(input: CollectionInput): Promise<ApiError | null> {
    const result = await attempt(() => update({ variables: { id: collection.id, input } }));
    if (!result.ok) return result.error;
    forgetLists();
    const slug = result.value.data?.updateCollection.slug ?? collection.slug;
    await navigate(`/collections/${slug}`, { state: { flash: 'saved' satisfies CollectionFlash } });
    return null;
  }

  async function onDelete() {
    setDeleteError(null);
    const result = await attempt(() => remove({ variables: { id: collection.id } }));
    if (!result.ok) return setDeleteError(result.error);
    forgetLists();
    await navigate('/collections', { replace: true });
  }

  return (
    <div className="sections">
      <section className="card" aria-labelledby="collection-details-heading">
        <h2 id="collection-details-heading">{t('collections.detailsHeading')}</h2>
        <CollectionForm
          initial={{
            title: collection.title,
            slug: collection.slug,
            introduction: collection.introduction,
          }}
          submitLabel={t('collections.save')}
          busy={loading}
          onSubmit={onSubmit}
        >
          <Link to={`/collections/${collection.slug}`}>{t('common.cancel')}</Link>
        </CollectionForm>
      </section>
      <CollectionItemsEditor
        collectionId={collection.id}
        initial={collection.items.nodes.map(({ item, note }) => ({ item, note }))}
        onSaved={(status) => {
          forgetLists();
          setItemsStatus(status);
        }}
      />
      <p
        role="status"
        className={itemsStatus ? 'notice notice--success' : 'status-line'}
        data-testid="items-saved"
      >
        {itemsStatus && (
          <>
            {itemsStatus}{' '}
            <Link to={`/collections/${collection.slug}`}>{t('collections.view')}</Link>
          </>
        )}
      </p>
      <section className="form-section" aria-labelledby="delete-collection-heading">
        <h2 id="delete-collection-heading">{t('collections.deleteHeading')}</h2>
        <p className="muted">{t('collections.deleteHint')}</p>
        <FormError error={deleteError} />
        <ConfirmButton
          label={t('collections.delete')}
          question={t('collections.deleteQuestion', { title: collection.title })}
          confirmLabel={t('collections.deleteConfirm')}
          className="button button--danger"
          onConfirm={onDelete}
        />
      </section>
    </div>
  );
}
