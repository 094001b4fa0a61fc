import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorFallback } from '../../../ui/ErrorFallback';
import { NotFoundPage } from './NotFoundPage';

/**
 * The router's errorElement: a 404 response shows the not-found page, anything else the generic
 * fallback. The error is logged by React Router in development; users never see its details.
 */
export function RouteErrorPage({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return standalone ? (
      <main id="main" className="container site-main">
        <NotFoundPage />
      </main>
    ) : (
      <NotFoundPage />
    );
  }
  return <ErrorFallback standalone={standalone} />;
}
