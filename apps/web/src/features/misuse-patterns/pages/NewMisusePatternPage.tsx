import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { MisusePatternInput } from '@alliance/domain';
import { CreateMisusePatternDocument, PublishMisusePatternDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { RequireSignIn } from '../../auth/components/RequireSignIn';
import {
  canWritePractices,
  useViewerMemberships,
} from '../../practices/hooks/useViewerMemberships';
import { MisusePatternForm, type PatternSaveOptions } from '../components/MisusePatternForm';
import { emptyPatternValues } from '../editor/patternForm';
import { usePatternsChanged } from '../hooks/usePatternsChanged';
import type { PatternFlash } from './MisusePatternPage';

/** /misuse-patterns/new?organization=<slug>: a new pattern, saved as a draft of an organization. */
export function NewMisusePatternPage() {
  const { t } = useTranslation();
  return (
    <div className="editor-page">
      <PageTitle page={t('misusePatterns.editor.newTitle')} />
      <h1>{t('misusePatterns.editor.newTitle')}</h1>
      <RequireSignIn>{() => <NewPattern />}</RequireSignIn>
    </div>
  );
}

function NewPattern() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const patternsChanged = usePatternsChanged();
  const [params] = useSearchParams();
  const organizationSlug = params.get('organization') ?? '';
  const { memberships, loading, error, retry } = useViewerMemberships();
  const [create, { loading: creating }] = useMutation(CreateMisusePatternDocument);
  const [publish, { loading: publishing }] = useMutation(PublishMisusePatternDocument);
  const initial = useMemo(() => emptyPatternValues(), []);

  if (loading) return <LoadingState />;
  if (error) return <ErrorState message={t('editor.membershipsError')} onRetry={retry} />;

  // Editors and admins write their organization's patterns, as they do its practices.
  const writable = memberships.filter((m) => canWritePractices(m.role));
  if (writable.length === 0) {
    return (
      <div className="notice" role="note" data-testid="cannot-write">
        <p>{t('misusePatterns.editor.noOrganization')}</p>
        <p>
          <Link to="/organizations">{t('editor.browseOrganizations')}</Link>
        </p>
      </div>
    );
  }
  const preselected =
    writable.find((m) => m.organization.slug === organizationSlug)?.organization.id ??
    (writable.length === 1 ? writable[0].organization.id : '');

  async function onSave(
    input: MisusePatternInput,
    options: PatternSaveOptions,
  ): Promise<ApiError | null> {
    const result = await attempt(() =>
      create({ variables: { organizationId: options.organizationId, input } }),
    );
    if (!result.ok) return result.error;
    const created = result.value.data?.createMisusePattern;
    if (!created) return null;
    let flash: PatternFlash = 'draft';
    // The draft exists now: a failed publication is retried from its page, not by saving again.
    if (options.publish) {
      const published = await attempt(() => publish({ variables: { id: created.id } }));
      if (published.ok) flash = 'published';
    }
    patternsChanged();
    await navigate(`/misuse-patterns/${created.slug}`, { state: { flash } });
    return null;
  }

  return (
    <MisusePatternForm
      initial={initial}
      isNew
      organizations={writable}
      initialOrganizationId={preselected}
      busy={creating || publishing}
      onSave={onSave}
      cancelTo="/misuse-patterns"
    />
  );
}
