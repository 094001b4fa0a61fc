import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { AuditEventsDocument } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { AUDIT_ACTIONS } from '../auditActions';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';

const PAGE_SIZE = 25;

/** A compact, readable rendering of an event's details ("role: EDITOR, previous: MEMBER"). */
export function formatDetails(details: unknown): string {
  if (!details || typeof details !== 'object') return details == null ? '' : String(details);
  return Object.entries(details as Record<string, unknown>)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join(', ');
}

/** The audit log, newest first, filtered by action, with "Load more". */
export function AuditLogTab({
  action,
  onActionChange,
}: {
  action: string;
  onActionChange: (a: string) => void;
}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const filterId = useId();
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    AuditEventsDocument,
    {
      variables: { first: PAGE_SIZE, ...(action ? { action } : {}) },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    },
  );
  const connection = data?.auditEvents;

  let list;
  if (connection) {
    list = (
      <>
        <p role="status" className="result-count">
          {t('admin.audit.count', { count: connection.totalCount })}
        </p>
        <div className="table-scroll">
          <table className="table table--dense" data-testid="audit-events">
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.time')}</th>
                <th scope="col">{t('admin.audit.action')}</th>
                <th scope="col">{t('admin.audit.actor')}</th>
                <th scope="col">{t('admin.audit.subject')}</th>
                <th scope="col">{t('admin.audit.ip')}</th>
                <th scope="col">{t('admin.audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node: event }) => (
                <tr
                  key={event.id}
                  data-testid="audit-event"
                  data-action={event.action}
                  data-subject-id={event.subjectId ?? undefined}
                >
                  <td>
                    <time dateTime={event.createdAt}>{format.dateTime(event.createdAt)}</time>
                  </td>
                  <td>
                    <code>{event.action}</code>
                  </td>
                  <td>{event.actor?.displayName ?? t('admin.audit.anonymous')}</td>
                  <td>{event.subjectType ?? '—'}</td>
                  <td>{event.ip ?? '—'}</td>
                  <td className="cell-details">{formatDetails(event.details) || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <LoadMoreButton
          pageInfo={connection.pageInfo}
          fetchMore={fetchMore}
          busy={networkStatus === NetworkStatus.fetchMore}
        />
      </>
    );
  } else if (loading) {
    list = <LoadingState />;
  } else if (error) {
    list = (
      <ErrorState
        message={t('admin.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  return (
    <>
      <div className="field field--inline">
        <label htmlFor={filterId} className="field__label">
          {t('admin.audit.filter')}
        </label>
        <select
          id={filterId}
          className="input"
          value={action}
          onChange={(e) => onActionChange(e.target.value)}
        >
          <option value="">{t('admin.audit.allActions')}</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      {list}
    </>
  );
}
