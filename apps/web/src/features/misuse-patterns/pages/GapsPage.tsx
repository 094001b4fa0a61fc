import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { GapMatrixDocument, MisusePatternsDocument, type Region } from '@alliance/graphql';
import { useNumberFormat } from '../../../app/i18n/useNumberFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { PageTitle } from '../../../ui/PageTitle';
import { QueryFallback } from '../../../ui/QueryFallback';
import { useViewer } from '../../auth';
import { useLabels } from '../../../ui/taxonomy/useLabels';
import { codesOfKind } from '../../../ui/taxonomy/taxonomy';
import { CallForPartnersAction } from '../components/CallForPartnersAction';
import { GapHeatmap } from '../components/GapHeatmap';
import { MisusePatternCard } from '../components/MisusePatternCard';
import '../misuse-patterns.css';

/** A pattern with at most this many countermeasures is listed as a gap (the API's default). */
export const GAP_MAX_COUNTERMEASURES = 1;
export const GAP_PAGE_SIZE = 12;

/**
 * The gap view: where in the trafficking process, and with which technologies, misuse is
 * documented and how much of it is countered (a stage × technology heat-map), then the
 * patterns nothing or little counters yet, each with "Call for partners". Only what the viewer
 * may see is counted.
 */
export function GapsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const regionParam = params.get('region');
  const region = regionParam && codesOfKind('region').includes(regionParam) ? regionParam : null;

  return (
    <>
      <PageTitle page={t('misusePatterns.gaps.title')} />
      <PageHeader title={t('misusePatterns.gaps.title')} intro={t('misusePatterns.gaps.intro')}>
        <p className="actions">
          <Link className="button button--secondary" to="/misuse-patterns">
            {t('misusePatterns.gaps.libraryLink')}
          </Link>
        </p>
      </PageHeader>
      <RegionSelect
        value={region}
        onChange={(next) => {
          const nextParams = new URLSearchParams(params);
          if (next) nextParams.set('region', next);
          else nextParams.delete('region');
          setParams(nextParams, { flushSync: true });
        }}
      />
      <MatrixSection region={region} />
      <GapList />
    </>
  );
}

function RegionSelect({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (region: string | null) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const id = useId();
  return (
    <div className="field field--inline gap-region">
      <label htmlFor={id} className="field__label">
        {t('misusePatterns.gaps.region')}
      </label>
      <select
        id={id}
        className="input input--compact"
        name="region"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{t('misusePatterns.gaps.allRegions')}</option>
        {codesOfKind('region').map((code) => (
          <option key={code} value={code}>
            {labels.taxonomy('region', code)}
          </option>
        ))}
      </select>
    </div>
  );
}

function MatrixSection({ region }: { region: string | null }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const { data, previousData, loading, refetch } = useQuery(GapMatrixDocument, {
    variables: region ? { regions: [region as Region] } : {},
    fetchPolicy: 'cache-and-network',
  });
  const matrix = data?.gapMatrix ?? (loading ? previousData?.gapMatrix : undefined);

  let content;
  if (matrix) {
    content = (
      <>
        <ul className="stat-list gap-totals" aria-label={t('misusePatterns.gaps.totals')}>
          <li data-testid="gap-pattern-total" data-value={matrix.patternCount}>
            {t('misusePatterns.gaps.patternTotal', {
              count: matrix.patternCount,
              formatted: format.format(matrix.patternCount),
            })}
          </li>
          <li data-testid="gap-countermeasure-total" data-value={matrix.countermeasureCount}>
            {t('misusePatterns.gaps.countermeasureTotal', {
              count: matrix.countermeasureCount,
              formatted: format.format(matrix.countermeasureCount),
            })}
          </li>
          <li data-testid="gap-uncountered-total" data-value={matrix.uncounteredPatternCount}>
            {t('misusePatterns.gaps.uncounteredTotal', {
              count: matrix.uncounteredPatternCount,
              formatted: format.format(matrix.uncounteredPatternCount),
            })}
          </li>
        </ul>
        <GapHeatmap matrix={matrix} region={region} />
      </>
    );
  } else if (loading) {
    content = <LoadingState />;
  } else {
    content = (
      <ErrorState
        message={t('misusePatterns.gaps.loadError')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  return (
    <section className="gap-matrix" aria-labelledby="gap-matrix-heading" aria-busy={loading}>
      <h2 id="gap-matrix-heading">{t('misusePatterns.gaps.matrixHeading')}</h2>
      <p className="muted">{t('misusePatterns.gaps.matrixHint')}</p>
      {content}
    </section>
  );
}

/** The patterns with no or few countermeasures, fewest first, each with "Call for partners". */
function GapList() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const { viewer } = useViewer();
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(
    MisusePatternsDocument,
    {
      variables: {
        first: GAP_PAGE_SIZE,
        filter: { maxCountermeasures: GAP_MAX_COUNTERMEASURES },
        orderBy: 'FEWEST_COUNTERMEASURES',
      },
      notifyOnNetworkStatusChange: true,
      fetchPolicy: 'cache-and-network',
    },
  );
  const connection = data?.misusePatterns;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  let content;
  if (connection) {
    content =
      connection.edges.length === 0 ? (
        <p className="muted">{t('misusePatterns.gaps.noGaps')}</p>
      ) : (
        <>
          <ul className="card-grid card-grid--wide" aria-labelledby="gap-list-heading">
            {connection.edges.map(({ node }) => (
              <li key={node.id} data-testid="gap-pattern">
                <MisusePatternCard pattern={node} headingLevel={3}>
                  <CallForPartnersAction pattern={node} viewer={viewer} />
                </MisusePatternCard>
              </li>
            ))}
          </ul>
          <LoadMoreButton
            pageInfo={connection.pageInfo}
            fetchMore={fetchMore}
            busy={loadingMore}
            label={t('misusePatterns.gaps.loadMore')}
            busyLabel={t('common.loading')}
          >
            <span className="muted">
              {t('misusePatterns.library.shown', {
                shown: format.format(connection.edges.length),
                total: format.format(connection.totalCount),
              })}
            </span>
          </LoadMoreButton>
        </>
      );
  } else {
    content = (
      <QueryFallback
        loading={loading}
        error={error}
        errorMessage={t('misusePatterns.gaps.listError')}
        refetch={refetch}
      />
    );
  }

  return (
    <section className="gap-list" aria-labelledby="gap-list-heading">
      <h2 id="gap-list-heading">
        {t('misusePatterns.gaps.listHeading')}{' '}
        {connection && (
          <span className="badge" data-testid="gap-count" data-value={connection.totalCount}>
            {format.format(connection.totalCount)}
          </span>
        )}
      </h2>
      <p className="muted">{t('misusePatterns.gaps.listHint', { max: GAP_MAX_COUNTERMEASURES })}</p>
      {content}
    </section>
  );
}
