import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { SetPlatformRoleDocument, UsersDocument, type PlatformRole } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { attempt, type ApiError } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { FormError } from '../../../ui/FormError';
import { LoadingState } from '../../../ui/LoadingState';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';

const PAGE_SIZE = 25;
const PLATFORM_ROLES: readonly PlatformRole[] = ['USER', 'MODERATOR', 'ADMIN'];

/** Every user, searchable, with their platform role editable. */
export function UsersTab({
  query,
  onQueryChange,
}: {
  query: string;
  onQueryChange: (q: string) => void;
}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const searchId = useId();
  const [draft, setDraft] = useState(query);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const {
    data,
    loading,
    error: loadError,
    refetch,
    fetchMore,
    networkStatus,
  } = useQuery(UsersDocument, {
    variables: { first: PAGE_SIZE, ...(query ? { query } : {}) },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [setRole] = useMutation(SetPlatformRoleDocument);
  const connection = data?.users;

  async function onRoleChange(user: { id: string; displayName: string }, role: PlatformRole) {
    setError(null);
    setStatus('');
    const result = await attempt(() => setRole({ variables: { userId: user.id, role } }));
    if (!result.ok) return setError(result.error);
    setStatus(
      t('admin.users.roleChanged', { name: user.displayName, role: t(`platformRole.${role}`) }),
    );
  }

  function onSearch(event: FormEvent) {
    event.preventDefault();
    onQueryChange(draft.trim());
  }

  let list;
  if (connection) {
    list = (
      <>
        <p role="status" className="result-count">
          {t('admin.users.count', { count: connection.totalCount })}
        </p>
        <div className="table-scroll">
          <table className="table" data-testid="users">
            <thead>
              <tr>
                <th scope="col">{t('admin.users.name')}</th>
                <th scope="col">{t('admin.users.email')}</th>
                <th scope="col">{t('admin.users.joined')}</th>
                <th scope="col">{t('admin.users.role')}</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node: user }) => (
                <tr key={user.id} data-testid="user">
                  <th scope="row">{user.displayName}</th>
                  <td>{user.email}</td>
                  <td>{format.date(user.createdAt)}</td>
                  <td>
                    <select
                      className="input input--compact"
                      aria-label={t('admin.users.roleOf', { name: user.displayName })}
                      value={user.platformRole}
                      onChange={(e) => onRoleChange(user, e.target.value as PlatformRole)}
                    >
                      {PLATFORM_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`platformRole.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
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
  } else if (loadError) {
    list = (
      <ErrorState
        message={t('admin.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  return (
    <>
      <form className="search-form" role="search" onSubmit={onSearch}>
        <label htmlFor={searchId} className="field__label">
          {t('admin.users.search')}
        </label>
        <div className="search-form__row">
          <input
            id={searchId}
            className="input"
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="button">
            {t('organizations.filters.searchButton')}
          </button>
        </div>
      </form>
      <FormError error={error} />
      <p role="status" className="status-line">
        {status}
      </p>
      {list}
    </>
  );
}
