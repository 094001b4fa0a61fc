import { useTranslation } from 'react-i18next';
import {
  LANGUAGES,
  PRACTICE_SUMMARY_MAX_LENGTH,
  practiceInputSchema,
  type PracticeInput,
} from '@alliance/domain';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { FormSection } from '../../../ui/FormSection';
import { MarkdownField } from '../../../ui/MarkdownField';
import { errorFor, toSchemaInput, type PracticeFormValues } from '../editor/practiceForm';
import { useAutosave } from '../hooks/useAutosave';
import { useLabels } from '../../../ui/taxonomy/useLabels';
import { useOwnedEditorForm } from '../hooks/useOwnedEditorForm';
import { codesOfKind, type TaxonomyKind } from '../../../ui/taxonomy/taxonomy';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { CountryPicker } from './CountryPicker';
import { LinksEditor } from './LinksEditor';
import { EditorActions, OrganizationField, type OwnedEditorProps } from './OwnedEditor';
import { SimilarPracticesHint } from './SimilarPracticesHint';
import { SummaryField } from '../../../ui/SummaryField';
import { TaxonomyGroup } from '../../../ui/taxonomy/TaxonomyGroup';
import { AudienceFields } from '../../../ui/taxonomy/AudienceFields';

interface PracticeFormProps extends OwnedEditorProps<PracticeFormValues, PracticeInput> {
  /** Where the form is kept in this browser: the practice id, or "new:<organization>". */
  autosaveKey: string;
}

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
  const format = useNumberFormat();
  const {
    values,
    setValues,
    set,
    organizationId,
    setOrganizationId,
    submit,
    onSubmit,
    error,
    fields,
    formRef,
  } = useOwnedEditorForm({
    messages: 'editor',
    initial,
    isNew,
    initialOrganizationId,
    check: (values) => practiceInputSchema.safeParse(toSchemaInput(values)),
    onSave,
    // Saved: what this browser kept is no longer needed.
    onSaved: () => {
      autosave.clear();
    },
  });
  const autosave = useAutosave(autosaveKey, values, initial);

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

      <OrganizationField
        messages="editor"
        isNew={isNew}
        organizations={organizations}
        value={organizationId}
        onChange={setOrganizationId}
        error={fields.organizationId}
        ownerName={ownerName}
      />

      <FormSection headingId="editor-content" title={t('editor.sections.content')}>
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
          label={t('practiceField.summary')}
          max={PRACTICE_SUMMARY_MAX_LENGTH}
          rows={4}
          counter={(length) =>
            length > PRACTICE_SUMMARY_MAX_LENGTH
              ? t('editor.summaryOver', {
                  count: length - PRACTICE_SUMMARY_MAX_LENGTH,
                  max: format.format(PRACTICE_SUMMARY_MAX_LENGTH),
                })
              : t('editor.summaryCounter', {
                  length: format.format(length),
                  max: format.format(PRACTICE_SUMMARY_MAX_LENGTH),
                })
          }
          value={values.summary}
          onChange={(value) => set('summary', value)}
          error={fields.summary}
        />
        {/* Previewed with the practice page's component. */}
        <MarkdownField
          label={t('practiceField.body')}
          modeLabel={t('editor.bodyMode')}
          hint={t('editor.bodyHint')}
          name="body"
          rows={18}
          previewTestId="body-preview"
          value={values.body}
          onChange={(value) => set('body', value)}
          error={fields.body}
        />
      </FormSection>

      <FormSection headingId="editor-taxonomies" title={t('editor.sections.taxonomies')}>
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
      </FormSection>

      <FormSection headingId="editor-scope" title={t('editor.sections.scope')}>
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
      </FormSection>

      <FormSection headingId="editor-facts" title={t('editor.sections.facts')}>
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
      </FormSection>

      <FormSection headingId="editor-links" title={t('editor.sections.links')}>
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
      </FormSection>

      <FormSection headingId="editor-visibility" title={t('editor.sections.visibility')}>
        <AudienceFields
          legend={t('practiceField.visibility')}
          help={(visibility) => t(`editor.visibilityHelp.${visibility}`)}
          visibleToLegend={t('practiceField.visibleTo')}
          visibleToHint={t('editor.visibleToHint')}
          visibility={values.visibility}
          visibleTo={values.visibleTo}
          onVisibilityChange={(v) => set('visibility', v)}
          onVisibleToChange={(v) => set('visibleTo', v)}
          visibilityError={fields.visibility}
          visibleToError={errorFor(fields, 'visibleTo')}
        />
      </FormSection>

      <EditorActions
        messages="editor"
        busy={busy}
        isDraft={isNew || state === 'DRAFT'}
        onPublish={() => void submit(true)}
        cancelTo={cancelTo}
      >
        <span className="muted" data-testid="autosave-status">
          {autosave.savedAt
            ? t('editor.autosaved', { time: dates.dateTime(autosave.savedAt) })
            : ''}
        </span>
      </EditorActions>
    </form>
  );
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
