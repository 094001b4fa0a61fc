import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

interface QueryFallbackProps {
  loading: boolean;
  error: unknown;
  /** What failed, in words a user understands (never the raw error). */
  errorMessage: string;
  /** The query's refetch, run by "Try again". */
  refetch: () => Promise<unknown>;
}

/** What stands in for a query's data until it has some: "Loading…", or its error with "Try again". */
export function QueryFallback({ loading, error, errorMessage, refetch }: QueryFallbackProps) {
  if (loading) return <LoadingState />;
  if (!error) return null;
  return (
    <ErrorState message={errorMessage} onRetry={() => void refetch().catch(() => undefined)} />
  );
}
