import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PracticesDocument } from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { VerifiedBadge } from '../../organizations';

/** How many of the newest practices the home page lists. */
export const RECENT_PRACTICES = 5;

/** The home page's "Recently published practices", with a link to the library. */
export function RecentPractices() {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(PracticesDocument, {
    variables: { first: RECENT_PRACTICES, orderBy: 'NEWEST' },
    notifyOnNetworkStatusChange: true,
  });
  const practices = data?.practices.edges.map((edge) => edge.node).slice(0, RECENT_PRACTICES);

  let body;
  if (practices) {
    body =
      practices.length === 0 ? (
        <p className="muted">{t('home.recent.empty')}</p>
      ) : (
        <ul className="item-list" data-testid="recent-practices">
          {practices.map((practice) => (
            <li key={practice.id} className="item item--stacked">
              <p className="item__title">
                <Link to={`/practices/${practice.slug}`}>{practice.title}</Link>
              </p>
              <p className="item__meta">
                {practice.organization.name} {practice.organization.verified && <VerifiedBadge />}
                {practice.publishedAt && <> · {dates.date(practice.publishedAt)}</>}
              </p>
            </li>
          ))}
        </ul>
      );
  } else if (loading) {
    body = <LoadingState />;
  } else if (error) {
    body = (
      <ErrorState
        message={t('home.recent.error')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  return (
    <section className="card recent" aria-labelledby={headingId} aria-busy={loading}>
      <h2 id={headingId}>{t('home.recent.heading')}</h2>
      {body}
      <p className="actions">
        <Link to="/practices">{t('home.recent.browse')}</Link>
      </p>
    </section>
  );
}
