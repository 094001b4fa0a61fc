import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { PracticesDocument, type PracticeFilter, type PracticeOrder } from '@alliance/graphql';
import { CardResults } from '../../../ui/CardResults';
import {
  EditContentLink,
  MY_CONTENT_PAGE_SIZE,
  MY_CONTENT_QUERY_OPTIONS,
  MyOrganizationsContent,
  ownedByFilter,
} from '../components/MyOrganizationsContent';
import { PracticeCard } from '../components/PracticeCard';

const ORDER: PracticeOrder = 'RECENTLY_UPDATED';

/**
 * "My organization's practices": each of the viewer's organizations with its practices in every
 * state (drafts included), links to edit and "New practice"; then the viewer's bookmarks.
 */
export function MyPracticesPage() {
  return (
    <MyOrganizationsContent
      messages="myPractices"
      newTo="/practices/new"
      renderList={({ organization, canWrite, listLabel, emptyLabel }) => (
        <PracticeList
          filter={ownedByFilter(organization.id)}
          label={listLabel}
          empty={emptyLabel}
          showState
          editable={canWrite}
        />
      )}
    >
      <Bookmarks />
    </MyOrganizationsContent>
  );
}

function Bookmarks() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId} data-testid="bookmarks">
      <h2 id={headingId}>{t('myPractices.bookmarks')}</h2>
      <PracticeList
        filter={{ bookmarked: true }}
        label={t('myPractices.bookmarks')}
        empty={t('myPractices.noBookmarks')}
        canBookmark
      />
    </section>
  );
}

interface PracticeListProps {
  filter: PracticeFilter;
  label: string;
  empty: string;
  showState?: boolean;
  editable?: boolean;
  canBookmark?: boolean;
}

/** One list of practices, freshly fetched on each visit, with "Load more". */
function PracticeList({
  filter,
  label,
  empty,
  showState,
  editable,
  canBookmark,
}: PracticeListProps) {
  const { t } = useTranslation();
  const practices = useQuery(PracticesDocument, {
    variables: { first: MY_CONTENT_PAGE_SIZE, filter, orderBy: ORDER },
    ...MY_CONTENT_QUERY_OPTIONS,
  });
  return (
    <CardResults
      query={practices}
      connection={practices.data?.practices}
      emptyLabel={empty}
      listLabel={label}
      loadMoreLabel={t('library.loadMore')}
      loadErrorLabel={t('myPractices.loadError')}
      renderCard={(practice) => (
        <PracticeCard practice={practice} showState={showState} canBookmark={canBookmark}>
          {editable && (
            <EditContentLink
              messages="myPractices"
              to={`/practices/${practice.slug}/edit`}
              title={practice.title}
            />
          )}
        </PracticeCard>
      )}
    />
  );
}
