import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { VerifyEmailDocument, ViewerDocument } from '@alliance/graphql';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';
import { LoadingState } from '../../../ui/LoadingState';
import { PageTitle } from '../../../ui/PageTitle';
import { useViewer } from '../hooks/useViewer';
import { ResendVerificationButton } from '../components/ResendVerificationButton';

type State = { status: 'working' } | { status: 'done' } | { status: 'failed'; error: ApiError };

/** The emailed verification link lands here: the token is sent once, on arrival. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { viewer } = useViewer();
  const [verifyEmail] = useMutation(VerifyEmailDocument, {
    // The banner and the guards read the viewer: get its new emailVerified.
    refetchQueries: [ViewerDocument],
    awaitRefetchQueries: true,
  });
  const [state, setState] = useState<State>({ status: 'working' });
  const sent = useRef<string | null>(null);

  useEffect(() => {
    // Once per token, also under StrictMode's double effects: a token works only once.
    if (!token || sent.current === token) return;
    sent.current = token;
    void attempt(() => verifyEmail({ variables: { token } })).then((result) =>
      setState(result.ok ? { status: 'done' } : { status: 'failed', error: result.error }),
    );
  }, [token, verifyEmail]);

  let body;
  if (!token) {
    body = (
      <div className="notice notice--error" role="alert">
        <p>{t('auth.verify.noToken')}</p>
      </div>
    );
  } else if (state.status === 'working') {
    body = <LoadingState label={t('auth.verify.working')} />;
  } else if (state.status === 'done') {
    body = (
      <div className="notice notice--success" role="status">
        <p>{t('auth.verify.done')}</p>
        <p>
          <Link to={viewer ? '/organizations' : '/sign-in'}>
            {viewer ? t('auth.verify.continue') : t('auth.verify.signIn')}
          </Link>
        </p>
      </div>
    );
  } else {
    body = (
      <>
        <FormError error={state.error} />
        {viewer && !viewer.emailVerified && <ResendVerificationButton />}
      </>
    );
  }

  return (
    <div className="narrow">
      <PageTitle page={t('auth.verify.title')} />
      <h1>{t('auth.verify.title')}</h1>
      {body}
    </div>
  );
}
