import { useTranslation } from 'react-i18next';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { countryName } from '@alliance/domain';
import { PendingOrganizationsDocument, type PendingOrganizationsQuery } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { VerificationControls } from '../../organizations';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';

const PAGE_SIZE = 20;

type Change = NonNullable<
  PendingOrganizationsQuery['organizations']['edges'][number]['node']['identityChange']
>;

/** Why an organization awaits verification again: who changed its identity, old → new. */
function IdentityChange({ change }: { change: Change }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const value = (field: string, code: string) =>
    field === 'STAKEHOLDER_TYPE'
      ? t(`stakeholderType.${code}` as 'stakeholderType.GOVERNMENT', { defaultValue: code })
      : field === 'COUNTRY'
        ? countryName(code)
        : code;
  return (
    <div className="item__meta" data-testid="identity-change">
      <p>
        {t('admin.pending.again', {
          who: change.changedBy?.displayName ?? t('admin.pending.someone'),
          date: format.date(change.changedAt),
        })}
      </p>
      <ul>
        {change.changes.map((c) => (
          <li key={c.field}>
            {t('admin.pending.change', {
              field: t(`admin.pending.field.${c.field}`),
              from: value(c.field, c.from),
              to: value(c.field, c.to),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Organizations awaiting verification, each with "Verify". */
export function PendingOrganizationsTab() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    PendingOrganizationsDocument,
    {
      variables: { first: PAGE_SIZE },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    },
  );
  const reload = () => void refetch().catch(() => undefined);
  const connection = data?.organizations;

  if (!connection) {
    if (loading) return <LoadingState />;
    if (error) return <ErrorState message={t('admin.loadError')} onRetry={reload} />;
    return null;
  }
  return (
    <>
      <p role="status" className="result-count">
        {t('admin.pending.count', { count: connection.totalCount })}
      </p>
      {connection.edges.length === 0 ? (
        <p className="muted">{t('admin.pending.none')}</p>
      ) : (
        <ul className="item-list" data-testid="pending-organizations">
          {connection.edges.map(({ node }) => (
            <li key={node.id} className="item" data-testid="pending-organization">
              <div className="item__main">
                <p className="item__title">
                  <Link to={`/organizations/${node.slug}`}>{node.name}</Link>
                </p>
                <p className="item__meta">
                  {[
                    t(`stakeholderType.${node.stakeholderType}`),
                    node.countryName,
                    node.website,
                    t('admin.pending.registered', { date: format.date(node.createdAt) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {node.identityChange && <IdentityChange change={node.identityChange} />}
              </div>
              <VerificationControls organization={node} onChanged={reload} />
            </li>
          ))}
        </ul>
      )}
      <LoadMoreButton
        pageInfo={connection.pageInfo}
        fetchMore={fetchMore}
        busy={networkStatus === NetworkStatus.fetchMore}
      />
    </>
  );
}
