import { useTranslation } from 'react-i18next';
import {
  misusePatternInputSchema,
  PATTERN_SUMMARY_MAX_LENGTH,
  type MisusePatternInput,
} from '@alliance/domain';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import type { FieldError } from '../../../ui/errors';
import { TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { FormSection } from '../../../ui/FormSection';
import { MarkdownField } from '../../../ui/MarkdownField';
import {
  EditorActions,
  errorFor,
  OrganizationField,
  type OwnedEditorProps,
  useOwnedEditorForm,
} from '../../practices';
import { SummaryField } from '../../../ui/SummaryField';
import { TaxonomyGroup } from '../../../ui/taxonomy/TaxonomyGroup';
import { AudienceFields } from '../../../ui/taxonomy/AudienceFields';
import {
  indicatorRowOf,
  toPatternSchemaInput,
  type PatternFormValues,
} from '../editor/patternForm';
import { IndicatorsEditor, SourcesEditor } from './ListEditors';
import { PatternGroup, TrendField } from './PatternFormFields';

/** Indicators are checked without the empty rows: points their messages at the rows shown. */
function indicatorRows(problems: FieldError[], values: PatternFormValues): FieldError[] {
  return problems.map((problem) => {
    const match = /^indicators\.(\d+)$/.exec(problem.field);
    return match
      ? { ...problem, field: `indicators.${indicatorRowOf(values, Number(match[1]))}` }
      : problem;
  });
}

/**
 * The pattern editor: content (with a markdown preview), where in the trafficking process and
 * which technologies, indicators, sources and visibility, checked with the shared schema before
 * it is sent (the API checks the same, and its field errors show in the same places).
 */
export function MisusePatternForm({
  initial,
  isNew,
  state,
  organizations = [],
  initialOrganizationId = '',
  ownerName,
  busy,
  onSave,
  cancelTo,
}: OwnedEditorProps<PatternFormValues, MisusePatternInput>) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const {
    values,
    set,
    organizationId,
    setOrganizationId,
    submit,
    onSubmit,
    error,
    fields,
    formRef,
  } = useOwnedEditorForm({
    messages: 'misusePatterns.editor',
    initial,
    isNew,
    initialOrganizationId,
    check: (values) => misusePatternInputSchema.safeParse(toPatternSchemaInput(values)),
    onSave,
    toShownFields: indicatorRows,
  });

  const optional = t('common.optional');

  return (
    <form
      ref={formRef}
      className="form practice-form"
      onSubmit={onSubmit}
      noValidate
      aria-busy={busy}
      data-testid="pattern-form"
    >
      <FormError error={error} />
      <OrganizationField
        messages="misusePatterns.editor"
        isNew={isNew}
        organizations={organizations}
        value={organizationId}
        onChange={setOrganizationId}
        error={fields.organizationId}
        ownerName={ownerName}
      />

      <FormSection
        headingId="pattern-editor-content"
        title={t('misusePatterns.editor.sections.content')}
      >
        <TextField
          label={t('misusePatterns.fields.title')}
          hint={t('misusePatterns.editor.titleHint')}
          name="title"
          required
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
          error={fields.title}
        />
        <SummaryField
          label={t('misusePatterns.fields.summary')}
          max={PATTERN_SUMMARY_MAX_LENGTH}
          rows={3}
          counter={(length) =>
            t('misusePatterns.editor.summaryCounter', {
              length: format.format(length),
              max: format.format(PATTERN_SUMMARY_MAX_LENGTH),
            })
          }
          value={values.summary}
          onChange={(value) => set('summary', value)}
          error={fields.summary}
        />
        {/* Previewed with the pattern page's component. */}
        <MarkdownField
          label={t('misusePatterns.fields.description')}
          optionalLabel={optional}
          modeLabel={t('misusePatterns.editor.descriptionMode')}
          hint={t('misusePatterns.editor.descriptionHint')}
          name="description"
          rows={12}
          previewTestId="description-preview"
          value={values.description}
          onChange={(value) => set('description', value)}
          error={fields.description}
        />
        <p className="notice" role="note">
          {t('misusePatterns.editor.noVictimDetails')}
        </p>
      </FormSection>

      <FormSection
        headingId="pattern-editor-where"
        title={t('misusePatterns.editor.sections.misuse')}
      >
        <PatternGroup
          kind="stage"
          name="stages"
          legend={t('misusePatterns.fields.stages')}
          hint={t('misusePatterns.editor.stagesHint')}
          values={values.stages}
          onChange={(v) => set('stages', v)}
          error={errorFor(fields, 'stages')}
        />
        <PatternGroup
          kind="technology"
          name="technologies"
          legend={t('misusePatterns.fields.technologies')}
          hint={t('misusePatterns.editor.technologiesHint')}
          values={values.technologies}
          onChange={(v) => set('technologies', v)}
          error={errorFor(fields, 'technologies')}
        />
        <TaxonomyGroup
          kind="formOfExploitation"
          name="formsOfExploitation"
          legend={t('misusePatterns.fields.formsOfExploitation')}
          optionalLabel={optional}
          values={values.formsOfExploitation}
          onChange={(v) => set('formsOfExploitation', v)}
          error={errorFor(fields, 'formsOfExploitation')}
        />
        <TaxonomyGroup
          kind="region"
          name="regions"
          legend={t('misusePatterns.fields.regions')}
          optionalLabel={optional}
          values={values.regions}
          onChange={(v) => set('regions', v)}
          error={errorFor(fields, 'regions')}
        />
        <TrendField value={values.trend} onChange={(v) => set('trend', v)} error={fields.trend} />
      </FormSection>

      <FormSection
        headingId="pattern-editor-indicators"
        title={t('misusePatterns.editor.sections.indicators')}
      >
        <IndicatorsEditor
          indicators={values.indicators}
          onChange={(v) => set('indicators', v)}
          errorOf={(index) => fields[`indicators.${index}`]}
          error={fields.indicators}
        />
        <SourcesEditor
          sources={values.sources}
          onChange={(v) => set('sources', v)}
          errorOf={(index, part) =>
            fields[`sources.${index}.${part}`] ?? fields[`sources.${index}`]
          }
          error={fields.sources}
        />
      </FormSection>

      <FormSection
        headingId="pattern-editor-visibility"
        title={t('misusePatterns.editor.sections.visibility')}
      >
        <AudienceFields
          legend={t('misusePatterns.fields.visibility')}
          help={(visibility) => t(`misusePatterns.editor.visibilityHelp.${visibility}`)}
          visibleToLegend={t('misusePatterns.fields.visibleTo')}
          visibleToHint={t('misusePatterns.editor.visibleToHint')}
          visibility={values.visibility}
          visibleTo={values.visibleTo}
          onVisibilityChange={(v) => set('visibility', v)}
          onVisibleToChange={(v) => set('visibleTo', v)}
          visibilityError={fields.visibility}
          visibleToError={errorFor(fields, 'visibleTo')}
        />
      </FormSection>

      <EditorActions
        messages="misusePatterns.editor"
        busy={busy}
        isDraft={isNew || state === 'DRAFT'}
        onPublish={() => void submit(true)}
        cancelTo={cancelTo}
      />
    </form>
  );
}
