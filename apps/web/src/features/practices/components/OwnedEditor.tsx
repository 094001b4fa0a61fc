import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PracticeState } from '@alliance/graphql';
import type { ApiError } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { SelectField } from '../../../ui/Field';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { NotFoundPage } from '../../errors';
import { useViewerMemberships, type ViewerMembership } from '../hooks/useViewerMemberships';
import { isOrganizationEditor } from '../../auth';

/*
 * What the editors of content an organization owns (practices, misuse patterns) share: whose it
 * is, "Save draft" / "Save and publish", and who may open the editor at all. Each kind of content
 * words these in its own catalogue, which has the same keys under `messages`.
 */

/** Where an editor's words are: the practice editor's, or the pattern editor's. */
export type EditorMessages = 'editor' | 'misusePatterns.editor';

export interface SaveOptions {
  /** Publish right after saving. */
  publish: boolean;
  /** The owning organization (new content). */
  organizationId: string;
}

/** What an editor form is given by its page (the new and the edit page). */
export interface OwnedEditorProps<Values, Input> {
  initial: Values;
  /** New content: choose its organization. */
  isNew: boolean;
  /** The life-cycle state of existing content ("Save and publish" for drafts only). */
  state?: PracticeState;
  /** New content: the organizations the viewer may write for. */
  organizations?: ViewerMembership[];
  initialOrganizationId?: string;
  /** Existing content: the owner's name. */
  ownerName?: string;
  busy: boolean;
  /** Saves the validated input; resolves to the API's error, or null once saved. */
  onSave: (input: Input, options: SaveOptions) => Promise<ApiError | null>;
  cancelTo: string;
}

interface OrganizationFieldProps {
  messages: EditorMessages;
  isNew: boolean;
  organizations: ViewerMembership[];
  value: string;
  onChange: (organizationId: string) => void;
  error?: string;
  ownerName?: string;
}

/** New content: the organization it will belong to; existing content: whose it is. */
export function OrganizationField({
  messages,
  isNew,
  organizations,
  value,
  onChange,
  error,
  ownerName,
}: OrganizationFieldProps) {
  const { t } = useTranslation();
  if (!isNew) {
    return <p className="muted">{t(`${messages}.ownedBy`, { organization: ownerName })}</p>;
  }
  return (
    <SelectField
      label={t(`${messages}.organization`)}
      hint={t(`${messages}.organizationHint`)}
      name="organizationId"
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    >
      <option value="">{t(`${messages}.chooseOrganizationOption`)}</option>
      {organizations.map((m) => (
        <option key={m.organization.id} value={m.organization.id}>
          {m.organization.name}
        </option>
      ))}
    </SelectField>
  );
}

interface EditorActionsProps {
  messages: EditorMessages;
  busy: boolean;
  /** New content or a draft: it is saved as a draft, and may be published at once. */
  isDraft: boolean;
  onPublish: () => void;
  cancelTo: string;
  /** Said after the buttons (the autosave status). */
  children?: ReactNode;
}

/** The editor's sticky bar: save (as a draft), "Save and publish" for drafts, cancel. */
export function EditorActions({
  messages,
  busy,
  isDraft,
  onPublish,
  cancelTo,
  children,
}: EditorActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form__actions practice-form__actions">
      <button type="submit" className="button" disabled={busy}>
        {isDraft ? t(`${messages}.saveDraft`) : t(`${messages}.save`)}
      </button>
      {isDraft && (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={onPublish}
        >
          {t(`${messages}.saveAndPublish`)}
        </button>
      )}
      <Link to={cancelTo}>{t('common.cancel')}</Link>
      {children}
    </div>
  );
}

interface WritableOrganizationsProps {
  messages: EditorMessages;
  /**
   * The editor, for the organizations the viewer may write for and the one to preselect: the
   * one named by ?organization=<slug>, or the only one ("" to make the viewer choose).
   */
  children: (organizations: ViewerMembership[], preselectedId: string) => ReactNode;
}

/** New content: only editors and admins of an organization may write it. */
export function WritableOrganizations({ messages, children }: WritableOrganizationsProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const organizationSlug = params.get('organization') ?? '';
  const { memberships, loading, error, retry } = useViewerMemberships();

  if (loading) return <LoadingState />;
  if (error) return <ErrorState message={t('editor.membershipsError')} onRetry={retry} />;

  const writable = memberships.filter((m) => isOrganizationEditor(m.role));
  if (writable.length === 0) {
    return (
      <div className="notice" role="note" data-testid="cannot-write">
        <p>{t(`${messages}.noOrganization`)}</p>
        <p>
          <Link to="/organizations">{t('editor.browseOrganizations')}</Link>
        </p>
      </div>
    );
  }
  const preselected =
    writable.find((m) => m.organization.slug === organizationSlug)?.organization.id ??
    (writable.length === 1 ? writable[0].organization.id : '');
  return children(writable, preselected);
}

interface EditAccessProps<T extends { viewerCanEdit: boolean }> {
  messages: EditorMessages;
  /** The page's query has answered (with `item` null when there is no such content). */
  answered: boolean;
  loading: boolean;
  item: T | null | undefined;
  /** What failed when the query did not answer. */
  loadError: string;
  onRetry: () => void;
  /** The editor, for content the viewer may edit. */
  children: (item: T) => ReactNode;
}

/** Existing content: loaded, found, and editable by the viewer, or why not. */
export function EditAccess<T extends { viewerCanEdit: boolean }>({
  messages,
  answered,
  loading,
  item,
  loadError,
  onRetry,
  children,
}: EditAccessProps<T>) {
  const { t } = useTranslation();
  if (!answered) {
    if (loading) {
      return (
        <>
          <PageTitle page={t(`${messages}.editTitleLoading`)} />
          <LoadingState />
        </>
      );
    }
    return <ErrorState message={loadError} onRetry={onRetry} />;
  }
  if (!item) return <NotFoundPage />;
  if (!item.viewerCanEdit) {
    return (
      <div className="message-page" data-testid="not-allowed">
        <PageTitle page={t(`${messages}.notAllowed.title`)} />
        <p className="eyebrow">{t('editor.notAllowed.code')}</p>
        <h1>{t(`${messages}.notAllowed.title`)}</h1>
        <p>{t(`${messages}.notAllowed.body`)}</p>
      </div>
    );
  }
  return children(item);
}
