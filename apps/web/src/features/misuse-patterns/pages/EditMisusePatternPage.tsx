import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import type { MisusePatternInput } from '@alliance/domain';
import {
  MisusePatternPageDocument,
  PublishMisusePatternDocument,
  UpdateMisusePatternDocument,
  type MisusePatternDetailsFragment,
} from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { RequireSignIn } from '../../auth';
import { EditAccess, type SaveOptions } from '../../practices';
import { MisusePatternForm } from '../components/MisusePatternForm';
import { patternValues } from '../editor/patternForm';
import { usePatternsChanged } from '../hooks/usePatternsChanged';
import type { PatternFlash } from './MisusePatternPage';

/** /misuse-patterns/:slug/edit: editors and admins of its organization change a pattern. */
export function EditMisusePatternPage() {
  const { slug = '' } = useParams();
  return (
    <div className="editor-page">
      <RequireSignIn>{() => <EditPattern slug={slug} />}</RequireSignIn>
    </div>
  );
}

function EditPattern({ slug }: { slug: string }) {
  const { t } = useTranslation();
  // Always the latest version: the form starts from it.
  const { data, loading, refetch } = useQuery(MisusePatternPageDocument, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  return (
    <EditAccess
      messages="misusePatterns.editor"
      answered={Boolean(data)}
      loading={loading}
      item={data?.misusePattern}
      loadError={t('misusePatterns.page.loadError')}
      onRetry={() => void refetch().catch(() => undefined)}
    >
      {(pattern) => <EditForm pattern={pattern} />}
    </EditAccess>
  );
}

function EditForm({ pattern }: { pattern: MisusePatternDetailsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const patternsChanged = usePatternsChanged();
  const [update, { loading: saving }] = useMutation(UpdateMisusePatternDocument);
  const [publish, { loading: publishing }] = useMutation(PublishMisusePatternDocument);
  // The form starts from the pattern as loaded; later cache updates must not reset it.
  const [initial] = useState(() => patternValues(pattern));

  async function onSave(input: MisusePatternInput, options: SaveOptions): Promise<ApiError | null> {
    const result = await attempt(() => update({ variables: { id: pattern.id, input } }));
    if (!result.ok) return result.error;
    let flash: PatternFlash = pattern.state === 'DRAFT' ? 'draft' : 'saved';
    if (options.publish && pattern.state === 'DRAFT') {
      const published = await attempt(() => publish({ variables: { id: pattern.id } }));
      if (!published.ok) return published.error;
      flash = 'published';
    }
    patternsChanged();
    await navigate(`/misuse-patterns/${pattern.slug}`, { state: { flash } });
    return null;
  }

  return (
    <>
      <PageTitle page={t('misusePatterns.editor.editTitle', { title: pattern.title })} />
      <h1>{t('misusePatterns.editor.editTitle', { title: pattern.title })}</h1>
      <MisusePatternForm
        initial={initial}
        isNew={false}
        state={pattern.state}
        ownerName={pattern.organization.name}
        busy={saving || publishing}
        onSave={onSave}
        cancelTo={`/misuse-patterns/${pattern.slug}`}
      />
    </>
  );
}
