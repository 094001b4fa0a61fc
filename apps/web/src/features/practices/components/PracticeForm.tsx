import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  fieldErrors,
  LANGUAGES,
  PRACTICE_SUMMARY_MAX_LENGTH,
  PRACTICE_VISIBILITIES,
  practiceInputSchema,
  type PracticeInput,
} from '@alliance/domain';
import type { PracticeState } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import type { ApiError, FieldError } from '../../../ui/errors';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { Markdown } from '../../../ui/Markdown';
import { useFormErrors } from '../../../ui/useFormErrors';
import { errorFor, toSchemaInput, type PracticeFormValues } from '../editor/practiceForm';
import { useAutosave } from '../hooks/useAutosave';
import { useLabels } from '../hooks/useLabels';
import type { ViewerMembership } from '../hooks/useViewerMemberships';
import { codesOfKind, type TaxonomyKind } from '../taxonomy';
import { CheckboxGroup } from './CheckboxGroup';
import { CountryPicker } from './CountryPicker';
import { LinksEditor } from './LinksEditor';
import { SimilarPracticesHint } from './SimilarPracticesHint';

export interface SaveOptions {
  /** Publish right after saving. */
  publish: boolean;
  /** The owning organization (new practices). */
  organizationId: string;
}

interface PracticeFormProps {
  initial: PracticeFormValues;
  /** Where the form is kept in this browser: the practice id, or "new:<organization>". */
  autosaveKey: string;
  /** A new practice: choose its organization, see similar practices. */
  isNew: boolean;
  /** The life-cycle state of an existing practice ("Save and publish" for drafts only). */
  state?: PracticeState;
  /** New practices: the organizations the viewer may write for. */
  organizations?: ViewerMembership[];
  initialOrganizationId?: string;
  /** Existing practices: the owner's name. */
  ownerName?: string;
  busy: boolean;
  /** Saves the validated input; resolves to the API's error, or null once saved. */
  onSave: (input: PracticeInput, options: SaveOptions) => Promise<ApiError | null>;
  cancelTo: string;
}

type Setter = <K extends keyof PracticeFormValues>(name: K, value: PracticeFormValues[K]) => void;

/**
 * The practice editor: content (with a markdown preview), taxonomies, scope, facts, links,
 * contact and visibility, checked with the shared schema before it is sent (the API checks the
 * same, and its field errors show in the same places). The form is kept in this browser as it
 * is written.
 */
