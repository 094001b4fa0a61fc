import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldErrors, misusePatternInputSchema, type MisusePatternInput } from '@alliance/domain';
import type { PracticeState } from '@alliance/graphql';
import type { ApiError, FieldError } from '../../../ui/errors';
import { SelectField, TextField } from '../../../ui/Field';
import { FormError } from '../../../ui/FormError';
import { useFormErrors } from '../../../ui/useFormErrors';
import type { ViewerMembership } from '../../practices/hooks/useViewerMemberships';
import {
  errorFor,
  indicatorRowOf,
  toPatternSchemaInput,
  type PatternFormValues,
} from '../editor/patternForm';
import { IndicatorsEditor, SourcesEditor } from './ListEditors';
import {
  DescriptionField,
  PatternGroup,
  Section,
  SummaryField,
  TaxonomyGroup,
  TrendField,
  VisibilityField,
} from './PatternFormFields';

export interface PatternSaveOptions {
  /** Publish right after saving. */
  publish: boolean;
  /** The owning organization (new patterns). */
  organizationId: string;
}

interface MisusePatternFormProps {
  initial: PatternFormValues;
  /** A new pattern: choose its organization. */
  isNew: boolean;
  /** The life-cycle state of an existing pattern ("Save and publish" for drafts only). */
  state?: PracticeState;
  /** New patterns: the organizations the viewer may write for. */
  organizations?: ViewerMembership[];
  initialOrganizationId?: string;
  /** Existing patterns: the owner's name. */
  ownerName?: string;
  busy: boolean;
  /** Saves the validated input; resolves to the API's error, or null once saved. */
  onSave: (input: MisusePatternInput, options: PatternSaveOptions) => Promise<ApiError | null>;
  cancelTo: string;
}

type Setter = <K extends keyof PatternFormValues>(name: K, value: PatternFormValues[K]) => void;

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
}: MisusePatternFormProps) {
  const { t } = useTranslation();
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [values, setValues] = useState(initial);
  const [organizationId, setOrganizationId] = useState(initialOrganizationId);
  const set: Setter = (name, value) => setValues((v) => ({ ...v, [name]: value }));

  // Indicators are checked without the empty rows: point their messages at the rows shown.
  const toRows = (problems: FieldError[]): FieldError[] =>
    problems.map((problem) => {
      const match = /^indicators\.(\d+)$/.exec(problem.field);
      return match
        ? { ...problem, field: `indicators.${indicatorRowOf(values, Number(match[1]))}` }
        : problem;
    });

  async function submit(publish: boolean) {
    const problems: FieldError[] = [];
    if (isNew && !organizationId) {
      problems.push({
        field: 'organizationId',
        message: t('misusePatterns.editor.chooseOrganization'),
      });
    }
    const parsed = misusePatternInputSchema.safeParse(toPatternSchemaInput(values));
    if (!parsed.success) problems.push(...toRows(fieldErrors(parsed.error)));
    if (problems.length || !parsed.success) return invalid(problems);
    clear();
    const failure = await onSave(parsed.data, { publish, organizationId });
    if (failure) fail({ ...failure, fieldErrors: toRows(failure.fieldErrors) });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(false);
  }

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
      {isNew ? (
        <SelectField
          label={t('misusePatterns.editor.organization')}
          hint={t('misusePatterns.editor.organizationHint')}
          name="organizationId"
          required
          value={organizationId}
          onChange={(e) => setOrganizationId(e.target.value)}
          error={fields.organizationId}
        >
          <option value="">{t('misusePatterns.editor.chooseOrganizationOption')}</option>
          {organizations.map((m) => (
            <option key={m.organization.id} value={m.organization.id}>
              {m.organization.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="muted">{t('misusePatterns.editor.ownedBy', { organization: ownerName })}</p>
      )}

      <Section id="content" title={t('misusePatterns.editor.sections.content')}>
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
          value={values.summary}
          onChange={(value) => set('summary', value)}
          error={fields.summary}
        />
        <DescriptionField
          value={values.description}
          onChange={(value) => set('description', value)}
          error={fields.description}
        />
        <p className="notice" role="note">
          {t('misusePatterns.editor.noVictimDetails')}
        </p>
      </Section>

      <Section id="where" title={t('misusePatterns.editor.sections.misuse')}>
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
      </Section>

      <Section id="indicators" title={t('misusePatterns.editor.sections.indicators')}>
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
      </Section>

      <Section id="visibility" title={t('misusePatterns.editor.sections.visibility')}>
        <VisibilityField
          value={values.visibility}
          onChange={(v) => set('visibility', v)}
          error={fields.visibility}
        />
        {values.visibility === 'RESTRICTED' && (
          <TaxonomyGroup
            kind="stakeholderType"
            name="visibleTo"
            legend={t('misusePatterns.fields.visibleTo')}
            hint={t('misusePatterns.editor.visibleToHint')}
            values={values.visibleTo}
            onChange={(v) => set('visibleTo', v)}
            error={errorFor(fields, 'visibleTo')}
          />
        )}
      </Section>

      <div className="form__actions practice-form__actions">
        <button type="submit" className="button" disabled={busy}>
          {isNew || state === 'DRAFT'
            ? t('misusePatterns.editor.saveDraft')
            : t('misusePatterns.editor.save')}
        </button>
        {(isNew || state === 'DRAFT') && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void submit(true)}
          >
            {t('misusePatterns.editor.saveAndPublish')}
          </button>
        )}
        <Link to={cancelTo}>{t('common.cancel')}</Link>
      </div>
    </form>
  );
}
