import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { RevokeApiTokenDocument, type ApiTokensQuery } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';

type Token = NonNullable<ApiTokensQuery['viewer']>['apiTokens'][number];

/** The viewer's tokens (never their secrets), expired ones marked, each revocable. */
export function TokenList({ tokens, onChanged }: { tokens: Token[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const [revoke] = useMutation(RevokeApiTokenDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');

  async function onRevoke(token: Token) {
    setError(null);
    const result = await attempt(() => revoke({ variables: { id: token.id } }));
    if (!result.ok) return setError(result.error);
    setStatus(t('apiTokens.list.revoked', { name: token.name }));
    onChanged();
  }

  return (
    <>
      <FormError error={error} />
      <p role="status" className="status-line">
        {status}
      </p>
      {tokens.length === 0 ? (
        <p className="muted">{t('apiTokens.list.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="api-tokens">
            <thead>
              <tr>
                <th scope="col">{t('apiTokens.list.name')}</th>
                <th scope="col">{t('apiTokens.list.token')}</th>
                <th scope="col">{t('apiTokens.list.scopes')}</th>
                <th scope="col">{t('apiTokens.list.created')}</th>
                <th scope="col">{t('apiTokens.list.lastUsed')}</th>
                <th scope="col">{t('apiTokens.list.expires')}</th>
                <th scope="col">{t('members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} data-testid="api-token">
                  <th scope="row">{token.name}</th>
                  <td>
                    <code>{token.prefix}…</code>
                  </td>
                  <td>{token.scopes.map((scope) => t(`apiTokens.scope.${scope}`)).join(', ')}</td>
                  <td>{format.date(token.createdAt)}</td>
                  <td>
                    {token.lastUsedAt
                      ? format.dateTime(token.lastUsedAt)
                      : t('apiTokens.list.never')}
                  </td>
                  <td>
                    {token.expiresAt ? format.date(token.expiresAt) : t('apiTokens.list.noExpiry')}
                    {token.expired && (
                      <>
                        {' '}
                        <span className="badge" data-testid="api-token-expired">
                          {t('apiTokens.list.expired')}
                        </span>
                      </>
                    )}
                  </td>
                  <td>
                    <ConfirmButton
                      label={t('apiTokens.list.revoke')}
                      ariaLabel={t('apiTokens.list.revokeLabel', { name: token.name })}
                      question={t('apiTokens.list.revokeQuestion', { name: token.name })}
                      confirmLabel={t('apiTokens.list.revokeConfirm')}
                      onConfirm={() => onRevoke(token)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
