import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { fieldErrors } from '@alliance/domain';
import { LinkCountermeasureDocument, MisusePatternOptionsDocument } from '@alliance/graphql';
import { attempt, type FieldError } from '../../../ui/errors';
import { FormActions } from '../../../ui/FormActions';
import { FormError } from '../../../ui/FormError';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useCountermeasuresChanged } from '../hooks/usePatternsChanged';
import { checkCountermeasure, CountermeasureFields } from './CountermeasureFields';

interface LinkPatternFormProps {
  practice: { id: string; title: string };
  linkedPatternIds: Set<string>;
  onDone: (patternTitle: string) => void;
  onCancel: () => void;
}

/**
 * "Link a misuse pattern": find a pattern by words (published patterns the viewer may see),
 * choose it, say how the practice counters it, add a note.
 */
export function LinkPatternForm({
  practice,
  linkedPatternIds,
  onDone,
  onCancel,
}: LinkPatternFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const searchId = useId();
  const changed = useCountermeasuresChanged();
  const [link, { loading: linking }] = useMutation(LinkCountermeasureDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [query, setQuery] = useState('');
  const [patternId, setPatternId] = useState('');
  const [approach, setApproach] = useState('');
  const [note, setNote] = useState('');
  const debounced = useDebouncedValue(query.trim(), 250);
  const options = useQuery(MisusePatternOptionsDocument, {
    variables: debounced ? { filter: { query: debounced } } : {},
  });
  const found = (options.data ?? options.previousData)?.misusePatterns.edges.map((e) => e.node);
  const [chosenTitle, setChosenTitle] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!patternId) {
      problems.push({
        field: 'patternId',
        message: t('misusePatterns.countermeasures.choosePattern'),
      });
    }
    const parsed = checkCountermeasure(approach, note);
    if (!parsed.success) problems.push(...fieldErrors(parsed.error));
    if (problems.length || !parsed.success) return invalid(problems);
    clear();
    const result = await attempt(() =>
      link({ variables: { practiceId: practice.id, patternId, input: parsed.data } }),
    );
    if (!result.ok) return fail(result.error);
    changed({ practiceId: practice.id, patternId });
    onDone(chosenTitle);
  }

  const groupError = fields.patternId;
  return (
    <form
      ref={formRef}
      className="form card link-pattern-form"
      onSubmit={onSubmit}
      noValidate
      aria-busy={linking}
      aria-labelledby={headingId}
      data-testid="link-pattern-form"
    >
      <h3 id={headingId}>
        {t('misusePatterns.countermeasures.addHeading', { practice: practice.title })}
      </h3>
      <FormError error={error} />
      <div className="field">
        <label htmlFor={searchId} className="field__label">
          {t('misusePatterns.countermeasures.findPattern')}
        </label>
        <input
          id={searchId}
          className="input"
          type="search"
          name="patternQuery"
          autoComplete="off"
          // Opened by the viewer's own click: start where they will type.
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <fieldset
        className={['checkbox-group', groupError ? 'field--invalid' : ''].join(' ').trim()}
        aria-busy={options.loading}
        data-testid="pattern-options"
      >
        <legend className="field__label">{t('misusePatterns.countermeasures.pattern')}</legend>
        {!found ? (
          options.loading ? (
            <LoadingState />
          ) : (
            <p className="muted">{t('misusePatterns.countermeasures.searchError')}</p>
          )
        ) : found.length === 0 ? (
          <p className="muted" role="status">
            {t('misusePatterns.countermeasures.noPatternFound')}
          </p>
        ) : (
          <div className="checkbox-group__options">
            {found.map((option) => {
              const linked = linkedPatternIds.has(option.id);
              return (
                <label key={option.id} className="checkbox">
                  <input
                    type="radio"
                    name="patternId"
                    value={option.id}
                    checked={patternId === option.id}
                    disabled={linked}
                    onChange={() => {
                      setPatternId(option.id);
                      setChosenTitle(option.title);
                    }}
                    aria-invalid={groupError ? true : undefined}
                  />
                  {option.title}
                  {linked && (
                    <span className="muted">
                      {' '}
                      {t('misusePatterns.countermeasures.alreadyLinked')}
                    </span>
                  )}
                </label>
              );
            })}
          </div>
        )}
        {patternId && !found?.some((option) => option.id === patternId) && (
          <p className="muted" data-testid="chosen-pattern">
            {t('misusePatterns.countermeasures.chosen', { pattern: chosenTitle })}
          </p>
        )}
        {groupError && <p className="field__error">{groupError}</p>}
      </fieldset>
      <CountermeasureFields
        approach={approach}
        note={note}
        onApproachChange={setApproach}
        onNoteChange={setNote}
        fields={fields}
      />
      <FormActions
        submitLabel={t('misusePatterns.countermeasures.link')}
        busy={linking}
        onCancel={onCancel}
      />
    </form>
  );
}
