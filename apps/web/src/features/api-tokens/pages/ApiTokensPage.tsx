import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { ApiTokensDocument } from '@alliance/graphql';
import { GRAPHQL_PATH } from '../../../app/apollo';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { RequireSignIn } from '../../auth';
import { CreateTokenForm, type NewToken } from '../components/CreateTokenForm';
import { NewTokenSecret } from '../components/NewTokenSecret';
import { TokenList } from '../components/TokenList';

export function ApiTokensPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle page={t('apiTokens.title')} />
      <h1>{t('apiTokens.title')}</h1>
      <div className="prose">
        <p className="lead">{t('apiTokens.intro')}</p>
        <p>
          {t('apiTokens.usage')} <code>Authorization: Bearer &lt;token&gt;</code>
        </p>
        <pre className="code-block">
          {`curl ${typeof window === 'undefined' ? '' : window.location.origin}${GRAPHQL_PATH} \\
  -H 'Authorization: Bearer <token>' \\
  -H 'Content-Type: application/json' \\
  -d '{"query":"{ viewer { displayName } }"}'`}
        </pre>
        <p>
          <a href={GRAPHQL_PATH}>{t('apiTokens.explore')}</a>
        </p>
      </div>
      <RequireSignIn>{() => <ApiTokens />}</RequireSignIn>
    </>
  );
}

function ApiTokens() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ApiTokensDocument, {
    fetchPolicy: 'cache-and-network',
  });
  // The secret lives in this component's state only: never in the Apollo cache, gone on leaving.
  const [created, setCreated] = useState<NewToken | null>(null);
  const reload = () => void refetch().catch(() => undefined);

  let list;
  if (data?.viewer) list = <TokenList tokens={data.viewer.apiTokens} onChanged={reload} />;
  else if (loading) list = <LoadingState />;
  else if (error) list = <ErrorState message={t('apiTokens.loadError')} onRetry={reload} />;

  return (
    <div className="sections">
      {created ? (
        <NewTokenSecret token={created} onDone={() => setCreated(null)} />
      ) : (
        <section className="card" aria-labelledby="create-token-heading">
          <h2 id="create-token-heading">{t('apiTokens.create.heading')}</h2>
          <CreateTokenForm
            onCreated={(token) => {
              setCreated(token);
              reload();
            }}
          />
        </section>
      )}
      <section className="card" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t('apiTokens.list.heading')}</h2>
        {list}
      </section>
    </div>
  );
}
