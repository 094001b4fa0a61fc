import { useTranslation } from 'react-i18next';
import { useLabels } from '../../../ui/taxonomy/useLabels';
import { usePracticeFieldLabel } from '../hooks/usePracticeFieldLabel';
import {
  diffSnapshots,
  type FieldChange,
  type ListItemKind,
  type Snapshot,
  type ValueKind,
} from '../revisionDiff';

/** The changes between two snapshots, field by field: words, list values, or old → new. */
export function RevisionDiff({ before, after }: { before: Snapshot; after: Snapshot }) {
  const { t } = useTranslation();
  const fieldLabel = usePracticeFieldLabel();
  const changes = diffSnapshots(before, after);
  if (changes.length === 0) {
    return (
      <p className="muted" data-testid="revision-diff">
        {t('history.noChanges')}
      </p>
    );
  }
  return (
    <dl className="diff" data-testid="revision-diff">
      {changes.map((change) => (
        <div key={change.field} className="diff__field" data-field={change.field}>
          <dt>{fieldLabel(change.field)}</dt>
          <dd>
            <Change change={change} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Change({ change }: { change: FieldChange }) {
  const { t } = useTranslation();
  const labels = useLabels();

  const item = (kind: ListItemKind, value: string) => {
    if (kind === 'country') return labels.country(value);
    if (kind === 'language') return labels.language(value);
    if (kind === 'link') return value;
    return labels.taxonomy(kind, value);
  };
  const single = (kind: ValueKind, value: unknown) => {
    if (value === null || value === undefined || value === '') return t('history.empty');
    if (kind === 'boolean') return value ? t('common.yes') : t('common.no');
    if (kind === 'visibility')
      return t(`visibility.${value as 'PUBLIC' | 'MEMBERS' | 'RESTRICTED'}`);
    if (kind === 'plain') return String(value);
    return labels.taxonomy(kind, String(value));
  };

  if (change.type === 'text') {
    return (
      <p className={`diff__text diff__text--${change.field}`}>
        {change.parts.map((part, i) =>
          part.added ? (
            <ins key={i}>
              <span className="visually-hidden">{t('history.insertedStart')}</span>
              {part.value}
              <span className="visually-hidden">{t('history.insertedEnd')}</span>
            </ins>
          ) : part.removed ? (
            <del key={i}>
              <span className="visually-hidden">{t('history.deletedStart')}</span>
              {part.value}
              <span className="visually-hidden">{t('history.deletedEnd')}</span>
            </del>
          ) : (
            <span key={i}>{part.value}</span>
          ),
        )}
      </p>
    );
  }
  if (change.type === 'list') {
    if (change.added.length === 0 && change.removed.length === 0) {
      return <p className="muted">{t('history.reordered')}</p>;
    }
    return (
      <ul className="diff__list">
        {change.added.map((value) => (
          <li key={`+${value}`} className="diff__added">
            <ins>
              <span aria-hidden="true">+ </span>
              <span className="visually-hidden">{t('history.addedItem')} </span>
              {item(change.itemKind, value)}
            </ins>
          </li>
        ))}
        {change.removed.map((value) => (
          <li key={`-${value}`} className="diff__removed">
            <del>
              <span aria-hidden="true">− </span>
              <span className="visually-hidden">{t('history.removedItem')} </span>
              {item(change.itemKind, value)}
            </del>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <p className="diff__value">
      <del>
        <span className="visually-hidden">{t('history.before')} </span>
        {single(change.valueKind, change.before)}
      </del>
      <span aria-hidden="true"> → </span>
      <ins>
        <span className="visually-hidden">{t('history.after')} </span>
        {single(change.valueKind, change.after)}
      </ins>
    </p>
  );
}
