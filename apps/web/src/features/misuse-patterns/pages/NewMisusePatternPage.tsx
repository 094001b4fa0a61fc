import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import type { MisusePatternInput } from '@alliance/domain';
import { CreateMisusePatternDocument, PublishMisusePatternDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { RequireSignIn } from '../../auth';
import { type SaveOptions, type ViewerMembership, WritableOrganizations } from '../../practices';
import { MisusePatternForm } from '../components/MisusePatternForm';
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
      <RequireSignIn>
        {() => (
          // Editors and admins write their organization's patterns, as they do its practices.
          <WritableOrganizations messages="misusePatterns.editor">
            {(organizations, preselectedId) => (
              <NewPattern organizations={organizations} initialOrganizationId={preselectedId} />
            )}
          </WritableOrganizations>
        )}
      </RequireSignIn>
    </div>
  );
}

interface NewPatternProps {
  organizations: ViewerMembership[];
  initialOrganizationId: string;
}

function NewPattern({ organizations, initialOrganizationId }: NewPatternProps) {
  const navigate = useNavigate();
  const patternsChanged = usePatternsChanged();
  const [create, { loading: creating }] = useMutation(CreateMisusePatternDocument);
  const [publish, { loading: publishing }] = useMutation(PublishMisusePatternDocument);
  const initial = useMemo(() => emptyPatternValues(), []);

  async function onSave(input: MisusePatternInput, options: SaveOptions): Promise<ApiError | null> {
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
      organizations={organizations}
      initialOrganizationId={initialOrganizationId}
      busy={creating || publishing}
      onSave={onSave}
      cancelTo="/my/misuse-patterns"
    />
  );
}
