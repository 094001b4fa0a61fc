import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { PracticeInput } from '@alliance/domain';
import { CreatePracticeDocument, PublishPracticeDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { RequireSignIn } from '../../auth/components/RequireSignIn';
import { PracticeForm, type SaveOptions } from '../components/PracticeForm';
import { emptyPracticeValues } from '../editor/practiceForm';
import { useLibraryChanged } from '../hooks/useLibraryChanged';
import { canWritePractices, useViewerMemberships } from '../hooks/useViewerMemberships';
import type { PracticeFlash } from './PracticePage';

/** /practices/new?organization=<slug>: a new practice, saved as a draft of an organization. */
export function NewPracticePage() {
  const { t } = useTranslation();
  return (
    <div className="editor-page">
      <PageTitle page={t('editor.newTitle')} />
      <h1>{t('editor.newTitle')}</h1>
      <RequireSignIn>{() => <NewPractice />}</RequireSignIn>
    </div>
  );
}

function NewPractice() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const libraryChanged = useLibraryChanged();
  const [params] = useSearchParams();
  const organizationSlug = params.get('organization') ?? '';
  const { memberships, loading, error, retry } = useViewerMemberships();
  const [create, { loading: creating }] = useMutation(CreatePracticeDocument);
  const [publish, { loading: publishing }] = useMutation(PublishPracticeDocument);
  const initial = useMemo(() => emptyPracticeValues(), []);

  if (loading) return <LoadingState />;
  if (error) return <ErrorState message={t('editor.membershipsError')} onRetry={retry} />;

  const writable = memberships.filter((m) => canWritePractices(m.role));
  if (writable.length === 0) {
    return (
      <div className="notice" role="note" data-testid="cannot-write">
        <p>{t('editor.noOrganization')}</p>
        <p>
          <Link to="/organizations">{t('editor.browseOrganizations')}</Link>
        </p>
      </div>
    );
  }
  const preselected =
    writable.find((m) => m.organization.slug === organizationSlug)?.organization.id ??
    (writable.length === 1 ? writable[0].organization.id : '');

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
      organizations={writable}
      initialOrganizationId={preselected}
      busy={creating || publishing}
      onSave={onSave}
      cancelTo="/my/practices"
    />
  );
}
