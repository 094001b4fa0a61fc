import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { PracticeRevisionsDocument, type PracticeRevisionsQuery } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { SelectField } from '../../../ui/Field';
import { LoadingState } from '../../../ui/LoadingState';
import { usePracticeFieldLabel } from '../hooks/usePracticeFieldLabel';
import type { Snapshot } from '../revisionDiff';
import { RevisionDiff } from './RevisionDiff';

type Revision = NonNullable<PracticeRevisionsQuery['practice']>['revisions'][number];

const snapshotOf = (revision: Revision): Snapshot =>
  revision.snapshot && typeof revision.snapshot === 'object' ? (revision.snapshot as Snapshot) : {};

/**
 * The History tab: every saved version since the first publication, and the differences
 * between any two of them (by default, the latest change).
 */
export function RevisionHistory({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PracticeRevisionsDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const revisions = data?.practice?.revisions;

  let body;
  if (revisions) {
    body = <Revisions revisions={revisions} />;
  } else if (loading) {
    body = <LoadingState />;
  } else if (error) {
    body = (
      <ErrorState
        message={t('history.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  return (
    <section className="history" aria-labelledby="history-heading" aria-busy={loading}>
      <h2 id="history-heading">{t('history.heading')}</h2>
      <p className="muted">{t('history.intro')}</p>
      {body}
    </section>
  );
}

function Revisions({ revisions }: { revisions: Revision[] }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const fieldLabel = usePracticeFieldLabel();
  // Newest first: compare the one before the latest with the latest.
  const [toId, setToId] = useState(revisions[0]?.id ?? '');
  const [fromId, setFromId] = useState(revisions[1]?.id ?? '');

  if (revisions.length === 0) return <p className="muted">{t('history.none')}</p>;

  const name = (revision: Revision) =>
    t('history.revisionOption', {
      number: revision.number,
      date: dates.dateTime(revision.createdAt),
      author: revision.author?.displayName ?? t('history.unknownAuthor'),
    });
  // A refetch may bring new revisions: fall back to the latest change.
  const to = revisions.find((r) => r.id === toId) ?? revisions[0];
  const from = revisions.find((r) => r.id === fromId) ?? revisions[1] ?? revisions[0];

  return (
    <>
      <div className="table-scroll">
        <table className="table" data-testid="revisions">
          <caption className="visually-hidden">{t('history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.revision')}</th>
              <th scope="col">{t('history.saved')}</th>
              <th scope="col">{t('history.author')}</th>
              <th scope="col">{t('history.changed')}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id} data-testid="revision" data-number={revision.number}>
                <th scope="row">{t('history.number', { number: revision.number })}</th>
                <td>{dates.dateTime(revision.createdAt)}</td>
                <td>{revision.author?.displayName ?? t('history.unknownAuthor')}</td>
                <td>
                  {revision.number === 1 && revision.changedFields.includes('state')
                    ? t('history.firstPublication')
                    : revision.changedFields.map(fieldLabel).join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {revisions.length < 2 ? (
        <p className="muted">{t('history.onlyOne')}</p>
      ) : (
        <section className="compare" aria-labelledby="compare-heading">
          <h3 id="compare-heading">{t('history.compare')}</h3>
          <div className="form form--inline">
            <SelectField
              label={t('history.from')}
              name="from"
              value={from.id}
              onChange={(e) => setFromId(e.target.value)}
            >
              {revisions.map((revision) => (
                <option key={revision.id} value={revision.id}>
                  {name(revision)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('history.to')}
              name="to"
              value={to.id}
              onChange={(e) => setToId(e.target.value)}
            >
              {revisions.map((revision) => (
                <option key={revision.id} value={revision.id}>
                  {name(revision)}
                </option>
              ))}
            </SelectField>
          </div>
          {from.id === to.id ? (
            <p className="muted">{t('history.same')}</p>
          ) : (
            <RevisionDiff before={snapshotOf(from)} after={snapshotOf(to)} />
          )}
        </section>
      )}
    </>
  );
}
