import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import type { PracticeInput } from '@alliance/domain';
import {
  PracticePageDocument,
  PublishPracticeDocument,
  UpdatePracticeDocument,
  type PracticeDetailsFragment,
} from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { RequireSignIn } from '../../auth';
import { EditAccess, type SaveOptions } from '../components/OwnedEditor';
import { PracticeForm } from '../components/PracticeForm';
import { practiceValues } from '../editor/practiceForm';
import { useLibraryChanged } from '../hooks/useLibraryChanged';
import type { PracticeFlash } from './PracticePage';

/** /practices/:slug/edit: its editors change a practice (each save of a published one is a revision). */
export function EditPracticePage() {
  const { slug = '' } = useParams();
  return (
    <div className="editor-page">
      <RequireSignIn>{() => <EditPractice slug={slug} />}</RequireSignIn>
    </div>
  );
}

function EditPractice({ slug }: { slug: string }) {
  const { t } = useTranslation();
  // Always the latest version: the form starts from it.
  const { data, loading, refetch } = useQuery(PracticePageDocument, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  return (
    <EditAccess
      messages="editor"
      answered={Boolean(data)}
      loading={loading}
      item={data?.practice}
      loadError={t('practice.loadError')}
      onRetry={() => void refetch().catch(() => undefined)}
    >
      {(practice) => <EditForm practice={practice} />}
    </EditAccess>
  );
}

function EditForm({ practice }: { practice: PracticeDetailsFragment }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const libraryChanged = useLibraryChanged();
  const [update, { loading: saving }] = useMutation(UpdatePracticeDocument);
  const [publish, { loading: publishing }] = useMutation(PublishPracticeDocument);
  // The form starts from the practice as loaded; later cache updates must not reset it.
  const [initial] = useState(() => practiceValues(practice));

  async function onSave(input: PracticeInput, options: SaveOptions): Promise<ApiError | null> {
    const result = await attempt(() => update({ variables: { id: practice.id, input } }));
    if (!result.ok) return result.error;
    let flash: PracticeFlash = practice.state === 'DRAFT' ? 'draft' : 'saved';
    if (options.publish && practice.state === 'DRAFT') {
      const published = await attempt(() => publish({ variables: { id: practice.id } }));
      if (!published.ok) return published.error;
      flash = 'published';
    }
    libraryChanged();
    // A save of a published practice is a new revision.
    client.cache.evict({
      id: client.cache.identify({ __typename: 'Practice', id: practice.id }),
      fieldName: 'revisions',
    });
    await navigate(`/practices/${practice.slug}`, { state: { flash } });
    return null;
  }

  return (
    <>
      <PageTitle page={t('editor.editTitle', { title: practice.title })} />
      <h1>{t('editor.editTitle', { title: practice.title })}</h1>
      <PracticeForm
        initial={initial}
        autosaveKey={practice.id}
        isNew={false}
        state={practice.state}
        ownerName={practice.organization.name}
        busy={saving || publishing}
        onSave={onSave}
        cancelTo={`/practices/${practice.slug}`}
      />
    </>
  );
}
