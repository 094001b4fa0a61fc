import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { fieldErrors } from '@alliance/domain';
import {
  PracticeCountermeasuresDocument,
  UnlinkCountermeasureDocument,
  UpdateCountermeasureDocument,
  type CountermeasureItemFragment,
} from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { FormActions } from '../../../ui/FormActions';
import { FormError } from '../../../ui/FormError';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormErrors } from '../../../ui/useFormErrors';
import { useCountermeasuresChanged } from '../hooks/usePatternsChanged';
import { usePatternLabels } from '../../../ui/taxonomy/usePatternLabels';
import { checkCountermeasure, CountermeasureFields } from './CountermeasureFields';
import { LinkPatternForm } from './LinkPatternForm';
import { PatternTags } from './PatternTags';
import '../misuse-patterns.css';

interface PracticeCountermeasuresProps {
  practice: { id: string; slug: string; title: string; viewerCanEdit: boolean };
}

/**
 * "Counters misuse patterns" on a practice's page: the patterns it counters, how, and a note,
 * for everyone who may see them; editors of the practice's organization link it to more
 * patterns, change how it counters one, or remove a link. Changes show on the practice's and
 * the pattern's pages and in the gap view without a reload.
 */
export function PracticeCountermeasures({ practice }: PracticeCountermeasuresProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const { data, loading, refetch } = useQuery(PracticeCountermeasuresDocument, {
    variables: { slug: practice.slug },
    fetchPolicy: 'cache-and-network',
  });
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const items = data?.practice?.countermeasures.edges.map((edge) => edge.node) ?? [];
  const canEdit = practice.viewerCanEdit;

  let content;
  if (!data) {
    content = loading ? (
      <LoadingState />
    ) : (
      <ErrorState
        message={t('misusePatterns.countermeasures.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else if (items.length === 0) {
    content = <p className="muted">{t('misusePatterns.countermeasures.practiceNone')}</p>;
  } else {
    content = (
      <ul className="item-list" aria-labelledby="practice-countermeasures-heading">
        {items.map((item) => (
          <CountermeasureRow
            key={item.id}
            item={item}
            practiceId={practice.id}
            onStatus={setStatus}
          />
        ))}
      </ul>
    );
  }

  return (
    <section
      className="card countermeasures"
      aria-labelledby="practice-countermeasures-heading"
      data-testid="practice-countermeasures"
    >
      <h2 id="practice-countermeasures-heading">
        {t('misusePatterns.countermeasures.practiceHeading')}{' '}
        {data && (
          <span className="badge" data-testid="countermeasure-count" data-value={items.length}>
            {format.format(items.length)}
          </span>
        )}
      </h2>
      <p role="status" className="status-line" data-testid="countermeasure-status">
        {status}
      </p>
      {content}
      {canEdit &&
        data &&
        (adding ? (
          <LinkPatternForm
            practice={practice}
            linkedPatternIds={new Set(items.map((item) => item.pattern.id))}
            onDone={(title) => {
              setAdding(false);
              setStatus(t('misusePatterns.countermeasures.linked', { pattern: title }));
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <p className="actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setStatus('');
                setAdding(true);
              }}
            >
              {t('misusePatterns.countermeasures.add')}
            </button>
          </p>
        ))}
    </section>
  );
}

interface CountermeasureRowProps {
  item: CountermeasureItemFragment;
  practiceId: string;
  onStatus: (status: string) => void;
}

/** One pattern the practice counters, with "Edit" and "Remove" for those who may. */
function CountermeasureRow({ item, practiceId, onStatus }: CountermeasureRowProps) {
  const { t } = useTranslation();
  const labelOf = usePatternLabels();
  const changed = useCountermeasuresChanged();
  const [unlink] = useMutation(UnlinkCountermeasureDocument);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function onRemove() {
    setError(null);
    const result = await attempt(() => unlink({ variables: { id: item.id } }));
    if (!result.ok) return setError(result.error);
    onStatus(t('misusePatterns.countermeasures.unlinked', { pattern: item.pattern.title }));
    changed({ practiceId, patternId: item.pattern.id });
  }

  return (
    <li
      className="item item--stacked"
      data-testid="countermeasure"
      data-pattern={item.pattern.slug}
    >
      <p className="item__title">
        <Link to={`/misuse-patterns/${item.pattern.slug}`}>{item.pattern.title}</Link>{' '}
        <span className="badge badge--approach" data-testid="approach">
          {labelOf('approach', item.approach)}
        </span>
      </p>
      <PatternTags kind="stage" codes={item.pattern.stages} className="tag-list tag-list--small" />
      {item.note && <blockquote className="quote">{item.note}</blockquote>}
      <FormError error={error} />
      {item.viewerCanEdit &&
        (editing ? (
          <EditCountermeasureForm
            item={item}
            onDone={() => {
              setEditing(false);
              onStatus(t('misusePatterns.countermeasures.saved', { pattern: item.pattern.title }));
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <p className="actions">
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('misusePatterns.countermeasures.editLabel', {
                pattern: item.pattern.title,
              })}
              onClick={() => setEditing(true)}
            >
              {t('misusePatterns.countermeasures.edit')}
            </button>
            <ConfirmButton
              label={t('misusePatterns.countermeasures.remove')}
              ariaLabel={t('misusePatterns.countermeasures.removeLabel', {
                title: item.pattern.title,
              })}
              question={t('misusePatterns.countermeasures.unlinkQuestion', {
                pattern: item.pattern.title,
              })}
              confirmLabel={t('misusePatterns.countermeasures.removeConfirm')}
              onConfirm={onRemove}
            />
          </p>
        ))}
    </li>
  );
}

function EditCountermeasureForm({
  item,
  onDone,
  onCancel,
}: {
  item: CountermeasureItemFragment;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [update, { loading }] = useMutation(UpdateCountermeasureDocument);
  const { error, fields, fail, invalid, clear, formRef } = useFormErrors();
  const [approach, setApproach] = useState<string>(item.approach);
  const [note, setNote] = useState(item.note);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = checkCountermeasure(approach, note);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    clear();
    // The answer carries the new approach and note: the cache updates both pages.
    const result = await attempt(() => update({ variables: { id: item.id, input: parsed.data } }));
    if (!result.ok) return fail(result.error);
    onDone();
  }

  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={onSubmit}
      noValidate
      aria-busy={loading}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="visually-hidden">
        {t('misusePatterns.countermeasures.editHeading', { pattern: item.pattern.title })}
      </h3>
      <FormError error={error} />
      <CountermeasureFields
        approach={approach}
        note={note}
        onApproachChange={setApproach}
        onNoteChange={setNote}
        fields={fields}
      />
      <FormActions
        submitLabel={t('misusePatterns.countermeasures.save')}
        busy={loading}
        onCancel={onCancel}
      />
    </form>
  );
}
