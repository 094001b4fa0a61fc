/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AuditEvents($first: Int!, $after: String, $action: String) {\n  auditEvents(first: $first, after: $after, action: $action) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        action\n        createdAt\n        ip\n        subjectType\n        subjectId\n        details\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}": typeof types.AuditEventsDocument,
    "query PendingOrganizations($first: Int!, $after: String) {\n  organizations(first: $first, after: $after, filter: {verified: false}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganizationCard\n        website\n        createdAt\n        identityChange {\n          changedAt\n          changedBy {\n            id\n            displayName\n          }\n          changes {\n            field\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n}": typeof types.PendingOrganizationsDocument,
    "mutation SetPlatformRole($userId: ID!, $role: PlatformRole!) {\n  setPlatformRole(userId: $userId, role: $role) {\n    id\n    platformRole\n  }\n}": typeof types.SetPlatformRoleDocument,
    "query Users($first: Int!, $after: String, $query: String) {\n  users(first: $first, after: $after, query: $query) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        email\n        platformRole\n        createdAt\n      }\n    }\n  }\n}": typeof types.UsersDocument,
    "query ApiTokens {\n  viewer {\n    id\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      expired\n    }\n  }\n}": typeof types.ApiTokensDocument,
    "mutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      expired\n    }\n  }\n}": typeof types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id)\n}": typeof types.RevokeApiTokenDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResendVerificationEmail {\n  resendVerificationEmail\n}": typeof types.ResendVerificationEmailDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}": typeof types.ResetPasswordDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerSummary\n  }\n}": typeof types.SignInDocument,
    "mutation SignOut {\n  signOut\n}": typeof types.SignOutDocument,
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...ViewerSummary\n  }\n}": typeof types.SignUpDocument,
    "mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token)\n}": typeof types.VerifyEmailDocument,
    "fragment ViewerSummary on Viewer {\n  id\n  email\n  displayName\n  emailVerified\n  platformRole\n}": typeof types.ViewerSummaryFragmentDoc,
    "query Viewer {\n  viewer {\n    ...ViewerSummary\n  }\n}": typeof types.ViewerDocument,
    "mutation AcceptAnswer($threadId: ID!, $postId: ID) {\n  acceptAnswer(threadId: $threadId, postId: $postId) {\n    id\n    acceptedAnswer {\n      id\n    }\n  }\n}": typeof types.AcceptAnswerDocument,
    "query Categories {\n  categories {\n    id\n    slug\n    name\n    description\n    membersOnly\n  }\n}": typeof types.CategoriesDocument,
    "mutation DeletePost($id: ID!) {\n  deletePost(id: $id) {\n    ...PostItem\n  }\n}": typeof types.DeletePostDocument,
    "mutation EditPost($id: ID!, $body: String!) {\n  editPost(id: $id, body: $body) {\n    ...PostItem\n  }\n}": typeof types.EditPostDocument,
    "mutation Flag($targetId: ID!, $reason: FlagReason!, $note: String) {\n  flag(targetId: $targetId, reason: $reason, note: $note)\n}": typeof types.FlagDocument,
    "mutation MarkThreadRead($threadId: ID!) {\n  markThreadRead(threadId: $threadId) {\n    id\n    unreadCount\n  }\n}": typeof types.MarkThreadReadDocument,
    "mutation MoveThread($id: ID!, $categoryId: ID!) {\n  moveThread(id: $id, categoryId: $categoryId) {\n    ...ThreadSummary\n  }\n}": typeof types.MoveThreadDocument,
    "subscription PostAdded($threadId: ID!) {\n  postAdded(threadId: $threadId) {\n    ...PostItem\n  }\n}": typeof types.PostAddedDocument,
    "fragment PostItem on Post {\n  id\n  body\n  createdAt\n  edited\n  editedAt\n  hidden\n  hiddenReason\n  removed\n  author {\n    id\n    displayName\n  }\n  parent {\n    id\n    body\n    removed\n    author {\n      id\n      displayName\n    }\n  }\n  reactions {\n    reaction\n    count\n    viewerReacted\n  }\n}": typeof types.PostItemFragmentDoc,
    "query Posts($threadId: ID!, $first: Int!, $after: String) {\n  posts(threadId: $threadId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PostItem\n      }\n    }\n  }\n}": typeof types.PostsDocument,
    "mutation React($postId: ID!, $reaction: Reaction!) {\n  react(postId: $postId, reaction: $reaction) {\n    id\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n  }\n}": typeof types.ReactDocument,
    "mutation Reply($threadId: ID!, $body: String!, $parentId: ID) {\n  reply(threadId: $threadId, body: $body, parentId: $parentId) {\n    ...PostItem\n  }\n}": typeof types.ReplyDocument,
    "mutation SetThreadLocked($id: ID!, $locked: Boolean!) {\n  setThreadLocked(id: $id, locked: $locked) {\n    ...ThreadSummary\n  }\n}": typeof types.SetThreadLockedDocument,
    "mutation SetThreadPinned($id: ID!, $pinned: Boolean!) {\n  setThreadPinned(id: $id, pinned: $pinned) {\n    ...ThreadSummary\n  }\n}": typeof types.SetThreadPinnedDocument,
    "mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    ...PostItem\n    thread {\n      id\n    }\n  }\n}": typeof types.StartThreadDocument,
    "mutation SuspendUser($userId: ID!, $until: DateTime!, $reason: String!) {\n  suspendUser(userId: $userId, until: $until, reason: $reason) {\n    id\n  }\n}": typeof types.SuspendUserDocument,
    "fragment ThreadSummary on Thread {\n  id\n  title\n  kind\n  pinned\n  locked\n  tags\n  replyCount\n  unreadCount\n  lastActivityAt\n  createdAt\n  author {\n    id\n    displayName\n  }\n  category {\n    id\n    slug\n    name\n  }\n  practice {\n    id\n    slug\n    title\n  }\n  misusePattern {\n    id\n    slug\n    title\n  }\n}": typeof types.ThreadSummaryFragmentDoc,
    "query Thread($id: ID!) {\n  thread(id: $id) {\n    ...ThreadSummary\n    participantCount\n    acceptedAnswer {\n      id\n    }\n  }\n}": typeof types.ThreadDocument,
    "query Threads($categoryId: ID, $practiceId: ID, $first: Int!, $after: String) {\n  threads(\n    categoryId: $categoryId\n    practiceId: $practiceId\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ThreadSummary\n      }\n    }\n  }\n}": typeof types.ThreadsDocument,
    "mutation Unreact($postId: ID!, $reaction: Reaction!) {\n  unreact(postId: $postId, reaction: $reaction) {\n    id\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n  }\n}": typeof types.UnreactDocument,
    "mutation Watch($targetId: ID!, $level: WatchLevel!) {\n  watch(targetId: $targetId, level: $level)\n}": typeof types.WatchDocument,
    "mutation AddEventSession($eventId: ID!, $input: EventSessionInput!) {\n  addEventSession(eventId: $eventId, input: $input) {\n    id\n    event {\n      id\n      sessions {\n        ...EventSessionDetails\n      }\n    }\n  }\n}": typeof types.AddEventSessionDocument,
    "fragment CollectionCard on Collection {\n  id\n  slug\n  title\n  introduction\n  itemCount\n  updatedAt\n  curator {\n    id\n    displayName\n  }\n}": typeof types.CollectionCardFragmentDoc,
    "fragment CollectionDetails on Collection {\n  ...CollectionCard\n  viewerCanEdit\n  items(first: 100) {\n    totalCount\n    nodes {\n      position\n      note\n      item {\n        ...LibraryItemCard\n      }\n    }\n  }\n}": typeof types.CollectionDetailsFragmentDoc,
    "query CollectionPage($slug: String!) {\n  collection(slug: $slug) {\n    ...CollectionDetails\n  }\n}": typeof types.CollectionPageDocument,
    "query Collections($first: Int!, $after: String) {\n  collections(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CollectionCard\n      }\n    }\n  }\n}": typeof types.CollectionsDocument,
    "mutation CreateCollection($input: CollectionInput!) {\n  createCollection(input: $input) {\n    ...CollectionDetails\n  }\n}": typeof types.CreateCollectionDocument,
    "mutation CreateEvent($input: EventInput!) {\n  createEvent(input: $input) {\n    ...EventDetails\n  }\n}": typeof types.CreateEventDocument,
    "mutation DeleteCollection($id: ID!) {\n  deleteCollection(id: $id)\n}": typeof types.DeleteCollectionDocument,
    "mutation DeleteEvent($id: ID!) {\n  deleteEvent(id: $id)\n}": typeof types.DeleteEventDocument,
    "fragment EventCard on Event {\n  id\n  slug\n  name\n  location\n  startsOn\n  endsOn\n  presentationCount\n}": typeof types.EventCardFragmentDoc,
    "fragment EventDetails on Event {\n  ...EventCard\n  description\n  url\n  viewerCanEdit\n  themes {\n    title\n    description\n  }\n  sessions {\n    ...EventSessionDetails\n  }\n}": typeof types.EventDetailsFragmentDoc,
    "query EventPage($slug: String!) {\n  event(slug: $slug) {\n    ...EventDetails\n  }\n}": typeof types.EventPageDocument,
    "query EventSessionChoices {\n  events(first: 50) {\n    edges {\n      node {\n        id\n        name\n        startsOn\n        sessions {\n          id\n          title\n          theme\n        }\n      }\n    }\n  }\n}": typeof types.EventSessionChoicesDocument,
    "fragment EventSessionDetails on EventSession {\n  id\n  title\n  description\n  theme\n  startsAt\n  position\n  presentations {\n    id\n    viewerCanRemove\n    item {\n      ...LibraryItemCard\n    }\n  }\n}": typeof types.EventSessionDetailsFragmentDoc,
    "query Events($first: Int!, $after: String) {\n  events(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...EventCard\n      }\n    }\n  }\n}": typeof types.EventsDocument,
    "fragment LibraryItemCard on LibraryItem {\n  __typename\n  ... on Practice {\n    id\n    slug\n    title\n    summary\n    organization {\n      id\n      name\n    }\n  }\n  ... on MisusePattern {\n    id\n    slug\n    title\n    summary\n    trend\n    organization {\n      id\n      name\n    }\n  }\n}": typeof types.LibraryItemCardFragmentDoc,
    "query LibraryItemSearch($query: String!) {\n  practices(first: 6, filter: {query: $query}) {\n    nodes {\n      ...LibraryItemCard\n    }\n  }\n  misusePatterns(first: 6, filter: {query: $query}) {\n    nodes {\n      ...LibraryItemCard\n    }\n  }\n}": typeof types.LibraryItemSearchDocument,
    "mutation MarkPresented($sessionId: ID!, $itemId: ID!) {\n  markPresented(sessionId: $sessionId, itemId: $itemId) {\n    id\n  }\n}": typeof types.MarkPresentedDocument,
    "query PresentedAt($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Practice {\n      viewerCanEdit\n      presentations {\n        ...PresentationPlace\n      }\n    }\n    ... on MisusePattern {\n      viewerCanEdit\n      presentations {\n        ...PresentationPlace\n      }\n    }\n  }\n}\n\nfragment PresentationPlace on EventPresentation {\n  id\n  viewerCanRemove\n  session {\n    id\n    title\n    event {\n      id\n      slug\n      name\n      startsOn\n    }\n  }\n}": typeof types.PresentedAtDocument,
    "mutation RemoveEventSession($id: ID!) {\n  removeEventSession(id: $id)\n}": typeof types.RemoveEventSessionDocument,
    "mutation SetCollectionItems($id: ID!, $items: [CollectionItemInput!]!) {\n  setCollectionItems(id: $id, items: $items) {\n    ...CollectionDetails\n  }\n}": typeof types.SetCollectionItemsDocument,
    "mutation UnmarkPresented($id: ID!) {\n  unmarkPresented(id: $id)\n}": typeof types.UnmarkPresentedDocument,
    "mutation UpdateCollection($id: ID!, $input: CollectionInput!) {\n  updateCollection(id: $id, input: $input) {\n    ...CollectionDetails\n  }\n}": typeof types.UpdateCollectionDocument,
    "mutation UpdateEventSession($id: ID!, $input: EventSessionInput!) {\n  updateEventSession(id: $id, input: $input) {\n    id\n    event {\n      id\n      sessions {\n        ...EventSessionDetails\n      }\n    }\n  }\n}": typeof types.UpdateEventSessionDocument,
    "mutation UpdateEvent($id: ID!, $input: EventInput!) {\n  updateEvent(id: $id, input: $input) {\n    ...EventDetails\n  }\n}": typeof types.UpdateEventDocument,
    "query PlatformStats {\n  platformStats {\n    organizationCount\n    countryCount\n    organizationsByStakeholderType {\n      stakeholderType\n      count\n    }\n  }\n}": typeof types.PlatformStatsDocument,
    "query GapSummary($first: Int!) {\n  gapMatrix {\n    patternCount\n    uncounteredPatternCount\n    cells {\n      stage\n      technology\n      patternCount\n      countermeasureCount\n    }\n  }\n  misusePatterns(first: $first, filter: {maxCountermeasures: 0}, orderBy: NEWEST) {\n    totalCount\n    nodes {\n      id\n      slug\n      title\n    }\n  }\n}": typeof types.GapSummaryDocument,
    "query MisusePatternStats {\n  misusePatternStats {\n    total\n    countermeasureCount\n    uncounteredCount\n    byStage {\n      value\n      count\n    }\n    byTechnology {\n      value\n      count\n    }\n    byTrend {\n      value\n      count\n    }\n  }\n}": typeof types.MisusePatternStatsDocument,
    "mutation ArchiveMisusePattern($id: ID!) {\n  archiveMisusePattern(id: $id) {\n    ...MisusePatternDetails\n  }\n}": typeof types.ArchiveMisusePatternDocument,
    "fragment CountermeasureItem on Countermeasure {\n  id\n  approach\n  note\n  viewerCanEdit\n  createdAt\n  updatedAt\n  practice {\n    id\n    slug\n    title\n    summary\n    organization {\n      id\n      slug\n      name\n      verified\n    }\n  }\n  pattern {\n    id\n    slug\n    title\n    stages\n    technologies\n    trend\n  }\n}": typeof types.CountermeasureItemFragmentDoc,
    "mutation CreateMisusePattern($organizationId: ID!, $input: MisusePatternInput!) {\n  createMisusePattern(organizationId: $organizationId, input: $input) {\n    ...MisusePatternDetails\n  }\n}": typeof types.CreateMisusePatternDocument,
    "mutation DeleteMisusePattern($id: ID!) {\n  deleteMisusePattern(id: $id)\n}": typeof types.DeleteMisusePatternDocument,
    "mutation FollowMisusePattern($id: ID!) {\n  followMisusePattern(id: $id) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}": typeof types.FollowMisusePatternDocument,
    "query GapMatrix($regions: [Region!]) {\n  gapMatrix(regions: $regions) {\n    stages\n    technologies\n    patternCount\n    countermeasureCount\n    uncounteredPatternCount\n    cells {\n      stage\n      technology\n      patternCount\n      countermeasureCount\n      practiceCount\n    }\n  }\n}": typeof types.GapMatrixDocument,
    "mutation LinkCountermeasure($practiceId: ID!, $patternId: ID!, $input: CountermeasureInput!) {\n  linkCountermeasure(\n    practiceId: $practiceId\n    patternId: $patternId\n    input: $input\n  ) {\n    ...CountermeasureItem\n  }\n}": typeof types.LinkCountermeasureDocument,
    "fragment MisusePatternCard on MisusePattern {\n  id\n  slug\n  title\n  summary\n  state\n  visibility\n  visibleTo\n  stages\n  technologies\n  trend\n  countermeasureCount\n  publishedAt\n  updatedAt\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}": typeof types.MisusePatternCardFragmentDoc,
    "query MisusePatternCommunity($slug: String!) {\n  misusePattern(slug: $slug) {\n    id\n    viewerIsFollowing\n    followerCount\n    discussion {\n      id\n      kind\n      locked\n      author {\n        id\n      }\n      acceptedAnswer {\n        id\n      }\n    }\n    relatedThreads(first: 20) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n}": typeof types.MisusePatternCommunityDocument,
    "fragment MisusePatternDetails on MisusePattern {\n  ...MisusePatternCard\n  description\n  formsOfExploitation\n  indicators\n  regions\n  sources {\n    label\n    url\n  }\n  moderationNote\n  viewerCanEdit\n  createdAt\n}": typeof types.MisusePatternDetailsFragmentDoc,
    "query MisusePatternFacetCounts {\n  misusePatternStats {\n    total\n    byStage {\n      value\n      count\n    }\n    byTechnology {\n      value\n      count\n    }\n    byFormOfExploitation {\n      value\n      count\n    }\n    byTrend {\n      value\n      count\n    }\n  }\n}": typeof types.MisusePatternFacetCountsDocument,
    "query MisusePatternOptions($filter: MisusePatternFilter) {\n  misusePatterns(first: 10, filter: $filter, orderBy: TITLE) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        slug\n        title\n        stages\n        technologies\n      }\n    }\n  }\n}": typeof types.MisusePatternOptionsDocument,
    "query MisusePatternPage($slug: String!) {\n  misusePattern(slug: $slug) {\n    ...MisusePatternDetails\n    countermeasures(first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CountermeasureItem\n        }\n      }\n    }\n  }\n}": typeof types.MisusePatternPageDocument,
    "query MisusePatterns($first: Int!, $after: String, $filter: MisusePatternFilter, $orderBy: MisusePatternOrder) {\n  misusePatterns(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...MisusePatternCard\n      }\n    }\n  }\n}": typeof types.MisusePatternsDocument,
    "query PracticeCountermeasures($slug: String!) {\n  practice(slug: $slug) {\n    id\n    viewerCanEdit\n    countermeasures(first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CountermeasureItem\n        }\n      }\n    }\n  }\n}": typeof types.PracticeCountermeasuresDocument,
    "mutation PublishMisusePattern($id: ID!) {\n  publishMisusePattern(id: $id) {\n    ...MisusePatternDetails\n  }\n}": typeof types.PublishMisusePatternDocument,
    "mutation UnfollowMisusePattern($id: ID!) {\n  unfollowMisusePattern(id: $id) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}": typeof types.UnfollowMisusePatternDocument,
    "mutation UnlinkCountermeasure($id: ID!) {\n  unlinkCountermeasure(id: $id)\n}": typeof types.UnlinkCountermeasureDocument,
    "mutation UnpublishMisusePattern($id: ID!, $reason: String!) {\n  unpublishMisusePattern(id: $id, reason: $reason) {\n    ...MisusePatternDetails\n  }\n}": typeof types.UnpublishMisusePatternDocument,
    "mutation UpdateCountermeasure($id: ID!, $input: CountermeasureInput!) {\n  updateCountermeasure(id: $id, input: $input) {\n    ...CountermeasureItem\n  }\n}": typeof types.UpdateCountermeasureDocument,
    "mutation UpdateMisusePattern($id: ID!, $input: MisusePatternInput!) {\n  updateMisusePattern(id: $id, input: $input) {\n    ...MisusePatternDetails\n  }\n}": typeof types.UpdateMisusePatternDocument,
    "mutation DismissFlags($targetId: ID!) {\n  dismissFlags(targetId: $targetId)\n}": typeof types.DismissFlagsDocument,
    "mutation HidePost($id: ID!, $reason: String!) {\n  hidePost(id: $id, reason: $reason) {\n    id\n    hidden\n    hiddenReason\n  }\n}": typeof types.HidePostDocument,
    "query ModerationQueue {\n  moderationQueue {\n    targetId\n    targetType\n    flagCount\n    reasons\n    notes\n    firstFlaggedAt\n    misusePattern {\n      id\n      slug\n      title\n      state\n    }\n    practice {\n      id\n      slug\n      title\n    }\n    thread {\n      id\n      title\n    }\n    post {\n      id\n      body\n      removed\n      hidden\n    }\n  }\n}": typeof types.ModerationQueueDocument,
    "query OpenFlagCount {\n  openFlagCount\n}": typeof types.OpenFlagCountDocument,
    "mutation RestorePost($id: ID!, $reason: String!) {\n  restorePost(id: $id, reason: $reason) {\n    id\n    hidden\n    hiddenReason\n  }\n}": typeof types.RestorePostDocument,
    "mutation UnpublishFlaggedPattern($id: ID!, $reason: String!) {\n  unpublishMisusePattern(id: $id, reason: $reason) {\n    id\n    state\n    moderationNote\n  }\n}": typeof types.UnpublishFlaggedPatternDocument,
    "query EmailNotifications {\n  viewer {\n    id\n    emailNotifications\n  }\n}": typeof types.EmailNotificationsDocument,
    "mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}": typeof types.MarkNotificationsReadDocument,
    "subscription NotificationAdded {\n  notificationAdded {\n    ...NotificationItem\n  }\n}": typeof types.NotificationAddedDocument,
    "fragment NotificationItem on Notification {\n  id\n  kind\n  read\n  createdAt\n  actor {\n    id\n    displayName\n  }\n  thread {\n    id\n    title\n    category {\n      id\n    }\n  }\n  post {\n    id\n  }\n  practice {\n    id\n    slug\n    title\n  }\n  misusePattern {\n    id\n    slug\n    title\n  }\n  organization {\n    id\n    slug\n    name\n  }\n}": typeof types.NotificationItemFragmentDoc,
    "query Notifications($first: Int!, $after: String, $unreadOnly: Boolean! = false) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n  }\n}": typeof types.NotificationsDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}": typeof types.UnreadNotificationCountDocument,
    "mutation UpdateNotificationPreferences($email: EmailNotifications!) {\n  updateNotificationPreferences(email: $email)\n}": typeof types.UpdateNotificationPreferencesDocument,
    "mutation AcceptInvitation($token: String!) {\n  acceptInvitation(token: $token) {\n    role\n    organization {\n      id\n      slug\n      name\n    }\n  }\n}": typeof types.AcceptInvitationDocument,
    "mutation ApproveJoinRequest($id: ID!, $role: MembershipRole) {\n  approveJoinRequest(id: $id, role: $role) {\n    id\n    status\n    decidedAt\n  }\n}": typeof types.ApproveJoinRequestDocument,
    "mutation ChangeMemberRole($organizationId: ID!, $userId: ID!, $role: MembershipRole!) {\n  changeMemberRole(organizationId: $organizationId, userId: $userId, role: $role) {\n    role\n  }\n}": typeof types.ChangeMemberRoleDocument,
    "mutation CreateOrganization($input: OrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationDetails\n    viewerRole\n  }\n}": typeof types.CreateOrganizationDocument,
    "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    role\n    status\n    organization {\n      id\n      slug\n      name\n      verified\n    }\n  }\n}": typeof types.InvitationPreviewDocument,
    "mutation InviteMember($organizationId: ID!, $email: String!, $role: MembershipRole!) {\n  inviteMember(organizationId: $organizationId, email: $email, role: $role) {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n  }\n}": typeof types.InviteMemberDocument,
    "fragment OrganizationCard on Organization {\n  id\n  slug\n  name\n  stakeholderType\n  country\n  countryName\n  verified\n  memberCount\n}": typeof types.OrganizationCardFragmentDoc,
    "fragment OrganizationDetails on Organization {\n  ...OrganizationCard\n  description\n  website\n  verifiedAt\n  createdAt\n}": typeof types.OrganizationDetailsFragmentDoc,
    "query OrganizationPage($slug: String!) {\n  organization(slug: $slug) {\n    ...OrganizationDetails\n    viewerRole\n    viewerJoinRequest {\n      id\n      status\n      createdAt\n    }\n    members(first: 100) {\n      totalCount\n      nodes {\n        role\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      status\n      createdAt\n      expiresAt\n    }\n    joinRequests {\n      id\n      message\n      status\n      createdAt\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n}": typeof types.OrganizationPageDocument,
    "query Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n  organizations(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganizationCard\n      }\n    }\n  }\n}": typeof types.OrganizationsDocument,
    "mutation RejectJoinRequest($id: ID!) {\n  rejectJoinRequest(id: $id) {\n    id\n    status\n    decidedAt\n  }\n}": typeof types.RejectJoinRequestDocument,
    "mutation RemoveMember($organizationId: ID!, $userId: ID!) {\n  removeMember(organizationId: $organizationId, userId: $userId)\n}": typeof types.RemoveMemberDocument,
    "mutation RequestToJoinOrganization($organizationId: ID!, $message: String) {\n  requestToJoinOrganization(organizationId: $organizationId, message: $message) {\n    id\n    status\n    createdAt\n  }\n}": typeof types.RequestToJoinOrganizationDocument,
    "mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    id\n    status\n  }\n}": typeof types.RevokeInvitationDocument,
    "mutation UnverifyOrganization($id: ID!) {\n  unverifyOrganization(id: $id) {\n    id\n    verified\n    verifiedAt\n  }\n}": typeof types.UnverifyOrganizationDocument,
    "mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n  updateOrganization(id: $id, input: $input) {\n    ...OrganizationDetails\n  }\n}": typeof types.UpdateOrganizationDocument,
    "mutation VerifyOrganization($id: ID!) {\n  verifyOrganization(id: $id) {\n    id\n    verified\n    verifiedAt\n  }\n}": typeof types.VerifyOrganizationDocument,
    "query PlatformInfo {\n  platformInfo {\n    demoMode\n  }\n}": typeof types.PlatformInfoDocument,
    "mutation ArchivePractice($id: ID!) {\n  archivePractice(id: $id) {\n    ...PracticeDetails\n  }\n}": typeof types.ArchivePracticeDocument,
    "mutation BookmarkPractice($id: ID!) {\n  bookmarkPractice(id: $id) {\n    id\n    viewerHasBookmarked\n    bookmarkCount\n  }\n}": typeof types.BookmarkPracticeDocument,
    "mutation CreatePractice($organizationId: ID!, $input: PracticeInput!) {\n  createPractice(organizationId: $organizationId, input: $input) {\n    ...PracticeDetails\n  }\n}": typeof types.CreatePracticeDocument,
    "mutation DeletePractice($id: ID!) {\n  deletePractice(id: $id)\n}": typeof types.DeletePracticeDocument,
    "mutation EndorsePractice($id: ID!, $organizationId: ID!, $kind: EndorsementKind!, $comment: String) {\n  endorsePractice(\n    id: $id\n    organizationId: $organizationId\n    kind: $kind\n    comment: $comment\n  ) {\n    id\n    endorsementCount\n    endorsements {\n      ...EndorsementItem\n    }\n  }\n}": typeof types.EndorsePracticeDocument,
    "fragment EndorsementItem on Endorsement {\n  kind\n  comment\n  createdAt\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}": typeof types.EndorsementItemFragmentDoc,
    "fragment PracticeCard on Practice {\n  id\n  slug\n  title\n  summary\n  state\n  status\n  visibility\n  focusAreas\n  countries\n  global\n  endorsementCount\n  viewerHasBookmarked\n  publishedAt\n  updatedAt\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}": typeof types.PracticeCardFragmentDoc,
    "fragment PracticeDetails on Practice {\n  ...PracticeCard\n  body\n  contact\n  moderationNote\n  purposes\n  formsOfExploitation\n  technologies\n  targetUsers\n  sectors\n  regions\n  languages\n  yearStarted\n  yearEnded\n  evidenceLevel\n  survivorInvolvement\n  sdg87\n  iloIndicators\n  visibleTo\n  links {\n    label\n    url\n  }\n  partners {\n    id\n    slug\n    name\n    verified\n  }\n  contributors {\n    id\n    displayName\n  }\n  endorsements {\n    ...EndorsementItem\n  }\n  bookmarkCount\n  viewCount\n  viewerCanEdit\n  createdAt\n}": typeof types.PracticeDetailsFragmentDoc,
    "query PracticePage($slug: String!) {\n  practice(slug: $slug) {\n    ...PracticeDetails\n  }\n}": typeof types.PracticePageDocument,
    "query PracticeRevisions($slug: String!) {\n  practice(slug: $slug) {\n    id\n    revisions {\n      id\n      number\n      createdAt\n      changedFields\n      snapshot\n      author {\n        id\n        displayName\n      }\n    }\n  }\n}": typeof types.PracticeRevisionsDocument,
    "query PracticeStats {\n  practiceStats {\n    total\n    byFocusArea {\n      value\n      count\n    }\n    byTechnology {\n      value\n      count\n    }\n    byFormOfExploitation {\n      value\n      count\n    }\n    byStakeholderType {\n      value\n      count\n    }\n    byCountry {\n      value\n      count\n    }\n    byStatus {\n      value\n      count\n    }\n  }\n}": typeof types.PracticeStatsDocument,
    "query Practices($first: Int!, $after: String, $filter: PracticeFilter, $orderBy: PracticeOrder) {\n  practices(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PracticeCard\n      }\n    }\n  }\n}": typeof types.PracticesDocument,
    "mutation PublishPractice($id: ID!) {\n  publishPractice(id: $id) {\n    ...PracticeDetails\n  }\n}": typeof types.PublishPracticeDocument,
    "mutation RevertPracticeToDraft($id: ID!) {\n  revertPracticeToDraft(id: $id) {\n    ...PracticeDetails\n  }\n}": typeof types.RevertPracticeToDraftDocument,
    "query SimilarPractices($title: String!, $summary: String, $excludeId: ID) {\n  similarPractices(title: $title, summary: $summary, excludeId: $excludeId) {\n    id\n    slug\n    title\n    organization {\n      id\n      name\n    }\n  }\n}": typeof types.SimilarPracticesDocument,
    "mutation UnbookmarkPractice($id: ID!) {\n  unbookmarkPractice(id: $id) {\n    id\n    viewerHasBookmarked\n    bookmarkCount\n  }\n}": typeof types.UnbookmarkPracticeDocument,
    "mutation UnpublishPractice($id: ID!, $reason: String!) {\n  unpublishPractice(id: $id, reason: $reason) {\n    ...PracticeDetails\n  }\n}": typeof types.UnpublishPracticeDocument,
    "mutation UpdatePractice($id: ID!, $input: PracticeInput!) {\n  updatePractice(id: $id, input: $input) {\n    ...PracticeDetails\n  }\n}": typeof types.UpdatePracticeDocument,
    "query ViewerMemberships {\n  viewer {\n    id\n    memberships {\n      role\n      createdAt\n      organization {\n        id\n        slug\n        name\n        verified\n      }\n    }\n  }\n}": typeof types.ViewerMembershipsDocument,
    "mutation WithdrawEndorsement($id: ID!, $organizationId: ID!) {\n  withdrawEndorsement(id: $id, organizationId: $organizationId) {\n    id\n    endorsementCount\n    endorsements {\n      ...EndorsementItem\n    }\n  }\n}": typeof types.WithdrawEndorsementDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": typeof types.ChangePasswordDocument,
    "mutation LeaveOrganization($organizationId: ID!) {\n  leaveOrganization(organizationId: $organizationId)\n}": typeof types.LeaveOrganizationDocument,
    "query Profile {\n  viewer {\n    ...ViewerSummary\n    createdAt\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      ip\n      userAgent\n    }\n    memberships {\n      role\n      createdAt\n      organization {\n        id\n        slug\n        name\n        verified\n      }\n    }\n  }\n}": typeof types.ProfileDocument,
    "mutation RevokeOtherSessions {\n  revokeOtherSessions\n}": typeof types.RevokeOtherSessionsDocument,
    "mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}": typeof types.RevokeSessionDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...ViewerSummary\n  }\n}": typeof types.UpdateProfileDocument,
    "query Search($query: String!, $filter: SearchFilter, $facets: [SearchFacet!], $first: Int, $after: String, $sort: SearchSort) {\n  search(\n    query: $query\n    filter: $filter\n    facets: $facets\n    first: $first\n    after: $after\n    sort: $sort\n  ) {\n    totalCount\n    exhaustive\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facetDistribution {\n      facet\n      values {\n        value\n        label\n        count\n      }\n    }\n    edges {\n      cursor\n      node {\n        __typename\n        id\n        kind\n        title\n        highlightedTitle\n        snippet\n        ... on PracticeSearchHit {\n          practice {\n            id\n            slug\n            organization {\n              id\n              name\n            }\n          }\n        }\n        ... on ThreadSearchHit {\n          thread {\n            ...SearchHitThread\n          }\n        }\n        ... on PostSearchHit {\n          post {\n            id\n          }\n          thread {\n            ...SearchHitThread\n          }\n        }\n        ... on OrganizationSearchHit {\n          organization {\n            id\n            slug\n          }\n        }\n        ... on MisusePatternSearchHit {\n          misusePattern {\n            id\n            slug\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment SearchHitThread on Thread {\n  id\n  category {\n    id\n    name\n  }\n  practice {\n    id\n    title\n  }\n}": typeof types.SearchDocument,
    "mutation CreateWebhook($organizationId: ID!, $input: WebhookInput!) {\n  createWebhook(organizationId: $organizationId, input: $input) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}": typeof types.CreateWebhookDocument,
    "mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}": typeof types.DeleteWebhookDocument,
    "mutation EnableWebhook($id: ID!) {\n  enableWebhook(id: $id) {\n    ...WebhookFields\n  }\n}": typeof types.EnableWebhookDocument,
    "query OrganizationWebhooks($slug: String!) {\n  organization(slug: $slug) {\n    id\n    webhooks {\n      ...WebhookFields\n    }\n  }\n}": typeof types.OrganizationWebhooksDocument,
    "mutation RotateWebhookSecret($id: ID!) {\n  rotateWebhookSecret(id: $id) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}": typeof types.RotateWebhookSecretDocument,
    "mutation SendTestWebhook($id: ID!) {\n  sendTestWebhook(id: $id) {\n    ...WebhookDeliveryFields\n  }\n}": typeof types.SendTestWebhookDocument,
    "mutation UpdateWebhook($id: ID!, $input: WebhookInput!) {\n  updateWebhook(id: $id, input: $input) {\n    ...WebhookFields\n  }\n}": typeof types.UpdateWebhookDocument,
    "query WebhookDeliveries($id: ID!, $first: Int!, $after: String) {\n  node(id: $id) {\n    id\n    ... on Webhook {\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...WebhookDeliveryFields\n          }\n        }\n      }\n    }\n  }\n}": typeof types.WebhookDeliveriesDocument,
    "fragment WebhookDeliveryFields on WebhookDelivery {\n  id\n  event\n  status\n  attempts\n  responseStatus\n  responseTimeMs\n  error\n  payload\n  createdAt\n  lastAttemptAt\n  nextAttemptAt\n  deliveredAt\n}": typeof types.WebhookDeliveryFieldsFragmentDoc,
    "fragment WebhookFields on Webhook {\n  id\n  url\n  events\n  description\n  active\n  disabledReason\n  consecutiveFailures\n  createdAt\n  updatedAt\n}": typeof types.WebhookFieldsFragmentDoc,
    "query PartnerMisusePatterns($first: Int!, $after: String, $filter: MisusePatternFilter) {\n  misusePatterns(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      title\n      summary\n      stages\n      technologies\n      formsOfExploitation\n      indicators\n      regions\n      trend\n      publishedAt\n      organization {\n        name\n        stakeholderType\n      }\n      countermeasureCount\n      countermeasures(first: 20) {\n        totalCount\n        nodes {\n          approach\n          note\n          practice {\n            slug\n            title\n            organization {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.PartnerMisusePatternsDocument,
    "query PartnerPractices($first: Int!, $after: String, $filter: PracticeFilter) {\n  practices(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      title\n      summary\n      focusAreas\n      purposes\n      technologies\n      formsOfExploitation\n      countries\n      regions\n      status\n      yearStarted\n      publishedAt\n      organization {\n        name\n        country\n        stakeholderType\n      }\n    }\n  }\n}": typeof types.PartnerPracticesDocument,
};
const documents: Documents = {
    "query AuditEvents($first: Int!, $after: String, $action: String) {\n  auditEvents(first: $first, after: $after, action: $action) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        action\n        createdAt\n        ip\n        subjectType\n        subjectId\n        details\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}": types.AuditEventsDocument,
    "query PendingOrganizations($first: Int!, $after: String) {\n  organizations(first: $first, after: $after, filter: {verified: false}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganizationCard\n        website\n        createdAt\n        identityChange {\n          changedAt\n          changedBy {\n            id\n            displayName\n          }\n          changes {\n            field\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n}": types.PendingOrganizationsDocument,
    "mutation SetPlatformRole($userId: ID!, $role: PlatformRole!) {\n  setPlatformRole(userId: $userId, role: $role) {\n    id\n    platformRole\n  }\n}": types.SetPlatformRoleDocument,
    "query Users($first: Int!, $after: String, $query: String) {\n  users(first: $first, after: $after, query: $query) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        email\n        platformRole\n        createdAt\n      }\n    }\n  }\n}": types.UsersDocument,
    "query ApiTokens {\n  viewer {\n    id\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      expired\n    }\n  }\n}": types.ApiTokensDocument,
    "mutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      expired\n    }\n  }\n}": types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id)\n}": types.RevokeApiTokenDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": types.RequestPasswordResetDocument,
    "mutation ResendVerificationEmail {\n  resendVerificationEmail\n}": types.ResendVerificationEmailDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}": types.ResetPasswordDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerSummary\n  }\n}": types.SignInDocument,
    "mutation SignOut {\n  signOut\n}": types.SignOutDocument,
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...ViewerSummary\n  }\n}": types.SignUpDocument,
    "mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token)\n}": types.VerifyEmailDocument,
    "fragment ViewerSummary on Viewer {\n  id\n  email\n  displayName\n  emailVerified\n  platformRole\n}": types.ViewerSummaryFragmentDoc,
    "query Viewer {\n  viewer {\n    ...ViewerSummary\n  }\n}": types.ViewerDocument,
    "mutation AcceptAnswer($threadId: ID!, $postId: ID) {\n  acceptAnswer(threadId: $threadId, postId: $postId) {\n    id\n    acceptedAnswer {\n      id\n    }\n  }\n}": types.AcceptAnswerDocument,
    "query Categories {\n  categories {\n    id\n    slug\n    name\n    description\n    membersOnly\n  }\n}": types.CategoriesDocument,
    "mutation DeletePost($id: ID!) {\n  deletePost(id: $id) {\n    ...PostItem\n  }\n}": types.DeletePostDocument,
    "mutation EditPost($id: ID!, $body: String!) {\n  editPost(id: $id, body: $body) {\n    ...PostItem\n  }\n}": types.EditPostDocument,
    "mutation Flag($targetId: ID!, $reason: FlagReason!, $note: String) {\n  flag(targetId: $targetId, reason: $reason, note: $note)\n}": types.FlagDocument,
    "mutation MarkThreadRead($threadId: ID!) {\n  markThreadRead(threadId: $threadId) {\n    id\n    unreadCount\n  }\n}": types.MarkThreadReadDocument,
    "mutation MoveThread($id: ID!, $categoryId: ID!) {\n  moveThread(id: $id, categoryId: $categoryId) {\n    ...ThreadSummary\n  }\n}": types.MoveThreadDocument,
    "subscription PostAdded($threadId: ID!) {\n  postAdded(threadId: $threadId) {\n    ...PostItem\n  }\n}": types.PostAddedDocument,
    "fragment PostItem on Post {\n  id\n  body\n  createdAt\n  edited\n  editedAt\n  hidden\n  hiddenReason\n  removed\n  author {\n    id\n    displayName\n  }\n  parent {\n    id\n    body\n    removed\n    author {\n      id\n      displayName\n    }\n  }\n  reactions {\n    reaction\n    count\n    viewerReacted\n  }\n}": types.PostItemFragmentDoc,
    "query Posts($threadId: ID!, $first: Int!, $after: String) {\n  posts(threadId: $threadId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PostItem\n      }\n    }\n  }\n}": types.PostsDocument,
    "mutation React($postId: ID!, $reaction: Reaction!) {\n  react(postId: $postId, reaction: $reaction) {\n    id\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n  }\n}": types.ReactDocument,
    "mutation Reply($threadId: ID!, $body: String!, $parentId: ID) {\n  reply(threadId: $threadId, body: $body, parentId: $parentId) {\n    ...PostItem\n  }\n}": types.ReplyDocument,
    "mutation SetThreadLocked($id: ID!, $locked: Boolean!) {\n  setThreadLocked(id: $id, locked: $locked) {\n    ...ThreadSummary\n  }\n}": types.SetThreadLockedDocument,
    "mutation SetThreadPinned($id: ID!, $pinned: Boolean!) {\n  setThreadPinned(id: $id, pinned: $pinned) {\n    ...ThreadSummary\n  }\n}": types.SetThreadPinnedDocument,
    "mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    ...PostItem\n    thread {\n      id\n    }\n  }\n}": types.StartThreadDocument,
    "mutation SuspendUser($userId: ID!, $until: DateTime!, $reason: String!) {\n  suspendUser(userId: $userId, until: $until, reason: $reason) {\n    id\n  }\n}": types.SuspendUserDocument,
    "fragment ThreadSummary on Thread {\n  id\n  title\n  kind\n  pinned\n  locked\n  tags\n  replyCount\n  unreadCount\n  lastActivityAt\n  createdAt\n  author {\n    id\n    displayName\n  }\n  category {\n    id\n    slug\n    name\n  }\n  practice {\n    id\n    slug\n    title\n  }\n  misusePattern {\n    id\n    slug\n    title\n  }\n}": types.ThreadSummaryFragmentDoc,
    "query Thread($id: ID!) {\n  thread(id: $id) {\n    ...ThreadSummary\n    participantCount\n    acceptedAnswer {\n      id\n    }\n  }\n}": types.ThreadDocument,
    "query Threads($categoryId: ID, $practiceId: ID, $first: Int!, $after: String) {\n  threads(\n    categoryId: $categoryId\n    practiceId: $practiceId\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ThreadSummary\n      }\n    }\n  }\n}": types.ThreadsDocument,
    "mutation Unreact($postId: ID!, $reaction: Reaction!) {\n  unreact(postId: $postId, reaction: $reaction) {\n    id\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n  }\n}": types.UnreactDocument,
    "mutation Watch($targetId: ID!, $level: WatchLevel!) {\n  watch(targetId: $targetId, level: $level)\n}": types.WatchDocument,
    "mutation AddEventSession($eventId: ID!, $input: EventSessionInput!) {\n  addEventSession(eventId: $eventId, input: $input) {\n    id\n    event {\n      id\n      sessions {\n        ...EventSessionDetails\n      }\n    }\n  }\n}": types.AddEventSessionDocument,
    "fragment CollectionCard on Collection {\n  id\n  slug\n  title\n  introduction\n  itemCount\n  updatedAt\n  curator {\n    id\n    displayName\n  }\n}": types.CollectionCardFragmentDoc,
    "fragment CollectionDetails on Collection {\n  ...CollectionCard\n  viewerCanEdit\n  items(first: 100) {\n    totalCount\n    nodes {\n      position\n      note\n      item {\n        ...LibraryItemCard\n      }\n    }\n  }\n}": types.CollectionDetailsFragmentDoc,
    "query CollectionPage($slug: String!) {\n  collection(slug: $slug) {\n    ...CollectionDetails\n  }\n}": types.CollectionPageDocument,
    "query Collections($first: Int!, $after: String) {\n  collections(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CollectionCard\n      }\n    }\n  }\n}": types.CollectionsDocument,
    "mutation CreateCollection($input: CollectionInput!) {\n  createCollection(input: $input) {\n    ...CollectionDetails\n  }\n}": types.CreateCollectionDocument,
    "mutation CreateEvent($input: EventInput!) {\n  createEvent(input: $input) {\n    ...EventDetails\n  }\n}": types.CreateEventDocument,
    "mutation DeleteCollection($id: ID!) {\n  deleteCollection(id: $id)\n}": types.DeleteCollectionDocument,
    "mutation DeleteEvent($id: ID!) {\n  deleteEvent(id: $id)\n}": types.DeleteEventDocument,
    "fragment EventCard on Event {\n  id\n  slug\n  name\n  location\n  startsOn\n  endsOn\n  presentationCount\n}": types.EventCardFragmentDoc,
    "fragment EventDetails on Event {\n  ...EventCard\n  description\n  url\n  viewerCanEdit\n  themes {\n    title\n    description\n  }\n  sessions {\n    ...EventSessionDetails\n  }\n}": types.EventDetailsFragmentDoc,
    "query EventPage($slug: String!) {\n  event(slug: $slug) {\n    ...EventDetails\n  }\n}": types.EventPageDocument,
    "query EventSessionChoices {\n  events(first: 50) {\n    edges {\n      node {\n        id\n        name\n        startsOn\n        sessions {\n          id\n          title\n          theme\n        }\n      }\n    }\n  }\n}": types.EventSessionChoicesDocument,
    "fragment EventSessionDetails on EventSession {\n  id\n  title\n  description\n  theme\n  startsAt\n  position\n  presentations {\n    id\n    viewerCanRemove\n    item {\n      ...LibraryItemCard\n    }\n  }\n}": types.EventSessionDetailsFragmentDoc,
    "query Events($first: Int!, $after: String) {\n  events(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...EventCard\n      }\n    }\n  }\n}": types.EventsDocument,
    "fragment LibraryItemCard on LibraryItem {\n  __typename\n  ... on Practice {\n    id\n    slug\n    title\n    summary\n    organization {\n      id\n      name\n    }\n  }\n  ... on MisusePattern {\n    id\n    slug\n    title\n    summary\n    trend\n    organization {\n      id\n      name\n    }\n  }\n}": types.LibraryItemCardFragmentDoc,
    "query LibraryItemSearch($query: String!) {\n  practices(first: 6, filter: {query: $query}) {\n    nodes {\n      ...LibraryItemCard\n    }\n  }\n  misusePatterns(first: 6, filter: {query: $query}) {\n    nodes {\n      ...LibraryItemCard\n    }\n  }\n}": types.LibraryItemSearchDocument,
    "mutation MarkPresented($sessionId: ID!, $itemId: ID!) {\n  markPresented(sessionId: $sessionId, itemId: $itemId) {\n    id\n  }\n}": types.MarkPresentedDocument,
    "query PresentedAt($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Practice {\n      viewerCanEdit\n      presentations {\n        ...PresentationPlace\n      }\n    }\n    ... on MisusePattern {\n      viewerCanEdit\n      presentations {\n        ...PresentationPlace\n      }\n    }\n  }\n}\n\nfragment PresentationPlace on EventPresentation {\n  id\n  viewerCanRemove\n  session {\n    id\n    title\n    event {\n      id\n      slug\n      name\n      startsOn\n    }\n  }\n}": types.PresentedAtDocument,
    "mutation RemoveEventSession($id: ID!) {\n  removeEventSession(id: $id)\n}": types.RemoveEventSessionDocument,
    "mutation SetCollectionItems($id: ID!, $items: [CollectionItemInput!]!) {\n  setCollectionItems(id: $id, items: $items) {\n    ...CollectionDetails\n  }\n}": types.SetCollectionItemsDocument,
    "mutation UnmarkPresented($id: ID!) {\n  unmarkPresented(id: $id)\n}": types.UnmarkPresentedDocument,
    "mutation UpdateCollection($id: ID!, $input: CollectionInput!) {\n  updateCollection(id: $id, input: $input) {\n    ...CollectionDetails\n  }\n}": types.UpdateCollectionDocument,
    "mutation UpdateEventSession($id: ID!, $input: EventSessionInput!) {\n  updateEventSession(id: $id, input: $input) {\n    id\n    event {\n      id\n      sessions {\n        ...EventSessionDetails\n      }\n    }\n  }\n}": types.UpdateEventSessionDocument,
    "mutation UpdateEvent($id: ID!, $input: EventInput!) {\n  updateEvent(id: $id, input: $input) {\n    ...EventDetails\n  }\n}": types.UpdateEventDocument,
    "query PlatformStats {\n  platformStats {\n    organizationCount\n    countryCount\n    organizationsByStakeholderType {\n      stakeholderType\n      count\n    }\n  }\n}": types.PlatformStatsDocument,
    "query GapSummary($first: Int!) {\n  gapMatrix {\n    patternCount\n    uncounteredPatternCount\n    cells {\n      stage\n      technology\n      patternCount\n      countermeasureCount\n    }\n  }\n  misusePatterns(first: $first, filter: {maxCountermeasures: 0}, orderBy: NEWEST) {\n    totalCount\n    nodes {\n      id\n      slug\n      title\n    }\n  }\n}": types.GapSummaryDocument,
    "query MisusePatternStats {\n  misusePatternStats {\n    total\n    countermeasureCount\n    uncounteredCount\n    byStage {\n      value\n      count\n    }\n    byTechnology {\n      value\n      count\n    }\n    byTrend {\n      value\n      count\n    }\n  }\n}": types.MisusePatternStatsDocument,
    "mutation ArchiveMisusePattern($id: ID!) {\n  archiveMisusePattern(id: $id) {\n    ...MisusePatternDetails\n  }\n}": types.ArchiveMisusePatternDocument,
    "fragment CountermeasureItem on Countermeasure {\n  id\n  approach\n  note\n  viewerCanEdit\n  createdAt\n  updatedAt\n  practice {\n    id\n    slug\n    title\n    summary\n    organization {\n      id\n      slug\n      name\n      verified\n    }\n  }\n  pattern {\n    id\n    slug\n    title\n    stages\n    technologies\n    trend\n  }\n}": types.CountermeasureItemFragmentDoc,
    "mutation CreateMisusePattern($organizationId: ID!, $input: MisusePatternInput!) {\n  createMisusePattern(organizationId: $organizationId, input: $input) {\n    ...MisusePatternDetails\n  }\n}": types.CreateMisusePatternDocument,
    "mutation DeleteMisusePattern($id: ID!) {\n  deleteMisusePattern(id: $id)\n}": types.DeleteMisusePatternDocument,
    "mutation FollowMisusePattern($id: ID!) {\n  followMisusePattern(id: $id) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}": types.FollowMisusePatternDocument,
    "query GapMatrix($regions: [Region!]) {\n  gapMatrix(regions: $regions) {\n    stages\n    technologies\n    patternCount\n    countermeasureCount\n    uncounteredPatternCount\n    cells {\n      stage\n      technology\n      patternCount\n      countermeasureCount\n      practiceCount\n    }\n  }\n}": types.GapMatrixDocument,
    "mutation LinkCountermeasure($practiceId: ID!, $patternId: ID!, $input: CountermeasureInput!) {\n  linkCountermeasure(\n    practiceId: $practiceId\n    patternId: $patternId\n    input: $input\n  ) {\n    ...CountermeasureItem\n  }\n}": types.LinkCountermeasureDocument,
    "fragment MisusePatternCard on MisusePattern {\n  id\n  slug\n  title\n  summary\n  state\n  visibility\n  visibleTo\n  stages\n  technologies\n  trend\n  countermeasureCount\n  publishedAt\n  updatedAt\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}": types.MisusePatternCardFragmentDoc,
    "query MisusePatternCommunity($slug: String!) {\n  misusePattern(slug: $slug) {\n    id\n    viewerIsFollowing\n    followerCount\n    discussion {\n      id\n      kind\n      locked\n      author {\n        id\n      }\n      acceptedAnswer {\n        id\n      }\n    }\n    relatedThreads(first: 20) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n}": types.MisusePatternCommunityDocument,
    "fragment MisusePatternDetails on MisusePattern {\n  ...MisusePatternCard\n  description\n  formsOfExploitation\n  indicators\n  regions\n  sources {\n    label\n    url\n  }\n  moderationNote\n  viewerCanEdit\n  createdAt\n}": types.MisusePatternDetailsFragmentDoc,
    "query MisusePatternFacetCounts {\n  misusePatternStats {\n    total\n    byStage {\n      value\n      count\n    }\n    byTechnology {\n      value\n      count\n    }\n    byFormOfExploitation {\n      value\n      count\n    }\n    byTrend {\n      value\n      count\n    }\n  }\n}": types.MisusePatternFacetCountsDocument,
    "query MisusePatternOptions($filter: MisusePatternFilter) {\n  misusePatterns(first: 10, filter: $filter, orderBy: TITLE) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        slug\n        title\n        stages\n        technologies\n      }\n    }\n  }\n}": types.MisusePatternOptionsDocument,
    "query MisusePatternPage($slug: String!) {\n  misusePattern(slug: $slug) {\n    ...MisusePatternDetails\n    countermeasures(first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CountermeasureItem\n        }\n      }\n    }\n  }\n}": types.MisusePatternPageDocument,
    "query MisusePatterns($first: Int!, $after: String, $filter: MisusePatternFilter, $orderBy: MisusePatternOrder) {\n  misusePatterns(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...MisusePatternCard\n      }\n    }\n  }\n}": types.MisusePatternsDocument,
    "query PracticeCountermeasures($slug: String!) {\n  practice(slug: $slug) {\n    id\n    viewerCanEdit\n    countermeasures(first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CountermeasureItem\n        }\n      }\n    }\n  }\n}": types.PracticeCountermeasuresDocument,
    "mutation PublishMisusePattern($id: ID!) {\n  publishMisusePattern(id: $id) {\n    ...MisusePatternDetails\n  }\n}": types.PublishMisusePatternDocument,
    "mutation UnfollowMisusePattern($id: ID!) {\n  unfollowMisusePattern(id: $id) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}": types.UnfollowMisusePatternDocument,
    "mutation UnlinkCountermeasure($id: ID!) {\n  unlinkCountermeasure(id: $id)\n}": types.UnlinkCountermeasureDocument,
    "mutation UnpublishMisusePattern($id: ID!, $reason: String!) {\n  unpublishMisusePattern(id: $id, reason: $reason) {\n    ...MisusePatternDetails\n  }\n}": types.UnpublishMisusePatternDocument,
    "mutation UpdateCountermeasure($id: ID!, $input: CountermeasureInput!) {\n  updateCountermeasure(id: $id, input: $input) {\n    ...CountermeasureItem\n  }\n}": types.UpdateCountermeasureDocument,
    "mutation UpdateMisusePattern($id: ID!, $input: MisusePatternInput!) {\n  updateMisusePattern(id: $id, input: $input) {\n    ...MisusePatternDetails\n  }\n}": types.UpdateMisusePatternDocument,
    "mutation DismissFlags($targetId: ID!) {\n  dismissFlags(targetId: $targetId)\n}": types.DismissFlagsDocument,
    "mutation HidePost($id: ID!, $reason: String!) {\n  hidePost(id: $id, reason: $reason) {\n    id\n    hidden\n    hiddenReason\n  }\n}": types.HidePostDocument,
    "query ModerationQueue {\n  moderationQueue {\n    targetId\n    targetType\n    flagCount\n    reasons\n    notes\n    firstFlaggedAt\n    misusePattern {\n      id\n      slug\n      title\n      state\n    }\n    practice {\n      id\n      slug\n      title\n    }\n    thread {\n      id\n      title\n    }\n    post {\n      id\n      body\n      removed\n      hidden\n    }\n  }\n}": types.ModerationQueueDocument,
    "query OpenFlagCount {\n  openFlagCount\n}": types.OpenFlagCountDocument,
    "mutation RestorePost($id: ID!, $reason: String!) {\n  restorePost(id: $id, reason: $reason) {\n    id\n    hidden\n    hiddenReason\n  }\n}": types.RestorePostDocument,
    "mutation UnpublishFlaggedPattern($id: ID!, $reason: String!) {\n  unpublishMisusePattern(id: $id, reason: $reason) {\n    id\n    state\n    moderationNote\n  }\n}": types.UnpublishFlaggedPatternDocument,
    "query EmailNotifications {\n  viewer {\n    id\n    emailNotifications\n  }\n}": types.EmailNotificationsDocument,
    "mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}": types.MarkNotificationsReadDocument,
    "subscription NotificationAdded {\n  notificationAdded {\n    ...NotificationItem\n  }\n}": types.NotificationAddedDocument,
    "fragment NotificationItem on Notification {\n  id\n  kind\n  read\n  createdAt\n  actor {\n    id\n    displayName\n  }\n  thread {\n    id\n    title\n    category {\n      id\n    }\n  }\n  post {\n    id\n  }\n  practice {\n    id\n    slug\n    title\n  }\n  misusePattern {\n    id\n    slug\n    title\n  }\n  organization {\n    id\n    slug\n    name\n  }\n}": types.NotificationItemFragmentDoc,
    "query Notifications($first: Int!, $after: String, $unreadOnly: Boolean! = false) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n  }\n}": types.NotificationsDocument,
    "query UnreadNotificationCount {\n  unreadNotificationCount\n}": types.UnreadNotificationCountDocument,
    "mutation UpdateNotificationPreferences($email: EmailNotifications!) {\n  updateNotificationPreferences(email: $email)\n}": types.UpdateNotificationPreferencesDocument,
    "mutation AcceptInvitation($token: String!) {\n  acceptInvitation(token: $token) {\n    role\n    organization {\n      id\n      slug\n      name\n    }\n  }\n}": types.AcceptInvitationDocument,
    "mutation ApproveJoinRequest($id: ID!, $role: MembershipRole) {\n  approveJoinRequest(id: $id, role: $role) {\n    id\n    status\n    decidedAt\n  }\n}": types.ApproveJoinRequestDocument,
    "mutation ChangeMemberRole($organizationId: ID!, $userId: ID!, $role: MembershipRole!) {\n  changeMemberRole(organizationId: $organizationId, userId: $userId, role: $role) {\n    role\n  }\n}": types.ChangeMemberRoleDocument,
    "mutation CreateOrganization($input: OrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationDetails\n    viewerRole\n  }\n}": types.CreateOrganizationDocument,
    "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    role\n    status\n    organization {\n      id\n      slug\n      name\n      verified\n    }\n  }\n}": types.InvitationPreviewDocument,
    "mutation InviteMember($organizationId: ID!, $email: String!, $role: MembershipRole!) {\n  inviteMember(organizationId: $organizationId, email: $email, role: $role) {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n  }\n}": types.InviteMemberDocument,
    "fragment OrganizationCard on Organization {\n  id\n  slug\n  name\n  stakeholderType\n  country\n  countryName\n  verified\n  memberCount\n}": types.OrganizationCardFragmentDoc,
    "fragment OrganizationDetails on Organization {\n  ...OrganizationCard\n  description\n  website\n  verifiedAt\n  createdAt\n}": types.OrganizationDetailsFragmentDoc,
    "query OrganizationPage($slug: String!) {\n  organization(slug: $slug) {\n    ...OrganizationDetails\n    viewerRole\n    viewerJoinRequest {\n      id\n      status\n      createdAt\n    }\n    members(first: 100) {\n      totalCount\n      nodes {\n        role\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      status\n      createdAt\n      expiresAt\n    }\n    joinRequests {\n      id\n      message\n      status\n      createdAt\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n}": types.OrganizationPageDocument,
    "query Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n  organizations(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganizationCard\n      }\n    }\n  }\n}": types.OrganizationsDocument,
    "mutation RejectJoinRequest($id: ID!) {\n  rejectJoinRequest(id: $id) {\n    id\n    status\n    decidedAt\n  }\n}": types.RejectJoinRequestDocument,
    "mutation RemoveMember($organizationId: ID!, $userId: ID!) {\n  removeMember(organizationId: $organizationId, userId: $userId)\n}": types.RemoveMemberDocument,
    "mutation RequestToJoinOrganization($organizationId: ID!, $message: String) {\n  requestToJoinOrganization(organizationId: $organizationId, message: $message) {\n    id\n    status\n    createdAt\n  }\n}": types.RequestToJoinOrganizationDocument,
    "mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    id\n    status\n  }\n}": types.RevokeInvitationDocument,
    "mutation UnverifyOrganization($id: ID!) {\n  unverifyOrganization(id: $id) {\n    id\n    verified\n    verifiedAt\n  }\n}": types.UnverifyOrganizationDocument,
    "mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n  updateOrganization(id: $id, input: $input) {\n    ...OrganizationDetails\n  }\n}": types.UpdateOrganizationDocument,
    "mutation VerifyOrganization($id: ID!) {\n  verifyOrganization(id: $id) {\n    id\n    verified\n    verifiedAt\n  }\n}": types.VerifyOrganizationDocument,
    "query PlatformInfo {\n  platformInfo {\n    demoMode\n  }\n}": types.PlatformInfoDocument,
    "mutation ArchivePractice($id: ID!) {\n  archivePractice(id: $id) {\n    ...PracticeDetails\n  }\n}": types.ArchivePracticeDocument,
    "mutation BookmarkPractice($id: ID!) {\n  bookmarkPractice(id: $id) {\n    id\n    viewerHasBookmarked\n    bookmarkCount\n  }\n}": types.BookmarkPracticeDocument,
    "mutation CreatePractice($organizationId: ID!, $input: PracticeInput!) {\n  createPractice(organizationId: $organizationId, input: $input) {\n    ...PracticeDetails\n  }\n}": types.CreatePracticeDocument,
    "mutation DeletePractice($id: ID!) {\n  deletePractice(id: $id)\n}": types.DeletePracticeDocument,
    "mutation EndorsePractice($id: ID!, $organizationId: ID!, $kind: EndorsementKind!, $comment: String) {\n  endorsePractice(\n    id: $id\n    organizationId: $organizationId\n    kind: $kind\n    comment: $comment\n  ) {\n    id\n    endorsementCount\n    endorsements {\n      ...EndorsementItem\n    }\n  }\n}": types.EndorsePracticeDocument,
    "fragment EndorsementItem on Endorsement {\n  kind\n  comment\n  createdAt\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}": types.EndorsementItemFragmentDoc,
    "fragment PracticeCard on Practice {\n  id\n  slug\n  title\n  summary\n  state\n  status\n  visibility\n  focusAreas\n  countries\n  global\n  endorsementCount\n  viewerHasBookmarked\n  publishedAt\n  updatedAt\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}": types.PracticeCardFragmentDoc,
    "fragment PracticeDetails on Practice {\n  ...PracticeCard\n  body\n  contact\n  moderationNote\n  purposes\n  formsOfExploitation\n  technologies\n  targetUsers\n  sectors\n  regions\n  languages\n  yearStarted\n  yearEnded\n  evidenceLevel\n  survivorInvolvement\n  sdg87\n  iloIndicators\n  visibleTo\n  links {\n    label\n    url\n  }\n  partners {\n    id\n    slug\n    name\n    verified\n  }\n  contributors {\n    id\n    displayName\n  }\n  endorsements {\n    ...EndorsementItem\n  }\n  bookmarkCount\n  viewCount\n  viewerCanEdit\n  createdAt\n}": types.PracticeDetailsFragmentDoc,
    "query PracticePage($slug: String!) {\n  practice(slug: $slug) {\n    ...PracticeDetails\n  }\n}": types.PracticePageDocument,
    "query PracticeRevisions($slug: String!) {\n  practice(slug: $slug) {\n    id\n    revisions {\n      id\n      number\n      createdAt\n      changedFields\n      snapshot\n      author {\n        id\n        displayName\n      }\n    }\n  }\n}": types.PracticeRevisionsDocument,
    "query PracticeStats {\n  practiceStats {\n    total\n    byFocusArea {\n      value\n      count\n    }\n    byTechnology {\n      value\n      count\n    }\n    byFormOfExploitation {\n      value\n      count\n    }\n    byStakeholderType {\n      value\n      count\n    }\n    byCountry {\n      value\n      count\n    }\n    byStatus {\n      value\n      count\n    }\n  }\n}": types.PracticeStatsDocument,
    "query Practices($first: Int!, $after: String, $filter: PracticeFilter, $orderBy: PracticeOrder) {\n  practices(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PracticeCard\n      }\n    }\n  }\n}": types.PracticesDocument,
    "mutation PublishPractice($id: ID!) {\n  publishPractice(id: $id) {\n    ...PracticeDetails\n  }\n}": types.PublishPracticeDocument,
    "mutation RevertPracticeToDraft($id: ID!) {\n  revertPracticeToDraft(id: $id) {\n    ...PracticeDetails\n  }\n}": types.RevertPracticeToDraftDocument,
    "query SimilarPractices($title: String!, $summary: String, $excludeId: ID) {\n  similarPractices(title: $title, summary: $summary, excludeId: $excludeId) {\n    id\n    slug\n    title\n    organization {\n      id\n      name\n    }\n  }\n}": types.SimilarPracticesDocument,
    "mutation UnbookmarkPractice($id: ID!) {\n  unbookmarkPractice(id: $id) {\n    id\n    viewerHasBookmarked\n    bookmarkCount\n  }\n}": types.UnbookmarkPracticeDocument,
    "mutation UnpublishPractice($id: ID!, $reason: String!) {\n  unpublishPractice(id: $id, reason: $reason) {\n    ...PracticeDetails\n  }\n}": types.UnpublishPracticeDocument,
    "mutation UpdatePractice($id: ID!, $input: PracticeInput!) {\n  updatePractice(id: $id, input: $input) {\n    ...PracticeDetails\n  }\n}": types.UpdatePracticeDocument,
    "query ViewerMemberships {\n  viewer {\n    id\n    memberships {\n      role\n      createdAt\n      organization {\n        id\n        slug\n        name\n        verified\n      }\n    }\n  }\n}": types.ViewerMembershipsDocument,
    "mutation WithdrawEndorsement($id: ID!, $organizationId: ID!) {\n  withdrawEndorsement(id: $id, organizationId: $organizationId) {\n    id\n    endorsementCount\n    endorsements {\n      ...EndorsementItem\n    }\n  }\n}": types.WithdrawEndorsementDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": types.ChangePasswordDocument,
    "mutation LeaveOrganization($organizationId: ID!) {\n  leaveOrganization(organizationId: $organizationId)\n}": types.LeaveOrganizationDocument,
    "query Profile {\n  viewer {\n    ...ViewerSummary\n    createdAt\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      ip\n      userAgent\n    }\n    memberships {\n      role\n      createdAt\n      organization {\n        id\n        slug\n        name\n        verified\n      }\n    }\n  }\n}": types.ProfileDocument,
    "mutation RevokeOtherSessions {\n  revokeOtherSessions\n}": types.RevokeOtherSessionsDocument,
    "mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}": types.RevokeSessionDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...ViewerSummary\n  }\n}": types.UpdateProfileDocument,
    "query Search($query: String!, $filter: SearchFilter, $facets: [SearchFacet!], $first: Int, $after: String, $sort: SearchSort) {\n  search(\n    query: $query\n    filter: $filter\n    facets: $facets\n    first: $first\n    after: $after\n    sort: $sort\n  ) {\n    totalCount\n    exhaustive\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facetDistribution {\n      facet\n      values {\n        value\n        label\n        count\n      }\n    }\n    edges {\n      cursor\n      node {\n        __typename\n        id\n        kind\n        title\n        highlightedTitle\n        snippet\n        ... on PracticeSearchHit {\n          practice {\n            id\n            slug\n            organization {\n              id\n              name\n            }\n          }\n        }\n        ... on ThreadSearchHit {\n          thread {\n            ...SearchHitThread\n          }\n        }\n        ... on PostSearchHit {\n          post {\n            id\n          }\n          thread {\n            ...SearchHitThread\n          }\n        }\n        ... on OrganizationSearchHit {\n          organization {\n            id\n            slug\n          }\n        }\n        ... on MisusePatternSearchHit {\n          misusePattern {\n            id\n            slug\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment SearchHitThread on Thread {\n  id\n  category {\n    id\n    name\n  }\n  practice {\n    id\n    title\n  }\n}": types.SearchDocument,
    "mutation CreateWebhook($organizationId: ID!, $input: WebhookInput!) {\n  createWebhook(organizationId: $organizationId, input: $input) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}": types.CreateWebhookDocument,
    "mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}": types.DeleteWebhookDocument,
    "mutation EnableWebhook($id: ID!) {\n  enableWebhook(id: $id) {\n    ...WebhookFields\n  }\n}": types.EnableWebhookDocument,
    "query OrganizationWebhooks($slug: String!) {\n  organization(slug: $slug) {\n    id\n    webhooks {\n      ...WebhookFields\n    }\n  }\n}": types.OrganizationWebhooksDocument,
    "mutation RotateWebhookSecret($id: ID!) {\n  rotateWebhookSecret(id: $id) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}": types.RotateWebhookSecretDocument,
    "mutation SendTestWebhook($id: ID!) {\n  sendTestWebhook(id: $id) {\n    ...WebhookDeliveryFields\n  }\n}": types.SendTestWebhookDocument,
    "mutation UpdateWebhook($id: ID!, $input: WebhookInput!) {\n  updateWebhook(id: $id, input: $input) {\n    ...WebhookFields\n  }\n}": types.UpdateWebhookDocument,
    "query WebhookDeliveries($id: ID!, $first: Int!, $after: String) {\n  node(id: $id) {\n    id\n    ... on Webhook {\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...WebhookDeliveryFields\n          }\n        }\n      }\n    }\n  }\n}": types.WebhookDeliveriesDocument,
    "fragment WebhookDeliveryFields on WebhookDelivery {\n  id\n  event\n  status\n  attempts\n  responseStatus\n  responseTimeMs\n  error\n  payload\n  createdAt\n  lastAttemptAt\n  nextAttemptAt\n  deliveredAt\n}": types.WebhookDeliveryFieldsFragmentDoc,
    "fragment WebhookFields on Webhook {\n  id\n  url\n  events\n  description\n  active\n  disabledReason\n  consecutiveFailures\n  createdAt\n  updatedAt\n}": types.WebhookFieldsFragmentDoc,
    "query PartnerMisusePatterns($first: Int!, $after: String, $filter: MisusePatternFilter) {\n  misusePatterns(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      title\n      summary\n      stages\n      technologies\n      formsOfExploitation\n      indicators\n      regions\n      trend\n      publishedAt\n      organization {\n        name\n        stakeholderType\n      }\n      countermeasureCount\n      countermeasures(first: 20) {\n        totalCount\n        nodes {\n          approach\n          note\n          practice {\n            slug\n            title\n            organization {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.PartnerMisusePatternsDocument,
    "query PartnerPractices($first: Int!, $after: String, $filter: PracticeFilter) {\n  practices(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      title\n      summary\n      focusAreas\n      purposes\n      technologies\n      formsOfExploitation\n      countries\n      regions\n      status\n      yearStarted\n      publishedAt\n      organization {\n        name\n        country\n        stakeholderType\n      }\n    }\n  }\n}": types.PartnerPracticesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEvents($first: Int!, $after: String, $action: String) {\n  auditEvents(first: $first, after: $after, action: $action) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        action\n        createdAt\n        ip\n        subjectType\n        subjectId\n        details\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query AuditEvents($first: Int!, $after: String, $action: String) {\n  auditEvents(first: $first, after: $after, action: $action) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        action\n        createdAt\n        ip\n        subjectType\n        subjectId\n        details\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingOrganizations($first: Int!, $after: String) {\n  organizations(first: $first, after: $after, filter: {verified: false}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganizationCard\n        website\n        createdAt\n        identityChange {\n          changedAt\n          changedBy {\n            id\n            displayName\n          }\n          changes {\n            field\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PendingOrganizations($first: Int!, $after: String) {\n  organizations(first: $first, after: $after, filter: {verified: false}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganizationCard\n        website\n        createdAt\n        identityChange {\n          changedAt\n          changedBy {\n            id\n            displayName\n          }\n          changes {\n            field\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPlatformRole($userId: ID!, $role: PlatformRole!) {\n  setPlatformRole(userId: $userId, role: $role) {\n    id\n    platformRole\n  }\n}"): (typeof documents)["mutation SetPlatformRole($userId: ID!, $role: PlatformRole!) {\n  setPlatformRole(userId: $userId, role: $role) {\n    id\n    platformRole\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($first: Int!, $after: String, $query: String) {\n  users(first: $first, after: $after, query: $query) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        email\n        platformRole\n        createdAt\n      }\n    }\n  }\n}"): (typeof documents)["query Users($first: Int!, $after: String, $query: String) {\n  users(first: $first, after: $after, query: $query) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        email\n        platformRole\n        createdAt\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokens {\n  viewer {\n    id\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      expired\n    }\n  }\n}"): (typeof documents)["query ApiTokens {\n  viewer {\n    id\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      expired\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      expired\n    }\n  }\n}"): (typeof documents)["mutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      expired\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id)\n}"): (typeof documents)["mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"): (typeof documents)["mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendVerificationEmail {\n  resendVerificationEmail\n}"): (typeof documents)["mutation ResendVerificationEmail {\n  resendVerificationEmail\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}"): (typeof documents)["mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerSummary\n  }\n}"): (typeof documents)["mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOut {\n  signOut\n}"): (typeof documents)["mutation SignOut {\n  signOut\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...ViewerSummary\n  }\n}"): (typeof documents)["mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...ViewerSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token)\n}"): (typeof documents)["mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerSummary on Viewer {\n  id\n  email\n  displayName\n  emailVerified\n  platformRole\n}"): (typeof documents)["fragment ViewerSummary on Viewer {\n  id\n  email\n  displayName\n  emailVerified\n  platformRole\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    ...ViewerSummary\n  }\n}"): (typeof documents)["query Viewer {\n  viewer {\n    ...ViewerSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptAnswer($threadId: ID!, $postId: ID) {\n  acceptAnswer(threadId: $threadId, postId: $postId) {\n    id\n    acceptedAnswer {\n      id\n    }\n  }\n}"): (typeof documents)["mutation AcceptAnswer($threadId: ID!, $postId: ID) {\n  acceptAnswer(threadId: $threadId, postId: $postId) {\n    id\n    acceptedAnswer {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Categories {\n  categories {\n    id\n    slug\n    name\n    description\n    membersOnly\n  }\n}"): (typeof documents)["query Categories {\n  categories {\n    id\n    slug\n    name\n    description\n    membersOnly\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletePost($id: ID!) {\n  deletePost(id: $id) {\n    ...PostItem\n  }\n}"): (typeof documents)["mutation DeletePost($id: ID!) {\n  deletePost(id: $id) {\n    ...PostItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditPost($id: ID!, $body: String!) {\n  editPost(id: $id, body: $body) {\n    ...PostItem\n  }\n}"): (typeof documents)["mutation EditPost($id: ID!, $body: String!) {\n  editPost(id: $id, body: $body) {\n    ...PostItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Flag($targetId: ID!, $reason: FlagReason!, $note: String) {\n  flag(targetId: $targetId, reason: $reason, note: $note)\n}"): (typeof documents)["mutation Flag($targetId: ID!, $reason: FlagReason!, $note: String) {\n  flag(targetId: $targetId, reason: $reason, note: $note)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkThreadRead($threadId: ID!) {\n  markThreadRead(threadId: $threadId) {\n    id\n    unreadCount\n  }\n}"): (typeof documents)["mutation MarkThreadRead($threadId: ID!) {\n  markThreadRead(threadId: $threadId) {\n    id\n    unreadCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveThread($id: ID!, $categoryId: ID!) {\n  moveThread(id: $id, categoryId: $categoryId) {\n    ...ThreadSummary\n  }\n}"): (typeof documents)["mutation MoveThread($id: ID!, $categoryId: ID!) {\n  moveThread(id: $id, categoryId: $categoryId) {\n    ...ThreadSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PostAdded($threadId: ID!) {\n  postAdded(threadId: $threadId) {\n    ...PostItem\n  }\n}"): (typeof documents)["subscription PostAdded($threadId: ID!) {\n  postAdded(threadId: $threadId) {\n    ...PostItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PostItem on Post {\n  id\n  body\n  createdAt\n  edited\n  editedAt\n  hidden\n  hiddenReason\n  removed\n  author {\n    id\n    displayName\n  }\n  parent {\n    id\n    body\n    removed\n    author {\n      id\n      displayName\n    }\n  }\n  reactions {\n    reaction\n    count\n    viewerReacted\n  }\n}"): (typeof documents)["fragment PostItem on Post {\n  id\n  body\n  createdAt\n  edited\n  editedAt\n  hidden\n  hiddenReason\n  removed\n  author {\n    id\n    displayName\n  }\n  parent {\n    id\n    body\n    removed\n    author {\n      id\n      displayName\n    }\n  }\n  reactions {\n    reaction\n    count\n    viewerReacted\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Posts($threadId: ID!, $first: Int!, $after: String) {\n  posts(threadId: $threadId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PostItem\n      }\n    }\n  }\n}"): (typeof documents)["query Posts($threadId: ID!, $first: Int!, $after: String) {\n  posts(threadId: $threadId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PostItem\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation React($postId: ID!, $reaction: Reaction!) {\n  react(postId: $postId, reaction: $reaction) {\n    id\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n  }\n}"): (typeof documents)["mutation React($postId: ID!, $reaction: Reaction!) {\n  react(postId: $postId, reaction: $reaction) {\n    id\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reply($threadId: ID!, $body: String!, $parentId: ID) {\n  reply(threadId: $threadId, body: $body, parentId: $parentId) {\n    ...PostItem\n  }\n}"): (typeof documents)["mutation Reply($threadId: ID!, $body: String!, $parentId: ID) {\n  reply(threadId: $threadId, body: $body, parentId: $parentId) {\n    ...PostItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetThreadLocked($id: ID!, $locked: Boolean!) {\n  setThreadLocked(id: $id, locked: $locked) {\n    ...ThreadSummary\n  }\n}"): (typeof documents)["mutation SetThreadLocked($id: ID!, $locked: Boolean!) {\n  setThreadLocked(id: $id, locked: $locked) {\n    ...ThreadSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetThreadPinned($id: ID!, $pinned: Boolean!) {\n  setThreadPinned(id: $id, pinned: $pinned) {\n    ...ThreadSummary\n  }\n}"): (typeof documents)["mutation SetThreadPinned($id: ID!, $pinned: Boolean!) {\n  setThreadPinned(id: $id, pinned: $pinned) {\n    ...ThreadSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    ...PostItem\n    thread {\n      id\n    }\n  }\n}"): (typeof documents)["mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    ...PostItem\n    thread {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendUser($userId: ID!, $until: DateTime!, $reason: String!) {\n  suspendUser(userId: $userId, until: $until, reason: $reason) {\n    id\n  }\n}"): (typeof documents)["mutation SuspendUser($userId: ID!, $until: DateTime!, $reason: String!) {\n  suspendUser(userId: $userId, until: $until, reason: $reason) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ThreadSummary on Thread {\n  id\n  title\n  kind\n  pinned\n  locked\n  tags\n  replyCount\n  unreadCount\n  lastActivityAt\n  createdAt\n  author {\n    id\n    displayName\n  }\n  category {\n    id\n    slug\n    name\n  }\n  practice {\n    id\n    slug\n    title\n  }\n  misusePattern {\n    id\n    slug\n    title\n  }\n}"): (typeof documents)["fragment ThreadSummary on Thread {\n  id\n  title\n  kind\n  pinned\n  locked\n  tags\n  replyCount\n  unreadCount\n  lastActivityAt\n  createdAt\n  author {\n    id\n    displayName\n  }\n  category {\n    id\n    slug\n    name\n  }\n  practice {\n    id\n    slug\n    title\n  }\n  misusePattern {\n    id\n    slug\n    title\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Thread($id: ID!) {\n  thread(id: $id) {\n    ...ThreadSummary\n    participantCount\n    acceptedAnswer {\n      id\n    }\n  }\n}"): (typeof documents)["query Thread($id: ID!) {\n  thread(id: $id) {\n    ...ThreadSummary\n    participantCount\n    acceptedAnswer {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Threads($categoryId: ID, $practiceId: ID, $first: Int!, $after: String) {\n  threads(\n    categoryId: $categoryId\n    practiceId: $practiceId\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ThreadSummary\n      }\n    }\n  }\n}"): (typeof documents)["query Threads($categoryId: ID, $practiceId: ID, $first: Int!, $after: String) {\n  threads(\n    categoryId: $categoryId\n    practiceId: $practiceId\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...ThreadSummary\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Unreact($postId: ID!, $reaction: Reaction!) {\n  unreact(postId: $postId, reaction: $reaction) {\n    id\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n  }\n}"): (typeof documents)["mutation Unreact($postId: ID!, $reaction: Reaction!) {\n  unreact(postId: $postId, reaction: $reaction) {\n    id\n    reactions {\n      reaction\n      count\n      viewerReacted\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Watch($targetId: ID!, $level: WatchLevel!) {\n  watch(targetId: $targetId, level: $level)\n}"): (typeof documents)["mutation Watch($targetId: ID!, $level: WatchLevel!) {\n  watch(targetId: $targetId, level: $level)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddEventSession($eventId: ID!, $input: EventSessionInput!) {\n  addEventSession(eventId: $eventId, input: $input) {\n    id\n    event {\n      id\n      sessions {\n        ...EventSessionDetails\n      }\n    }\n  }\n}"): (typeof documents)["mutation AddEventSession($eventId: ID!, $input: EventSessionInput!) {\n  addEventSession(eventId: $eventId, input: $input) {\n    id\n    event {\n      id\n      sessions {\n        ...EventSessionDetails\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CollectionCard on Collection {\n  id\n  slug\n  title\n  introduction\n  itemCount\n  updatedAt\n  curator {\n    id\n    displayName\n  }\n}"): (typeof documents)["fragment CollectionCard on Collection {\n  id\n  slug\n  title\n  introduction\n  itemCount\n  updatedAt\n  curator {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CollectionDetails on Collection {\n  ...CollectionCard\n  viewerCanEdit\n  items(first: 100) {\n    totalCount\n    nodes {\n      position\n      note\n      item {\n        ...LibraryItemCard\n      }\n    }\n  }\n}"): (typeof documents)["fragment CollectionDetails on Collection {\n  ...CollectionCard\n  viewerCanEdit\n  items(first: 100) {\n    totalCount\n    nodes {\n      position\n      note\n      item {\n        ...LibraryItemCard\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollectionPage($slug: String!) {\n  collection(slug: $slug) {\n    ...CollectionDetails\n  }\n}"): (typeof documents)["query CollectionPage($slug: String!) {\n  collection(slug: $slug) {\n    ...CollectionDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Collections($first: Int!, $after: String) {\n  collections(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CollectionCard\n      }\n    }\n  }\n}"): (typeof documents)["query Collections($first: Int!, $after: String) {\n  collections(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CollectionCard\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCollection($input: CollectionInput!) {\n  createCollection(input: $input) {\n    ...CollectionDetails\n  }\n}"): (typeof documents)["mutation CreateCollection($input: CollectionInput!) {\n  createCollection(input: $input) {\n    ...CollectionDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateEvent($input: EventInput!) {\n  createEvent(input: $input) {\n    ...EventDetails\n  }\n}"): (typeof documents)["mutation CreateEvent($input: EventInput!) {\n  createEvent(input: $input) {\n    ...EventDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteCollection($id: ID!) {\n  deleteCollection(id: $id)\n}"): (typeof documents)["mutation DeleteCollection($id: ID!) {\n  deleteCollection(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteEvent($id: ID!) {\n  deleteEvent(id: $id)\n}"): (typeof documents)["mutation DeleteEvent($id: ID!) {\n  deleteEvent(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EventCard on Event {\n  id\n  slug\n  name\n  location\n  startsOn\n  endsOn\n  presentationCount\n}"): (typeof documents)["fragment EventCard on Event {\n  id\n  slug\n  name\n  location\n  startsOn\n  endsOn\n  presentationCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EventDetails on Event {\n  ...EventCard\n  description\n  url\n  viewerCanEdit\n  themes {\n    title\n    description\n  }\n  sessions {\n    ...EventSessionDetails\n  }\n}"): (typeof documents)["fragment EventDetails on Event {\n  ...EventCard\n  description\n  url\n  viewerCanEdit\n  themes {\n    title\n    description\n  }\n  sessions {\n    ...EventSessionDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventPage($slug: String!) {\n  event(slug: $slug) {\n    ...EventDetails\n  }\n}"): (typeof documents)["query EventPage($slug: String!) {\n  event(slug: $slug) {\n    ...EventDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventSessionChoices {\n  events(first: 50) {\n    edges {\n      node {\n        id\n        name\n        startsOn\n        sessions {\n          id\n          title\n          theme\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query EventSessionChoices {\n  events(first: 50) {\n    edges {\n      node {\n        id\n        name\n        startsOn\n        sessions {\n          id\n          title\n          theme\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EventSessionDetails on EventSession {\n  id\n  title\n  description\n  theme\n  startsAt\n  position\n  presentations {\n    id\n    viewerCanRemove\n    item {\n      ...LibraryItemCard\n    }\n  }\n}"): (typeof documents)["fragment EventSessionDetails on EventSession {\n  id\n  title\n  description\n  theme\n  startsAt\n  position\n  presentations {\n    id\n    viewerCanRemove\n    item {\n      ...LibraryItemCard\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Events($first: Int!, $after: String) {\n  events(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...EventCard\n      }\n    }\n  }\n}"): (typeof documents)["query Events($first: Int!, $after: String) {\n  events(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...EventCard\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LibraryItemCard on LibraryItem {\n  __typename\n  ... on Practice {\n    id\n    slug\n    title\n    summary\n    organization {\n      id\n      name\n    }\n  }\n  ... on MisusePattern {\n    id\n    slug\n    title\n    summary\n    trend\n    organization {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["fragment LibraryItemCard on LibraryItem {\n  __typename\n  ... on Practice {\n    id\n    slug\n    title\n    summary\n    organization {\n      id\n      name\n    }\n  }\n  ... on MisusePattern {\n    id\n    slug\n    title\n    summary\n    trend\n    organization {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryItemSearch($query: String!) {\n  practices(first: 6, filter: {query: $query}) {\n    nodes {\n      ...LibraryItemCard\n    }\n  }\n  misusePatterns(first: 6, filter: {query: $query}) {\n    nodes {\n      ...LibraryItemCard\n    }\n  }\n}"): (typeof documents)["query LibraryItemSearch($query: String!) {\n  practices(first: 6, filter: {query: $query}) {\n    nodes {\n      ...LibraryItemCard\n    }\n  }\n  misusePatterns(first: 6, filter: {query: $query}) {\n    nodes {\n      ...LibraryItemCard\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkPresented($sessionId: ID!, $itemId: ID!) {\n  markPresented(sessionId: $sessionId, itemId: $itemId) {\n    id\n  }\n}"): (typeof documents)["mutation MarkPresented($sessionId: ID!, $itemId: ID!) {\n  markPresented(sessionId: $sessionId, itemId: $itemId) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PresentedAt($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Practice {\n      viewerCanEdit\n      presentations {\n        ...PresentationPlace\n      }\n    }\n    ... on MisusePattern {\n      viewerCanEdit\n      presentations {\n        ...PresentationPlace\n      }\n    }\n  }\n}\n\nfragment PresentationPlace on EventPresentation {\n  id\n  viewerCanRemove\n  session {\n    id\n    title\n    event {\n      id\n      slug\n      name\n      startsOn\n    }\n  }\n}"): (typeof documents)["query PresentedAt($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Practice {\n      viewerCanEdit\n      presentations {\n        ...PresentationPlace\n      }\n    }\n    ... on MisusePattern {\n      viewerCanEdit\n      presentations {\n        ...PresentationPlace\n      }\n    }\n  }\n}\n\nfragment PresentationPlace on EventPresentation {\n  id\n  viewerCanRemove\n  session {\n    id\n    title\n    event {\n      id\n      slug\n      name\n      startsOn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveEventSession($id: ID!) {\n  removeEventSession(id: $id)\n}"): (typeof documents)["mutation RemoveEventSession($id: ID!) {\n  removeEventSession(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetCollectionItems($id: ID!, $items: [CollectionItemInput!]!) {\n  setCollectionItems(id: $id, items: $items) {\n    ...CollectionDetails\n  }\n}"): (typeof documents)["mutation SetCollectionItems($id: ID!, $items: [CollectionItemInput!]!) {\n  setCollectionItems(id: $id, items: $items) {\n    ...CollectionDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnmarkPresented($id: ID!) {\n  unmarkPresented(id: $id)\n}"): (typeof documents)["mutation UnmarkPresented($id: ID!) {\n  unmarkPresented(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCollection($id: ID!, $input: CollectionInput!) {\n  updateCollection(id: $id, input: $input) {\n    ...CollectionDetails\n  }\n}"): (typeof documents)["mutation UpdateCollection($id: ID!, $input: CollectionInput!) {\n  updateCollection(id: $id, input: $input) {\n    ...CollectionDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateEventSession($id: ID!, $input: EventSessionInput!) {\n  updateEventSession(id: $id, input: $input) {\n    id\n    event {\n      id\n      sessions {\n        ...EventSessionDetails\n      }\n    }\n  }\n}"): (typeof documents)["mutation UpdateEventSession($id: ID!, $input: EventSessionInput!) {\n  updateEventSession(id: $id, input: $input) {\n    id\n    event {\n      id\n      sessions {\n        ...EventSessionDetails\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateEvent($id: ID!, $input: EventInput!) {\n  updateEvent(id: $id, input: $input) {\n    ...EventDetails\n  }\n}"): (typeof documents)["mutation UpdateEvent($id: ID!, $input: EventInput!) {\n  updateEvent(id: $id, input: $input) {\n    ...EventDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformStats {\n  platformStats {\n    organizationCount\n    countryCount\n    organizationsByStakeholderType {\n      stakeholderType\n      count\n    }\n  }\n}"): (typeof documents)["query PlatformStats {\n  platformStats {\n    organizationCount\n    countryCount\n    organizationsByStakeholderType {\n      stakeholderType\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GapSummary($first: Int!) {\n  gapMatrix {\n    patternCount\n    uncounteredPatternCount\n    cells {\n      stage\n      technology\n      patternCount\n      countermeasureCount\n    }\n  }\n  misusePatterns(first: $first, filter: {maxCountermeasures: 0}, orderBy: NEWEST) {\n    totalCount\n    nodes {\n      id\n      slug\n      title\n    }\n  }\n}"): (typeof documents)["query GapSummary($first: Int!) {\n  gapMatrix {\n    patternCount\n    uncounteredPatternCount\n    cells {\n      stage\n      technology\n      patternCount\n      countermeasureCount\n    }\n  }\n  misusePatterns(first: $first, filter: {maxCountermeasures: 0}, orderBy: NEWEST) {\n    totalCount\n    nodes {\n      id\n      slug\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MisusePatternStats {\n  misusePatternStats {\n    total\n    countermeasureCount\n    uncounteredCount\n    byStage {\n      value\n      count\n    }\n    byTechnology {\n      value\n      count\n    }\n    byTrend {\n      value\n      count\n    }\n  }\n}"): (typeof documents)["query MisusePatternStats {\n  misusePatternStats {\n    total\n    countermeasureCount\n    uncounteredCount\n    byStage {\n      value\n      count\n    }\n    byTechnology {\n      value\n      count\n    }\n    byTrend {\n      value\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveMisusePattern($id: ID!) {\n  archiveMisusePattern(id: $id) {\n    ...MisusePatternDetails\n  }\n}"): (typeof documents)["mutation ArchiveMisusePattern($id: ID!) {\n  archiveMisusePattern(id: $id) {\n    ...MisusePatternDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CountermeasureItem on Countermeasure {\n  id\n  approach\n  note\n  viewerCanEdit\n  createdAt\n  updatedAt\n  practice {\n    id\n    slug\n    title\n    summary\n    organization {\n      id\n      slug\n      name\n      verified\n    }\n  }\n  pattern {\n    id\n    slug\n    title\n    stages\n    technologies\n    trend\n  }\n}"): (typeof documents)["fragment CountermeasureItem on Countermeasure {\n  id\n  approach\n  note\n  viewerCanEdit\n  createdAt\n  updatedAt\n  practice {\n    id\n    slug\n    title\n    summary\n    organization {\n      id\n      slug\n      name\n      verified\n    }\n  }\n  pattern {\n    id\n    slug\n    title\n    stages\n    technologies\n    trend\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMisusePattern($organizationId: ID!, $input: MisusePatternInput!) {\n  createMisusePattern(organizationId: $organizationId, input: $input) {\n    ...MisusePatternDetails\n  }\n}"): (typeof documents)["mutation CreateMisusePattern($organizationId: ID!, $input: MisusePatternInput!) {\n  createMisusePattern(organizationId: $organizationId, input: $input) {\n    ...MisusePatternDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteMisusePattern($id: ID!) {\n  deleteMisusePattern(id: $id)\n}"): (typeof documents)["mutation DeleteMisusePattern($id: ID!) {\n  deleteMisusePattern(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowMisusePattern($id: ID!) {\n  followMisusePattern(id: $id) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}"): (typeof documents)["mutation FollowMisusePattern($id: ID!) {\n  followMisusePattern(id: $id) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GapMatrix($regions: [Region!]) {\n  gapMatrix(regions: $regions) {\n    stages\n    technologies\n    patternCount\n    countermeasureCount\n    uncounteredPatternCount\n    cells {\n      stage\n      technology\n      patternCount\n      countermeasureCount\n      practiceCount\n    }\n  }\n}"): (typeof documents)["query GapMatrix($regions: [Region!]) {\n  gapMatrix(regions: $regions) {\n    stages\n    technologies\n    patternCount\n    countermeasureCount\n    uncounteredPatternCount\n    cells {\n      stage\n      technology\n      patternCount\n      countermeasureCount\n      practiceCount\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkCountermeasure($practiceId: ID!, $patternId: ID!, $input: CountermeasureInput!) {\n  linkCountermeasure(\n    practiceId: $practiceId\n    patternId: $patternId\n    input: $input\n  ) {\n    ...CountermeasureItem\n  }\n}"): (typeof documents)["mutation LinkCountermeasure($practiceId: ID!, $patternId: ID!, $input: CountermeasureInput!) {\n  linkCountermeasure(\n    practiceId: $practiceId\n    patternId: $patternId\n    input: $input\n  ) {\n    ...CountermeasureItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MisusePatternCard on MisusePattern {\n  id\n  slug\n  title\n  summary\n  state\n  visibility\n  visibleTo\n  stages\n  technologies\n  trend\n  countermeasureCount\n  publishedAt\n  updatedAt\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}"): (typeof documents)["fragment MisusePatternCard on MisusePattern {\n  id\n  slug\n  title\n  summary\n  state\n  visibility\n  visibleTo\n  stages\n  technologies\n  trend\n  countermeasureCount\n  publishedAt\n  updatedAt\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MisusePatternCommunity($slug: String!) {\n  misusePattern(slug: $slug) {\n    id\n    viewerIsFollowing\n    followerCount\n    discussion {\n      id\n      kind\n      locked\n      author {\n        id\n      }\n      acceptedAnswer {\n        id\n      }\n    }\n    relatedThreads(first: 20) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MisusePatternCommunity($slug: String!) {\n  misusePattern(slug: $slug) {\n    id\n    viewerIsFollowing\n    followerCount\n    discussion {\n      id\n      kind\n      locked\n      author {\n        id\n      }\n      acceptedAnswer {\n        id\n      }\n    }\n    relatedThreads(first: 20) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MisusePatternDetails on MisusePattern {\n  ...MisusePatternCard\n  description\n  formsOfExploitation\n  indicators\n  regions\n  sources {\n    label\n    url\n  }\n  moderationNote\n  viewerCanEdit\n  createdAt\n}"): (typeof documents)["fragment MisusePatternDetails on MisusePattern {\n  ...MisusePatternCard\n  description\n  formsOfExploitation\n  indicators\n  regions\n  sources {\n    label\n    url\n  }\n  moderationNote\n  viewerCanEdit\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MisusePatternFacetCounts {\n  misusePatternStats {\n    total\n    byStage {\n      value\n      count\n    }\n    byTechnology {\n      value\n      count\n    }\n    byFormOfExploitation {\n      value\n      count\n    }\n    byTrend {\n      value\n      count\n    }\n  }\n}"): (typeof documents)["query MisusePatternFacetCounts {\n  misusePatternStats {\n    total\n    byStage {\n      value\n      count\n    }\n    byTechnology {\n      value\n      count\n    }\n    byFormOfExploitation {\n      value\n      count\n    }\n    byTrend {\n      value\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MisusePatternOptions($filter: MisusePatternFilter) {\n  misusePatterns(first: 10, filter: $filter, orderBy: TITLE) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        slug\n        title\n        stages\n        technologies\n      }\n    }\n  }\n}"): (typeof documents)["query MisusePatternOptions($filter: MisusePatternFilter) {\n  misusePatterns(first: 10, filter: $filter, orderBy: TITLE) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        slug\n        title\n        stages\n        technologies\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MisusePatternPage($slug: String!) {\n  misusePattern(slug: $slug) {\n    ...MisusePatternDetails\n    countermeasures(first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CountermeasureItem\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MisusePatternPage($slug: String!) {\n  misusePattern(slug: $slug) {\n    ...MisusePatternDetails\n    countermeasures(first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CountermeasureItem\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MisusePatterns($first: Int!, $after: String, $filter: MisusePatternFilter, $orderBy: MisusePatternOrder) {\n  misusePatterns(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...MisusePatternCard\n      }\n    }\n  }\n}"): (typeof documents)["query MisusePatterns($first: Int!, $after: String, $filter: MisusePatternFilter, $orderBy: MisusePatternOrder) {\n  misusePatterns(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...MisusePatternCard\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PracticeCountermeasures($slug: String!) {\n  practice(slug: $slug) {\n    id\n    viewerCanEdit\n    countermeasures(first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CountermeasureItem\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PracticeCountermeasures($slug: String!) {\n  practice(slug: $slug) {\n    id\n    viewerCanEdit\n    countermeasures(first: 100) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CountermeasureItem\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishMisusePattern($id: ID!) {\n  publishMisusePattern(id: $id) {\n    ...MisusePatternDetails\n  }\n}"): (typeof documents)["mutation PublishMisusePattern($id: ID!) {\n  publishMisusePattern(id: $id) {\n    ...MisusePatternDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnfollowMisusePattern($id: ID!) {\n  unfollowMisusePattern(id: $id) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}"): (typeof documents)["mutation UnfollowMisusePattern($id: ID!) {\n  unfollowMisusePattern(id: $id) {\n    id\n    viewerIsFollowing\n    followerCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlinkCountermeasure($id: ID!) {\n  unlinkCountermeasure(id: $id)\n}"): (typeof documents)["mutation UnlinkCountermeasure($id: ID!) {\n  unlinkCountermeasure(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnpublishMisusePattern($id: ID!, $reason: String!) {\n  unpublishMisusePattern(id: $id, reason: $reason) {\n    ...MisusePatternDetails\n  }\n}"): (typeof documents)["mutation UnpublishMisusePattern($id: ID!, $reason: String!) {\n  unpublishMisusePattern(id: $id, reason: $reason) {\n    ...MisusePatternDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCountermeasure($id: ID!, $input: CountermeasureInput!) {\n  updateCountermeasure(id: $id, input: $input) {\n    ...CountermeasureItem\n  }\n}"): (typeof documents)["mutation UpdateCountermeasure($id: ID!, $input: CountermeasureInput!) {\n  updateCountermeasure(id: $id, input: $input) {\n    ...CountermeasureItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMisusePattern($id: ID!, $input: MisusePatternInput!) {\n  updateMisusePattern(id: $id, input: $input) {\n    ...MisusePatternDetails\n  }\n}"): (typeof documents)["mutation UpdateMisusePattern($id: ID!, $input: MisusePatternInput!) {\n  updateMisusePattern(id: $id, input: $input) {\n    ...MisusePatternDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DismissFlags($targetId: ID!) {\n  dismissFlags(targetId: $targetId)\n}"): (typeof documents)["mutation DismissFlags($targetId: ID!) {\n  dismissFlags(targetId: $targetId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HidePost($id: ID!, $reason: String!) {\n  hidePost(id: $id, reason: $reason) {\n    id\n    hidden\n    hiddenReason\n  }\n}"): (typeof documents)["mutation HidePost($id: ID!, $reason: String!) {\n  hidePost(id: $id, reason: $reason) {\n    id\n    hidden\n    hiddenReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationQueue {\n  moderationQueue {\n    targetId\n    targetType\n    flagCount\n    reasons\n    notes\n    firstFlaggedAt\n    misusePattern {\n      id\n      slug\n      title\n      state\n    }\n    practice {\n      id\n      slug\n      title\n    }\n    thread {\n      id\n      title\n    }\n    post {\n      id\n      body\n      removed\n      hidden\n    }\n  }\n}"): (typeof documents)["query ModerationQueue {\n  moderationQueue {\n    targetId\n    targetType\n    flagCount\n    reasons\n    notes\n    firstFlaggedAt\n    misusePattern {\n      id\n      slug\n      title\n      state\n    }\n    practice {\n      id\n      slug\n      title\n    }\n    thread {\n      id\n      title\n    }\n    post {\n      id\n      body\n      removed\n      hidden\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpenFlagCount {\n  openFlagCount\n}"): (typeof documents)["query OpenFlagCount {\n  openFlagCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestorePost($id: ID!, $reason: String!) {\n  restorePost(id: $id, reason: $reason) {\n    id\n    hidden\n    hiddenReason\n  }\n}"): (typeof documents)["mutation RestorePost($id: ID!, $reason: String!) {\n  restorePost(id: $id, reason: $reason) {\n    id\n    hidden\n    hiddenReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnpublishFlaggedPattern($id: ID!, $reason: String!) {\n  unpublishMisusePattern(id: $id, reason: $reason) {\n    id\n    state\n    moderationNote\n  }\n}"): (typeof documents)["mutation UnpublishFlaggedPattern($id: ID!, $reason: String!) {\n  unpublishMisusePattern(id: $id, reason: $reason) {\n    id\n    state\n    moderationNote\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmailNotifications {\n  viewer {\n    id\n    emailNotifications\n  }\n}"): (typeof documents)["query EmailNotifications {\n  viewer {\n    id\n    emailNotifications\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}"): (typeof documents)["mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NotificationAdded {\n  notificationAdded {\n    ...NotificationItem\n  }\n}"): (typeof documents)["subscription NotificationAdded {\n  notificationAdded {\n    ...NotificationItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NotificationItem on Notification {\n  id\n  kind\n  read\n  createdAt\n  actor {\n    id\n    displayName\n  }\n  thread {\n    id\n    title\n    category {\n      id\n    }\n  }\n  post {\n    id\n  }\n  practice {\n    id\n    slug\n    title\n  }\n  misusePattern {\n    id\n    slug\n    title\n  }\n  organization {\n    id\n    slug\n    name\n  }\n}"): (typeof documents)["fragment NotificationItem on Notification {\n  id\n  kind\n  read\n  createdAt\n  actor {\n    id\n    displayName\n  }\n  thread {\n    id\n    title\n    category {\n      id\n    }\n  }\n  post {\n    id\n  }\n  practice {\n    id\n    slug\n    title\n  }\n  misusePattern {\n    id\n    slug\n    title\n  }\n  organization {\n    id\n    slug\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($first: Int!, $after: String, $unreadOnly: Boolean! = false) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n  }\n}"): (typeof documents)["query Notifications($first: Int!, $after: String, $unreadOnly: Boolean! = false) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount {\n  unreadNotificationCount\n}"): (typeof documents)["query UnreadNotificationCount {\n  unreadNotificationCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNotificationPreferences($email: EmailNotifications!) {\n  updateNotificationPreferences(email: $email)\n}"): (typeof documents)["mutation UpdateNotificationPreferences($email: EmailNotifications!) {\n  updateNotificationPreferences(email: $email)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($token: String!) {\n  acceptInvitation(token: $token) {\n    role\n    organization {\n      id\n      slug\n      name\n    }\n  }\n}"): (typeof documents)["mutation AcceptInvitation($token: String!) {\n  acceptInvitation(token: $token) {\n    role\n    organization {\n      id\n      slug\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveJoinRequest($id: ID!, $role: MembershipRole) {\n  approveJoinRequest(id: $id, role: $role) {\n    id\n    status\n    decidedAt\n  }\n}"): (typeof documents)["mutation ApproveJoinRequest($id: ID!, $role: MembershipRole) {\n  approveJoinRequest(id: $id, role: $role) {\n    id\n    status\n    decidedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeMemberRole($organizationId: ID!, $userId: ID!, $role: MembershipRole!) {\n  changeMemberRole(organizationId: $organizationId, userId: $userId, role: $role) {\n    role\n  }\n}"): (typeof documents)["mutation ChangeMemberRole($organizationId: ID!, $userId: ID!, $role: MembershipRole!) {\n  changeMemberRole(organizationId: $organizationId, userId: $userId, role: $role) {\n    role\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganization($input: OrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationDetails\n    viewerRole\n  }\n}"): (typeof documents)["mutation CreateOrganization($input: OrganizationInput!) {\n  createOrganization(input: $input) {\n    ...OrganizationDetails\n    viewerRole\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    role\n    status\n    organization {\n      id\n      slug\n      name\n      verified\n    }\n  }\n}"): (typeof documents)["query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    role\n    status\n    organization {\n      id\n      slug\n      name\n      verified\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteMember($organizationId: ID!, $email: String!, $role: MembershipRole!) {\n  inviteMember(organizationId: $organizationId, email: $email, role: $role) {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n  }\n}"): (typeof documents)["mutation InviteMember($organizationId: ID!, $email: String!, $role: MembershipRole!) {\n  inviteMember(organizationId: $organizationId, email: $email, role: $role) {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrganizationCard on Organization {\n  id\n  slug\n  name\n  stakeholderType\n  country\n  countryName\n  verified\n  memberCount\n}"): (typeof documents)["fragment OrganizationCard on Organization {\n  id\n  slug\n  name\n  stakeholderType\n  country\n  countryName\n  verified\n  memberCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrganizationDetails on Organization {\n  ...OrganizationCard\n  description\n  website\n  verifiedAt\n  createdAt\n}"): (typeof documents)["fragment OrganizationDetails on Organization {\n  ...OrganizationCard\n  description\n  website\n  verifiedAt\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationPage($slug: String!) {\n  organization(slug: $slug) {\n    ...OrganizationDetails\n    viewerRole\n    viewerJoinRequest {\n      id\n      status\n      createdAt\n    }\n    members(first: 100) {\n      totalCount\n      nodes {\n        role\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      status\n      createdAt\n      expiresAt\n    }\n    joinRequests {\n      id\n      message\n      status\n      createdAt\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n}"): (typeof documents)["query OrganizationPage($slug: String!) {\n  organization(slug: $slug) {\n    ...OrganizationDetails\n    viewerRole\n    viewerJoinRequest {\n      id\n      status\n      createdAt\n    }\n    members(first: 100) {\n      totalCount\n      nodes {\n        role\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      status\n      createdAt\n      expiresAt\n    }\n    joinRequests {\n      id\n      message\n      status\n      createdAt\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n  organizations(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganizationCard\n      }\n    }\n  }\n}"): (typeof documents)["query Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n  organizations(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...OrganizationCard\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectJoinRequest($id: ID!) {\n  rejectJoinRequest(id: $id) {\n    id\n    status\n    decidedAt\n  }\n}"): (typeof documents)["mutation RejectJoinRequest($id: ID!) {\n  rejectJoinRequest(id: $id) {\n    id\n    status\n    decidedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveMember($organizationId: ID!, $userId: ID!) {\n  removeMember(organizationId: $organizationId, userId: $userId)\n}"): (typeof documents)["mutation RemoveMember($organizationId: ID!, $userId: ID!) {\n  removeMember(organizationId: $organizationId, userId: $userId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestToJoinOrganization($organizationId: ID!, $message: String) {\n  requestToJoinOrganization(organizationId: $organizationId, message: $message) {\n    id\n    status\n    createdAt\n  }\n}"): (typeof documents)["mutation RequestToJoinOrganization($organizationId: ID!, $message: String) {\n  requestToJoinOrganization(organizationId: $organizationId, message: $message) {\n    id\n    status\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnverifyOrganization($id: ID!) {\n  unverifyOrganization(id: $id) {\n    id\n    verified\n    verifiedAt\n  }\n}"): (typeof documents)["mutation UnverifyOrganization($id: ID!) {\n  unverifyOrganization(id: $id) {\n    id\n    verified\n    verifiedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n  updateOrganization(id: $id, input: $input) {\n    ...OrganizationDetails\n  }\n}"): (typeof documents)["mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n  updateOrganization(id: $id, input: $input) {\n    ...OrganizationDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyOrganization($id: ID!) {\n  verifyOrganization(id: $id) {\n    id\n    verified\n    verifiedAt\n  }\n}"): (typeof documents)["mutation VerifyOrganization($id: ID!) {\n  verifyOrganization(id: $id) {\n    id\n    verified\n    verifiedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformInfo {\n  platformInfo {\n    demoMode\n  }\n}"): (typeof documents)["query PlatformInfo {\n  platformInfo {\n    demoMode\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchivePractice($id: ID!) {\n  archivePractice(id: $id) {\n    ...PracticeDetails\n  }\n}"): (typeof documents)["mutation ArchivePractice($id: ID!) {\n  archivePractice(id: $id) {\n    ...PracticeDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BookmarkPractice($id: ID!) {\n  bookmarkPractice(id: $id) {\n    id\n    viewerHasBookmarked\n    bookmarkCount\n  }\n}"): (typeof documents)["mutation BookmarkPractice($id: ID!) {\n  bookmarkPractice(id: $id) {\n    id\n    viewerHasBookmarked\n    bookmarkCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePractice($organizationId: ID!, $input: PracticeInput!) {\n  createPractice(organizationId: $organizationId, input: $input) {\n    ...PracticeDetails\n  }\n}"): (typeof documents)["mutation CreatePractice($organizationId: ID!, $input: PracticeInput!) {\n  createPractice(organizationId: $organizationId, input: $input) {\n    ...PracticeDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletePractice($id: ID!) {\n  deletePractice(id: $id)\n}"): (typeof documents)["mutation DeletePractice($id: ID!) {\n  deletePractice(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndorsePractice($id: ID!, $organizationId: ID!, $kind: EndorsementKind!, $comment: String) {\n  endorsePractice(\n    id: $id\n    organizationId: $organizationId\n    kind: $kind\n    comment: $comment\n  ) {\n    id\n    endorsementCount\n    endorsements {\n      ...EndorsementItem\n    }\n  }\n}"): (typeof documents)["mutation EndorsePractice($id: ID!, $organizationId: ID!, $kind: EndorsementKind!, $comment: String) {\n  endorsePractice(\n    id: $id\n    organizationId: $organizationId\n    kind: $kind\n    comment: $comment\n  ) {\n    id\n    endorsementCount\n    endorsements {\n      ...EndorsementItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EndorsementItem on Endorsement {\n  kind\n  comment\n  createdAt\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}"): (typeof documents)["fragment EndorsementItem on Endorsement {\n  kind\n  comment\n  createdAt\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PracticeCard on Practice {\n  id\n  slug\n  title\n  summary\n  state\n  status\n  visibility\n  focusAreas\n  countries\n  global\n  endorsementCount\n  viewerHasBookmarked\n  publishedAt\n  updatedAt\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}"): (typeof documents)["fragment PracticeCard on Practice {\n  id\n  slug\n  title\n  summary\n  state\n  status\n  visibility\n  focusAreas\n  countries\n  global\n  endorsementCount\n  viewerHasBookmarked\n  publishedAt\n  updatedAt\n  organization {\n    id\n    slug\n    name\n    verified\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PracticeDetails on Practice {\n  ...PracticeCard\n  body\n  contact\n  moderationNote\n  purposes\n  formsOfExploitation\n  technologies\n  targetUsers\n  sectors\n  regions\n  languages\n  yearStarted\n  yearEnded\n  evidenceLevel\n  survivorInvolvement\n  sdg87\n  iloIndicators\n  visibleTo\n  links {\n    label\n    url\n  }\n  partners {\n    id\n    slug\n    name\n    verified\n  }\n  contributors {\n    id\n    displayName\n  }\n  endorsements {\n    ...EndorsementItem\n  }\n  bookmarkCount\n  viewCount\n  viewerCanEdit\n  createdAt\n}"): (typeof documents)["fragment PracticeDetails on Practice {\n  ...PracticeCard\n  body\n  contact\n  moderationNote\n  purposes\n  formsOfExploitation\n  technologies\n  targetUsers\n  sectors\n  regions\n  languages\n  yearStarted\n  yearEnded\n  evidenceLevel\n  survivorInvolvement\n  sdg87\n  iloIndicators\n  visibleTo\n  links {\n    label\n    url\n  }\n  partners {\n    id\n    slug\n    name\n    verified\n  }\n  contributors {\n    id\n    displayName\n  }\n  endorsements {\n    ...EndorsementItem\n  }\n  bookmarkCount\n  viewCount\n  viewerCanEdit\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PracticePage($slug: String!) {\n  practice(slug: $slug) {\n    ...PracticeDetails\n  }\n}"): (typeof documents)["query PracticePage($slug: String!) {\n  practice(slug: $slug) {\n    ...PracticeDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PracticeRevisions($slug: String!) {\n  practice(slug: $slug) {\n    id\n    revisions {\n      id\n      number\n      createdAt\n      changedFields\n      snapshot\n      author {\n        id\n        displayName\n      }\n    }\n  }\n}"): (typeof documents)["query PracticeRevisions($slug: String!) {\n  practice(slug: $slug) {\n    id\n    revisions {\n      id\n      number\n      createdAt\n      changedFields\n      snapshot\n      author {\n        id\n        displayName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PracticeStats {\n  practiceStats {\n    total\n    byFocusArea {\n      value\n      count\n    }\n    byTechnology {\n      value\n      count\n    }\n    byFormOfExploitation {\n      value\n      count\n    }\n    byStakeholderType {\n      value\n      count\n    }\n    byCountry {\n      value\n      count\n    }\n    byStatus {\n      value\n      count\n    }\n  }\n}"): (typeof documents)["query PracticeStats {\n  practiceStats {\n    total\n    byFocusArea {\n      value\n      count\n    }\n    byTechnology {\n      value\n      count\n    }\n    byFormOfExploitation {\n      value\n      count\n    }\n    byStakeholderType {\n      value\n      count\n    }\n    byCountry {\n      value\n      count\n    }\n    byStatus {\n      value\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Practices($first: Int!, $after: String, $filter: PracticeFilter, $orderBy: PracticeOrder) {\n  practices(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PracticeCard\n      }\n    }\n  }\n}"): (typeof documents)["query Practices($first: Int!, $after: String, $filter: PracticeFilter, $orderBy: PracticeOrder) {\n  practices(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PracticeCard\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishPractice($id: ID!) {\n  publishPractice(id: $id) {\n    ...PracticeDetails\n  }\n}"): (typeof documents)["mutation PublishPractice($id: ID!) {\n  publishPractice(id: $id) {\n    ...PracticeDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevertPracticeToDraft($id: ID!) {\n  revertPracticeToDraft(id: $id) {\n    ...PracticeDetails\n  }\n}"): (typeof documents)["mutation RevertPracticeToDraft($id: ID!) {\n  revertPracticeToDraft(id: $id) {\n    ...PracticeDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SimilarPractices($title: String!, $summary: String, $excludeId: ID) {\n  similarPractices(title: $title, summary: $summary, excludeId: $excludeId) {\n    id\n    slug\n    title\n    organization {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query SimilarPractices($title: String!, $summary: String, $excludeId: ID) {\n  similarPractices(title: $title, summary: $summary, excludeId: $excludeId) {\n    id\n    slug\n    title\n    organization {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnbookmarkPractice($id: ID!) {\n  unbookmarkPractice(id: $id) {\n    id\n    viewerHasBookmarked\n    bookmarkCount\n  }\n}"): (typeof documents)["mutation UnbookmarkPractice($id: ID!) {\n  unbookmarkPractice(id: $id) {\n    id\n    viewerHasBookmarked\n    bookmarkCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnpublishPractice($id: ID!, $reason: String!) {\n  unpublishPractice(id: $id, reason: $reason) {\n    ...PracticeDetails\n  }\n}"): (typeof documents)["mutation UnpublishPractice($id: ID!, $reason: String!) {\n  unpublishPractice(id: $id, reason: $reason) {\n    ...PracticeDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePractice($id: ID!, $input: PracticeInput!) {\n  updatePractice(id: $id, input: $input) {\n    ...PracticeDetails\n  }\n}"): (typeof documents)["mutation UpdatePractice($id: ID!, $input: PracticeInput!) {\n  updatePractice(id: $id, input: $input) {\n    ...PracticeDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerMemberships {\n  viewer {\n    id\n    memberships {\n      role\n      createdAt\n      organization {\n        id\n        slug\n        name\n        verified\n      }\n    }\n  }\n}"): (typeof documents)["query ViewerMemberships {\n  viewer {\n    id\n    memberships {\n      role\n      createdAt\n      organization {\n        id\n        slug\n        name\n        verified\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawEndorsement($id: ID!, $organizationId: ID!) {\n  withdrawEndorsement(id: $id, organizationId: $organizationId) {\n    id\n    endorsementCount\n    endorsements {\n      ...EndorsementItem\n    }\n  }\n}"): (typeof documents)["mutation WithdrawEndorsement($id: ID!, $organizationId: ID!) {\n  withdrawEndorsement(id: $id, organizationId: $organizationId) {\n    id\n    endorsementCount\n    endorsements {\n      ...EndorsementItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"): (typeof documents)["mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaveOrganization($organizationId: ID!) {\n  leaveOrganization(organizationId: $organizationId)\n}"): (typeof documents)["mutation LeaveOrganization($organizationId: ID!) {\n  leaveOrganization(organizationId: $organizationId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Profile {\n  viewer {\n    ...ViewerSummary\n    createdAt\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      ip\n      userAgent\n    }\n    memberships {\n      role\n      createdAt\n      organization {\n        id\n        slug\n        name\n        verified\n      }\n    }\n  }\n}"): (typeof documents)["query Profile {\n  viewer {\n    ...ViewerSummary\n    createdAt\n    sessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      ip\n      userAgent\n    }\n    memberships {\n      role\n      createdAt\n      organization {\n        id\n        slug\n        name\n        verified\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeOtherSessions {\n  revokeOtherSessions\n}"): (typeof documents)["mutation RevokeOtherSessions {\n  revokeOtherSessions\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}"): (typeof documents)["mutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...ViewerSummary\n  }\n}"): (typeof documents)["mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...ViewerSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($query: String!, $filter: SearchFilter, $facets: [SearchFacet!], $first: Int, $after: String, $sort: SearchSort) {\n  search(\n    query: $query\n    filter: $filter\n    facets: $facets\n    first: $first\n    after: $after\n    sort: $sort\n  ) {\n    totalCount\n    exhaustive\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facetDistribution {\n      facet\n      values {\n        value\n        label\n        count\n      }\n    }\n    edges {\n      cursor\n      node {\n        __typename\n        id\n        kind\n        title\n        highlightedTitle\n        snippet\n        ... on PracticeSearchHit {\n          practice {\n            id\n            slug\n            organization {\n              id\n              name\n            }\n          }\n        }\n        ... on ThreadSearchHit {\n          thread {\n            ...SearchHitThread\n          }\n        }\n        ... on PostSearchHit {\n          post {\n            id\n          }\n          thread {\n            ...SearchHitThread\n          }\n        }\n        ... on OrganizationSearchHit {\n          organization {\n            id\n            slug\n          }\n        }\n        ... on MisusePatternSearchHit {\n          misusePattern {\n            id\n            slug\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment SearchHitThread on Thread {\n  id\n  category {\n    id\n    name\n  }\n  practice {\n    id\n    title\n  }\n}"): (typeof documents)["query Search($query: String!, $filter: SearchFilter, $facets: [SearchFacet!], $first: Int, $after: String, $sort: SearchSort) {\n  search(\n    query: $query\n    filter: $filter\n    facets: $facets\n    first: $first\n    after: $after\n    sort: $sort\n  ) {\n    totalCount\n    exhaustive\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facetDistribution {\n      facet\n      values {\n        value\n        label\n        count\n      }\n    }\n    edges {\n      cursor\n      node {\n        __typename\n        id\n        kind\n        title\n        highlightedTitle\n        snippet\n        ... on PracticeSearchHit {\n          practice {\n            id\n            slug\n            organization {\n              id\n              name\n            }\n          }\n        }\n        ... on ThreadSearchHit {\n          thread {\n            ...SearchHitThread\n          }\n        }\n        ... on PostSearchHit {\n          post {\n            id\n          }\n          thread {\n            ...SearchHitThread\n          }\n        }\n        ... on OrganizationSearchHit {\n          organization {\n            id\n            slug\n          }\n        }\n        ... on MisusePatternSearchHit {\n          misusePattern {\n            id\n            slug\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment SearchHitThread on Thread {\n  id\n  category {\n    id\n    name\n  }\n  practice {\n    id\n    title\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWebhook($organizationId: ID!, $input: WebhookInput!) {\n  createWebhook(organizationId: $organizationId, input: $input) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}"): (typeof documents)["mutation CreateWebhook($organizationId: ID!, $input: WebhookInput!) {\n  createWebhook(organizationId: $organizationId, input: $input) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}"): (typeof documents)["mutation DeleteWebhook($id: ID!) {\n  deleteWebhook(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnableWebhook($id: ID!) {\n  enableWebhook(id: $id) {\n    ...WebhookFields\n  }\n}"): (typeof documents)["mutation EnableWebhook($id: ID!) {\n  enableWebhook(id: $id) {\n    ...WebhookFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationWebhooks($slug: String!) {\n  organization(slug: $slug) {\n    id\n    webhooks {\n      ...WebhookFields\n    }\n  }\n}"): (typeof documents)["query OrganizationWebhooks($slug: String!) {\n  organization(slug: $slug) {\n    id\n    webhooks {\n      ...WebhookFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RotateWebhookSecret($id: ID!) {\n  rotateWebhookSecret(id: $id) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}"): (typeof documents)["mutation RotateWebhookSecret($id: ID!) {\n  rotateWebhookSecret(id: $id) {\n    secret\n    webhook {\n      ...WebhookFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendTestWebhook($id: ID!) {\n  sendTestWebhook(id: $id) {\n    ...WebhookDeliveryFields\n  }\n}"): (typeof documents)["mutation SendTestWebhook($id: ID!) {\n  sendTestWebhook(id: $id) {\n    ...WebhookDeliveryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateWebhook($id: ID!, $input: WebhookInput!) {\n  updateWebhook(id: $id, input: $input) {\n    ...WebhookFields\n  }\n}"): (typeof documents)["mutation UpdateWebhook($id: ID!, $input: WebhookInput!) {\n  updateWebhook(id: $id, input: $input) {\n    ...WebhookFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookDeliveries($id: ID!, $first: Int!, $after: String) {\n  node(id: $id) {\n    id\n    ... on Webhook {\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...WebhookDeliveryFields\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query WebhookDeliveries($id: ID!, $first: Int!, $after: String) {\n  node(id: $id) {\n    id\n    ... on Webhook {\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...WebhookDeliveryFields\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WebhookDeliveryFields on WebhookDelivery {\n  id\n  event\n  status\n  attempts\n  responseStatus\n  responseTimeMs\n  error\n  payload\n  createdAt\n  lastAttemptAt\n  nextAttemptAt\n  deliveredAt\n}"): (typeof documents)["fragment WebhookDeliveryFields on WebhookDelivery {\n  id\n  event\n  status\n  attempts\n  responseStatus\n  responseTimeMs\n  error\n  payload\n  createdAt\n  lastAttemptAt\n  nextAttemptAt\n  deliveredAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WebhookFields on Webhook {\n  id\n  url\n  events\n  description\n  active\n  disabledReason\n  consecutiveFailures\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment WebhookFields on Webhook {\n  id\n  url\n  events\n  description\n  active\n  disabledReason\n  consecutiveFailures\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerMisusePatterns($first: Int!, $after: String, $filter: MisusePatternFilter) {\n  misusePatterns(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      title\n      summary\n      stages\n      technologies\n      formsOfExploitation\n      indicators\n      regions\n      trend\n      publishedAt\n      organization {\n        name\n        stakeholderType\n      }\n      countermeasureCount\n      countermeasures(first: 20) {\n        totalCount\n        nodes {\n          approach\n          note\n          practice {\n            slug\n            title\n            organization {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PartnerMisusePatterns($first: Int!, $after: String, $filter: MisusePatternFilter) {\n  misusePatterns(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      title\n      summary\n      stages\n      technologies\n      formsOfExploitation\n      indicators\n      regions\n      trend\n      publishedAt\n      organization {\n        name\n        stakeholderType\n      }\n      countermeasureCount\n      countermeasures(first: 20) {\n        totalCount\n        nodes {\n          approach\n          note\n          practice {\n            slug\n            title\n            organization {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerPractices($first: Int!, $after: String, $filter: PracticeFilter) {\n  practices(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      title\n      summary\n      focusAreas\n      purposes\n      technologies\n      formsOfExploitation\n      countries\n      regions\n      status\n      yearStarted\n      publishedAt\n      organization {\n        name\n        country\n        stakeholderType\n      }\n    }\n  }\n}"): (typeof documents)["query PartnerPractices($first: Int!, $after: String, $filter: PracticeFilter) {\n  practices(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      title\n      summary\n      focusAreas\n      purposes\n      technologies\n      formsOfExploitation\n      countries\n      regions\n      status\n      yearStarted\n      publishedAt\n      organization {\n        name\n        country\n        stakeholderType\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;