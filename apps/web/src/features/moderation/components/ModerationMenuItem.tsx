import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { OpenFlagCountDocument } from '@alliance/graphql';

/** The moderators' menu entry, with how many things await review. */
export function ModerationMenuItem() {
  const { t } = useTranslation();
  const { data } = useQuery(OpenFlagCountDocument, { fetchPolicy: 'cache-and-network' });
  const count = data?.openFlagCount ?? 0;
  return (
    <Link to="/moderation" data-testid="moderation-link" data-count={count}>
      {count > 0 ? t('nav.moderationCount', { count }) : t('nav.moderation')}
    </Link>
  );
}
