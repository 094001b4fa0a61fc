import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { SearchDocument } from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { toApiError } from '../../../ui/errors';
import { ErrorState } from '../../../ui/ErrorState';
import { SortSelect } from '../../../ui/SortSelect';
import { LoadingState } from '../../../ui/LoadingState';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { PageTitle } from '../../../ui/PageTitle';
import { ResultCount } from '../../../ui/ResultCount';
import { ActiveFilters } from '../components/ActiveFilters';
import { NoResults, SearchHint } from '../components/SearchEmptyStates';
import { SearchFacetsPanel } from '../components/SearchFacetsPanel';
import { SearchHitItem } from '../components/SearchHitItem';
import { SearchQueryField } from '../components/SearchQueryField';
import {
  hasSearchFilters,
  readSearchState,
  SEARCH_SORTS,
  toSearchVariables,
  writeSearchState,
  type SearchState,
} from '../searchFilters';

/**
 * Full-text search over practices, misuse patterns, discussions and organizations: results as you type, facets
 * with counts, an order and "Load more". The query, every filter and the order live in the
 * address, so a search can be shared and Back undoes a change.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const [params, setParams] = useSearchParams();
  const state = readSearchState(params);
  const searching = state.query !== '' || hasSearchFilters(state);
  // The query follows the address. When the variables change, Apollo drops its subscription to
  // the request for the old ones, so an older, slower answer never replaces a newer one (the
  // SearchPage tests hold it to that).
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(
    SearchDocument,
    {
      variables: toSearchVariables(state),
      skip: !searching,
      notifyOnNetworkStatusChange: true,
    },
  );
  // While the next search loads, the previous results stay (marked busy) instead of flashing.
  const connection = data?.search ?? (loading ? previousData?.search : undefined);

  // The address of the last search typed into the box: typing on replaces it rather than
  // adding a history entry per pause, so Back goes to the search before.
  const lastTyped = useRef<string | null>(null);
  const onChange = (next: SearchState, { typing = false } = {}) => {
    const nextParams = writeSearchState(next);
    const replace = typing && lastTyped.current === params.toString();
    lastTyped.current = typing ? nextParams.toString() : null;
    setParams(nextParams, { replace, flushSync: true });
  };

  let results;
  if (connection) {
    results =
      connection.edges.length === 0 ? (
        <NoResults state={state} onChange={onChange} />
      ) : (
        <>
          <ol className="search-hits" aria-label={t('search.listLabel')}>
            {connection.edges.map(({ node }) => (
              <SearchHitItem key={`${node.__typename}:${node.id}`} hit={node} />
            ))}
          </ol>
          <LoadMoreButton
            pageInfo={connection.pageInfo}
            fetchMore={fetchMore}
            busy={networkStatus === NetworkStatus.fetchMore}
          />
        </>
      );
  } else if (loading) {
    results = <LoadingState />;
  } else if (error) {
    const apiError = toApiError(error);
    // A search the API cannot run as typed (too long, an unknown filter): say why; trying
    // again would not help. Too many searches: the API says when to try again.
    results =
      apiError.code === 'BAD_USER_INPUT' ? (
        <ErrorState
          message={apiError.fieldErrors[0]?.message ?? apiError.message ?? t('search.loadError')}
        />
      ) : (
        <ErrorState
          message={
            apiError.code === 'RATE_LIMITED' && apiError.message
              ? apiError.message
              : t('search.loadError')
          }
          onRetry={() => void refetch().catch(() => undefined)}
        />
      );
  }

  return (
    <>
      <PageTitle
        page={state.query ? t('search.pageTitleQuery', { query: state.query }) : t('search.title')}
      />
      <PageHeader title={t('search.title')} intro={t('search.intro')} />
      <SearchQueryField
        query={state.query}
        onSearch={(query, { typing }) => onChange({ ...state, query }, { typing })}
      />
      {searching ? (
        <div className="directory">
          <SearchFacetsPanel
            state={state}
            distribution={connection?.facetDistribution}
            onChange={onChange}
          />
          <section
            className="directory__results"
            aria-label={t('search.results')}
            aria-busy={loading}
          >
            <div className="results-bar search-results-bar">
              {connection && (
                <ResultCount count={connection.totalCount} testId="search-count">
                  {t('search.count', {
                    count: connection.totalCount,
                    formatted: format.format(connection.totalCount),
                  })}
                </ResultCount>
              )}
              {connection && !connection.exhaustive && (
                <p className="muted" data-testid="search-estimate">
                  {t('search.estimated')}
                </p>
              )}
              <SortSelect
                label={t('search.sortBy')}
                value={state.sort}
                options={SEARCH_SORTS}
                optionLabel={(sort) => t(`search.sort.${sort}`)}
                onChange={(sort) => onChange({ ...state, sort })}
              />
            </div>
            <ActiveFilters
              state={state}
              distribution={connection?.facetDistribution}
              onChange={onChange}
            />
            {results}
          </section>
        </div>
      ) : (
        <SearchHint />
      )}
    </>
  );
}
