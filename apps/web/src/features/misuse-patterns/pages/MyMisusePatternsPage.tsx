import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { MisusePatternsDocument, type MisusePatternOrder } from '@alliance/graphql';
import { CardResults } from '../../../ui/CardResults';
import {
  EditContentLink,
  MY_CONTENT_PAGE_SIZE,
  MY_CONTENT_QUERY_OPTIONS,
  MyOrganizationsContent,
  type OrganizationListProps,
  ownedByFilter,
} from '../../practices';
import { MisusePatternCard } from '../components/MisusePatternCard';
import '../misuse-patterns.css';

const ORDER: MisusePatternOrder = 'RECENTLY_UPDATED';

/**
 * "My organization's misuse patterns": each of the viewer's organizations with its patterns in
 * every state (drafts included), newest updated first, with "Edit" and "New misuse pattern" for
 * its editors and admins. Where a deleted draft's editors land.
 */
export function MyMisusePatternsPage() {
  return (
    <MyOrganizationsContent
      messages="myPatterns"
      newTo="/misuse-patterns/new"
      renderList={(props) => <OrganizationPatterns {...props} />}
    />
  );
}

/** One organization's patterns, freshly fetched on each visit, with "Load more". */
function OrganizationPatterns({
  organization,
  canWrite,
  listLabel,
  emptyLabel,
}: OrganizationListProps) {
  const { t } = useTranslation();
  const patterns = useQuery(MisusePatternsDocument, {
    variables: {
      first: MY_CONTENT_PAGE_SIZE,
      filter: ownedByFilter(organization.id),
      orderBy: ORDER,
    },
    ...MY_CONTENT_QUERY_OPTIONS,
  });
  return (
    <CardResults
      query={patterns}
      connection={patterns.data?.misusePatterns}
      emptyLabel={emptyLabel}
      listLabel={listLabel}
      loadMoreLabel={t('misusePatterns.library.loadMore')}
      loadErrorLabel={t('myPatterns.loadError')}
      renderCard={(pattern) => (
        <MisusePatternCard pattern={pattern} showState headingLevel={3}>
          {canWrite && (
            <EditContentLink
              messages="myPatterns"
              to={`/misuse-patterns/${pattern.slug}/edit`}
              title={pattern.title}
            />
          )}
        </MisusePatternCard>
      )}
    />
  );
}