export function PracticeForm({
  initial,
  autosaveKey,
  isNew,
  state,
  organizations = [],
  initialOrganizationId = '',
  ownerName,
  busy,
  onSave,
  cancelTo,
}: PracticeFormProps) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [values, setValues] = useState(initial);
  const [organizationId, setOrganizationId] = useState(initialOrganizationId);
  const autosave = useAutosave(autosaveKey, values, initial);

  const set: Setter = (name, value) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(publish: boolean) {
    const problems: FieldError[] = [];
    if (isNew && !organizationId) {
      problems.push({ field: 'organizationId', message: t('editor.chooseOrganization') });
    }
    const parsed = practiceInputSchema.safeParse(toSchemaInput(values));
    if (!parsed.success) problems.push(...fieldErrors(parsed.error));
    if (problems.length || !parsed.success) return invalid(problems);
    clear();
    const failure = await onSave(parsed.data, { publish, organizationId });
    if (failure) fail(failure);
    else autosave.clear();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(false);
  }

  const canPublish = isNew || state === 'DRAFT';
  const optional = t('common.optional');

  return (
    <form
      ref={formRef}
      className="form practice-form"
      onSubmit={onSubmit}
      noValidate
      aria-busy={busy}
      data-testid="practice-form"
    >
      {autosave.offer && (
        <div className="notice" role="region" aria-label={t('editor.restore.label')}>
          <p>{t('editor.restore.text', { date: dates.dateTime(autosave.offer.savedAt) })}</p>
          <p className="actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                const restored = autosave.restore();
                if (restored) setValues({ ...initial, ...restored });
              }}
            >
              {t('editor.restore.restore')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={autosave.discard}
            >
              {t('editor.restore.discard')}
            </button>
          </p>
        </div>
      )}
      <FormError error={error} />

      {isNew ? (
        <SelectField
          label={t('editor.organization')}
          hint={t('editor.organizationHint')}
          name="organizationId"
          required
          value={organizationId}
          onChange={(e) => setOrganizationId(e.target.value)}
          error={fields.organizationId}
        >
          <option value="">{t('editor.chooseOrganizationOption')}</option>
          {organizations.map((m) => (
            <option key={m.organization.id} value={m.organization.id}>
              {m.organization.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="muted">{t('editor.ownedBy', { organization: ownerName })}</p>
      )}

      <Section id="content" title={t('editor.sections.content')}>
        <TextField
          label={t('practiceField.title')}
          hint={t('editor.titleHint')}
          name="title"
          required
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
          error={fields.title}
        />
        {isNew && <SimilarPracticesHint title={values.title} summary={values.summary} />}
        <SummaryField
          value={values.summary}
          onChange={(value) => set('summary', value)}
          error={fields.summary}
        />
        <BodyField
          value={values.body}
          onChange={(value) => set('body', value)}
          error={fields.body}
        />
      </Section>

      <Section id="taxonomies" title={t('editor.sections.taxonomies')}>
        <TaxonomyGroup
          kind="focusArea"
          name="focusAreas"
          legend={t('practiceField.focusAreas')}
          hint={t('editor.focusAreasHint')}
          values={values.focusAreas}
          onChange={(v) => set('focusAreas', v)}
          error={errorFor(fields, 'focusAreas')}
        />
        {(
          [
            ['purpose', 'purposes'],
            ['formOfExploitation', 'formsOfExploitation'],
            ['technology', 'technologies'],
            ['targetUser', 'targetUsers'],
            ['sector', 'sectors'],
          ] as const
        ).map(([kind, name]) => (
          <TaxonomyGroup
            key={name}
            kind={kind}
            name={name}
            legend={t(`practiceField.${name}`)}
            optionalLabel={optional}
            values={values[name]}
            onChange={(v) => set(name, v)}
            error={errorFor(fields, name)}
          />
        ))}
      </Section>

      <Section id="scope" title={t('editor.sections.scope')}>
        <CountryPicker
          values={values.countries}
          onChange={(v) => set('countries', v)}
          error={errorFor(fields, 'countries')}
        />
        <TaxonomyGroup
          kind="region"
          name="regions"
          legend={t('practiceField.regions')}
          optionalLabel={optional}
          values={values.regions}
          onChange={(v) => set('regions', v)}
          error={errorFor(fields, 'regions')}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            name="global"
            checked={values.global}
            onChange={(e) => set('global', e.target.checked)}
          />
          {t('editor.global')}
        </label>
        <LanguagesField
          values={values.languages}
          others={values.otherLanguages}
          onChange={(v) => set('languages', v)}
          onOthersChange={(v) => set('otherLanguages', v)}
          error={errorFor(fields, 'languages')}
        />
      </Section>

      <Section id="facts" title={t('editor.sections.facts')}>
        <TaxonomySelect
          kind="practiceStatus"
          name="status"
          label={t('practiceField.status')}
          value={values.status}
          onChange={(v) => set('status', v)}
          error={fields.status}
        />
        <div className="form-row">
          <TextField
            label={t('practiceField.yearStarted')}
            name="yearStarted"
            type="number"
            inputMode="numeric"
            min={1990}
            optional
            optionalLabel={optional}
            value={values.yearStarted}
            onChange={(e) => set('yearStarted', e.target.value)}
            error={fields.yearStarted}
          />
          <TextField
            label={t('practiceField.yearEnded')}
            hint={t('editor.yearEndedHint')}
            name="yearEnded"
            type="number"
            inputMode="numeric"
            min={1990}
            optional
            optionalLabel={optional}
            value={values.yearEnded}
            onChange={(e) => set('yearEnded', e.target.value)}
            error={fields.yearEnded}
          />
        </div>
        <TaxonomySelect
          kind="evidenceLevel"
          name="evidenceLevel"
          label={t('practiceField.evidenceLevel')}
          value={values.evidenceLevel}
          onChange={(v) => set('evidenceLevel', v)}
          error={fields.evidenceLevel}
        />
        <TaxonomySelect
          kind="survivorInvolvement"
          name="survivorInvolvement"
          label={t('practiceField.survivorInvolvement')}
          value={values.survivorInvolvement}
          onChange={(v) => set('survivorInvolvement', v)}
          error={fields.survivorInvolvement}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            name="sdg87"
            checked={values.sdg87}
            onChange={(e) => set('sdg87', e.target.checked)}
          />
          {t('editor.sdg87')}
        </label>
        <TaxonomyGroup
          kind="iloIndicator"
          name="iloIndicators"
          legend={t('practiceField.iloIndicators')}
          optionalLabel={optional}
          values={values.iloIndicators}
          onChange={(v) => set('iloIndicators', v)}
          error={errorFor(fields, 'iloIndicators')}
        />
      </Section>

      <Section id="links" title={t('editor.sections.links')}>
        <LinksEditor
          links={values.links}
          onChange={(v) => set('links', v)}
          errorOf={(index, part) => fields[`links.${index}.${part}`] ?? fields[`links.${index}`]}
          error={fields.links}
        />
        <TextAreaField
          label={t('practiceField.contact')}
          hint={t('editor.contactHint')}
          name="contact"
          optional
          optionalLabel={optional}
          rows={2}
          value={values.contact}
          onChange={(e) => set('contact', e.target.value)}
          error={fields.contact}
        />
      </Section>

      <Section id="visibility" title={t('editor.sections.visibility')}>
        <VisibilityField
          value={values.visibility}
          onChange={(v) => set('visibility', v)}
          error={fields.visibility}
        />
        {values.visibility === 'RESTRICTED' && (
          <TaxonomyGroup
            kind="stakeholderType"
            name="visibleTo"
            legend={t('practiceField.visibleTo')}
            hint={t('editor.visibleToHint')}
            values={values.visibleTo}
            onChange={(v) => set('visibleTo', v)}
            error={errorFor(fields, 'visibleTo')}
          />
        )}
      </Section>

      <div className="form__actions practice-form__actions">
        <button type="submit" className="button" disabled={busy}>
          {isNew || state === 'DRAFT' ? t('editor.saveDraft') : t('editor.save')}
        </button>
        {canPublish && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void submit(true)}
          >
            {t('editor.saveAndPublish')}
          </button>
        )}
        <Link to={cancelTo}>{t('common.cancel')}</Link>
        <span className="muted" data-testid="autosave-status">
          {autosave.savedAt
            ? t('editor.autosaved', { time: dates.dateTime(autosave.savedAt) })
            : ''}
        </span>
      </div>
    </form>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = `editor-${id}`;
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

function SummaryField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const length = value.trim().length;
  const over = length > PRACTICE_SUMMARY_MAX_LENGTH;
  return (
    <TextAreaField
      label={t('practiceField.summary')}
      hint={
        <span
          className={over ? 'counter counter--over' : 'counter'}
          data-testid="summary-counter"
          data-value={length}
        >
          {over
            ? t('editor.summaryOver', {
                count: length - PRACTICE_SUMMARY_MAX_LENGTH,
                max: format.format(PRACTICE_SUMMARY_MAX_LENGTH),
              })
            : t('editor.summaryCounter', {
                length: format.format(length),
                max: format.format(PRACTICE_SUMMARY_MAX_LENGTH),
              })}
        </span>
      }
      name="summary"
      required
      rows={4}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}

/** The description in markdown, with a "Preview" rendered by the practice page's component. */
function BodyField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [preview, setPreview] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={['field', 'body-field', error ? 'field--invalid' : ''].join(' ').trim()}>
      <div className="body-field__header">
        <label htmlFor={id} className="field__label">
          {t('practiceField.body')}
        </label>
        <div className="segmented" role="group" aria-label={t('editor.bodyMode')}>
          <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
            {t('editor.write')}
          </button>
          <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>
            {t('editor.preview')}
          </button>
        </div>
      </div>
      <div id={hintId} className="field__hint">
        {t('editor.bodyHint')}
      </div>
      <textarea
        id={id}
        className="input input--code"
        name="body"
        rows={18}
        hidden={preview}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
      />
      {preview && (
        <section
          className="body-preview"
          aria-label={t('editor.preview')}
          data-testid="body-preview"
        >
          {value.trim() ? (
            <Markdown className="markdown prose">{value}</Markdown>
          ) : (
            <p className="muted">{t('editor.previewEmpty')}</p>
          )}
        </section>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

interface TaxonomyGroupProps {
  kind: TaxonomyKind;
  name: string;
  legend: string;
  hint?: string;
  optionalLabel?: string;
  values: string[];
  onChange: (values: string[]) => void;
  error?: string;
}

function TaxonomyGroup({ kind, ...props }: TaxonomyGroupProps) {
  const labels = useLabels();
  const options = codesOfKind(kind).map((code) => ({
    value: code,
    label: labels.taxonomy(kind, code),
  }));
  return <CheckboxGroup {...props} options={options} />;
}

function TaxonomySelect({
  kind,
  name,
  label,
  value,
  onChange,
  error,
}: {
  kind: TaxonomyKind;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <SelectField
      label={label}
      name={name}
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    >
      <option value="">{t('editor.choose')}</option>
      {codesOfKind(kind).map((code) => (
        <option key={code} value={code}>
          {labels.taxonomy(kind, code)}
        </option>
      ))}
    </SelectField>
  );
}

function LanguagesField({
  values,
  others,
  onChange,
  onOthersChange,
  error,
}: {
  values: string[];
  others: string;
  onChange: (values: string[]) => void;
  onOthersChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <>
      <CheckboxGroup
        legend={t('practiceField.languages')}
        hint={t('editor.languagesHint')}
        optionalLabel={t('common.optional')}
        name="languages"
        options={LANGUAGES.map((language) => ({
          value: language.code,
          label: labels.language(language.code),
        }))}
        values={values}
        onChange={onChange}
        error={error}
      />
      <TextField
        label={t('editor.otherLanguages')}
        hint={t('editor.otherLanguagesHint')}
        name="otherLanguages"
        optional
        optionalLabel={t('common.optional')}
        spellCheck={false}
        autoCapitalize="none"
        value={others}
        onChange={(e) => onOthersChange(e.target.value)}
      />
    </>
  );
}

function VisibilityField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset
      className={['checkbox-group', error ? 'field--invalid' : ''].join(' ').trim()}
      data-testid="group-visibility"
    >
      <legend className="field__label">{t('practiceField.visibility')}</legend>
      {PRACTICE_VISIBILITIES.map((visibility) => (
        <label key={visibility} className="checkbox checkbox--described">
          <input
            type="radio"
            name={name}
            value={visibility}
            checked={value === visibility}
            onChange={() => onChange(visibility)}
            aria-invalid={error ? true : undefined}
          />
          <span>
            {t(`visibility.${visibility}`)}
            <span className="checkbox__description">
              {t(`editor.visibilityHelp.${visibility}`)}
            </span>
          </span>
        </label>
      ))}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
