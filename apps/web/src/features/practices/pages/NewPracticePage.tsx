import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import type { PracticeInput } from '@alliance/domain';
import { CreatePracticeDocument, PublishPracticeDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { RequireSignIn } from '../../auth';
import { WritableOrganizations, type SaveOptions } from '../components/OwnedEditor';
import { PracticeForm } from '../components/PracticeForm';
import { emptyPracticeValues } from '../editor/practiceForm';
import { useLibraryChanged } from '../hooks/useLibraryChanged';
import type { ViewerMembership } from '../hooks/useViewerMemberships';
import type { PracticeFlash } from './PracticePage';

/** /practices/new?organization=<slug>: a new practice, saved as a draft of an organization. */
export function NewPracticePage() {
  const { t } = useTranslation();
  return (
    <div className="editor-page">
      <PageTitle page={t('editor.newTitle')} />
      <h1>{t('editor.newTitle')}</h1>
      <RequireSignIn>
        {() => (
          <WritableOrganizations messages="editor">
            {(organizations, preselectedId) => (
              <NewPractice organizations={organizations} initialOrganizationId={preselectedId} />
            )}
          </WritableOrganizations>
        )}
      </RequireSignIn>
    </div>
  );
}

interface NewPracticeProps {
  organizations: ViewerMembership[];
  initialOrganizationId: string;
}

function NewPractice({ organizations, initialOrganizationId }: NewPracticeProps) {
  const navigate = useNavigate();
  const libraryChanged = useLibraryChanged();
  const [params] = useSearchParams();
  const organizationSlug = params.get('organization') ?? '';
  const [create, { loading: creating }] = useMutation(CreatePracticeDocument);
  const [publish, { loading: publishing }] = useMutation(PublishPracticeDocument);
  const initial = useMemo(() => emptyPracticeValues(), []);

  async function onSave(input: PracticeInput, options: SaveOptions): Promise<ApiError | null> {
    const result = await attempt(() =>
      create({ variables: { organizationId: options.organizationId, input } }),
    );
    if (!result.ok) return result.error;
    const created = result.value.data?.createPractice;
    if (!created) return null;
    let flash: PracticeFlash = 'draft';
    // The draft exists now: a failed publication is retried from its page, not by saving again.
    if (options.publish) {
      const published = await attempt(() => publish({ variables: { id: created.id } }));
      if (published.ok) flash = 'published';
    }
    libraryChanged();
    await navigate(`/practices/${created.slug}`, { state: { flash } });
    return null;
  }

  return (
    <PracticeForm
      initial={initial}
      autosaveKey={`new:${organizationSlug}`}
      isNew
      organizations={organizations}
      initialOrganizationId={initialOrganizationId}
      busy={creating || publishing}
      onSave={onSave}
      cancelTo="/my/practices"
    />
  );
}
