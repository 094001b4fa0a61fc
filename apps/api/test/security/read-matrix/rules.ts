/**
 * The read-side classification: every field reachable from Query, node/nodes and Subscription
 * that returns an object or text (String, JSON) has a rule here. A rule is either
 * - `content:<id>` / `personal:<id>`: one of RULES below, which the matrix proves with
 *   fixtures and queries (probes.ts names the rule each probe proves), or
 * - `public: <reason>`: shown to anyone who may see its parent, by design.
 * A new field without an entry fails read-matrix.spec.ts: classify it here, in review.
 *
 * Connection and edge types (`edges`, `nodes`, `node`, `pageInfo`, `cursor`) carry the rule of
 * their items and are not listed (schema-walker.ts treats them as structure).
 */
export const RULES = {
  'content:practice':
    'Practice text: published/archived by visibility (PUBLIC, MEMBERS, RESTRICTED to a stakeholder type, partners), drafts and unpublished ones to the owners (visiblePracticeSql).',
  'content:pattern':
    'Misuse-pattern text: the same rule as practices, without partners (visiblePatternSql).',
  'content:thread':
    'Thread titles and tags: its category (members-only) and its practice or pattern decide (visibleThreadSql).',
  'content:post':
    'Post bodies: in a visible thread; hidden posts to moderators and their author only, on every path (posts, node, acceptedAnswer, parent, notifications, live); removed ones to nobody.',
  'content:countermeasure':
    'A countermeasure and its note: only when both its practice and its pattern are visible.',
  'content:presentation': 'Event presentations: only of published items the viewer may see.',
  'content:collection-item':
    'Collection items and their notes: only published items the viewer may see.',
  'content:notification':
    'Notifications: their recipient only; every subject re-judged (null when no longer visible).',
  'content:search':
    'Search hits, titles and snippets: only of what the viewer may see; no hidden or removed post.',
  'content:moderation': 'The moderation queue, flag notes: moderators only.',
  'personal:contact': 'Practice contacts: signed-in users who may see the practice.',
  'personal:revision':
    'Revision snapshots (they hold the contact): like the practice, and the contact as Practice.contact.',
  'personal:moderation-note': 'Why a moderator unpublished something: the owners (and moderators).',
  'personal:hidden-reason': 'Why a post was hidden: its author and moderators.',
  'personal:email': 'Email addresses: the user themself and platform admins.',
  'personal:session':
    'Sessions (IP, browser): the user, signed in with a session (not an API token).',
  'personal:api-token': 'API tokens: their owner, signed in with a session (not an API token).',
  'personal:members': 'Who belongs to an organization: its members and platform admins.',
  'personal:org-admin':
    'Invitations (addresses) and join requests (messages): the organization’s admins and platform admins; a join request also to who sent it.',
  'personal:webhook':
    'Webhooks, their URLs and delivery payloads: the organization’s admins and platform admins.',
  'personal:audit': 'The audit log (IPs, details): platform admins.',
  'personal:users': 'The user directory with emails: platform admins.',
  'personal:identity-change':
    'An organization’s withdrawn identity (old name, type, country, who changed it): platform admins.',
} as const;
export type RuleId = keyof typeof RULES;
type Classification = RuleId | `public: ${string}`;

const PUBLIC_ORG =
  'public: the organization directory (name, country, description) is public, verified or not' as const;
const PUBLIC_USER =
  'public: display names are shown as authors; email is classified separately' as const;
const TAXONOMY = 'public: taxonomy codes / counts of what the viewer may see' as const;
const PUBLIC_EVENT =
  'public: events, sessions and themes are public programme data; presentations are filtered' as const;

export const FIELD_RULES: Record<string, Record<string, Classification>> = {
  Query: {
    auditEvents: 'personal:audit',
    categories: 'public: the list of forums (members-only ones say so; their threads are filtered)',
    collection: 'public: collection titles and introductions; items are filtered',
    collections: 'public: collection titles and introductions; items are filtered',
    event: PUBLIC_EVENT,
    events: PUBLIC_EVENT,
    gapMatrix: 'public: counts of what the viewer may see',
    invitation:
      'public: the invitation token is the capability; it previews only its own invitation',
    misusePattern: 'content:pattern',
    misusePatternStats: 'public: counts of what the viewer may see',
    misusePatterns: 'content:pattern',
    moderationQueue: 'content:moderation',
    node: 'content:practice',
    nodes: 'content:practice',
    notifications: 'content:notification',
    organization: PUBLIC_ORG,
    organizations: PUBLIC_ORG,
    platformInfo: 'public: whether this instance runs in demo mode (a flag, for the banner)',
    platformStats: 'public: counts of organizations',
    posts: 'content:post',
    practice: 'content:practice',
    practiceStats: 'public: counts of what the viewer may see',
    practices: 'content:practice',
    search: 'content:search',
    similarPractices: 'content:practice',
    thread: 'content:thread',
    threads: 'content:thread',
    users: 'personal:users',
    viewer: 'personal:email',
  },
  Subscription: {
    notificationAdded: 'content:notification',
    postAdded: 'content:post',
  },
  ApiToken: { name: 'personal:api-token', prefix: 'personal:api-token' },
  AuditEvent: {
    action: 'personal:audit',
    actor: 'personal:audit',
    details: 'personal:audit',
    ip: 'personal:audit',
    subjectType: 'personal:audit',
  },
  Collection: {
    curator: PUBLIC_USER,
    introduction: 'public: written by moderators for everyone',
    items: 'content:collection-item',
    slug: 'public: written by moderators for everyone',
    title: 'public: written by moderators for everyone',
  },
  CollectionItem: { item: 'content:collection-item', note: 'content:collection-item' },
  Countermeasure: {
    note: 'content:countermeasure',
    pattern: 'content:countermeasure',
    practice: 'content:countermeasure',
    proposedBy: PUBLIC_USER,
  },
  DiscussionCategory: {
    description: 'public: forum descriptions',
    name: 'public: forum names',
    slug: 'public: forum names',
  },
  Endorsement: { comment: 'content:practice', organization: PUBLIC_ORG },
  Event: {
    description: PUBLIC_EVENT,
    endsOn: PUBLIC_EVENT,
    location: PUBLIC_EVENT,
    name: PUBLIC_EVENT,
    sessions: PUBLIC_EVENT,
    slug: PUBLIC_EVENT,
    startsOn: PUBLIC_EVENT,
    themes: PUBLIC_EVENT,
    url: PUBLIC_EVENT,
  },
  EventPresentation: { item: 'content:presentation', session: PUBLIC_EVENT },
  EventSession: {
    description: PUBLIC_EVENT,
    event: PUBLIC_EVENT,
    presentations: 'content:presentation',
    theme: PUBLIC_EVENT,
    title: PUBLIC_EVENT,
  },
  EventTheme: { description: PUBLIC_EVENT, title: PUBLIC_EVENT },
  FacetCount: { value: TAXONOMY },
  GapMatrix: { cells: TAXONOMY },
  InvitationPreview: {
    email: 'public: shown only to the holder of the invitation token',
    organization: PUBLIC_ORG,
  },
  Invitation: { email: 'personal:org-admin' },
  JoinRequest: {
    message: 'personal:org-admin',
    organization: PUBLIC_ORG,
    user: 'personal:org-admin',
  },
  Membership: { organization: 'personal:members', user: 'personal:members' },
  MisusePattern: {
    countermeasures: 'content:countermeasure',
    description: 'content:pattern',
    discussion: 'content:thread',
    indicators: 'content:pattern',
    moderationNote: 'personal:moderation-note',
    organization: PUBLIC_ORG,
    presentations: 'content:presentation',
    relatedThreads: 'content:thread',
    slug: 'content:pattern',
    sources: 'content:pattern',
    summary: 'content:pattern',
    title: 'content:pattern',
  },
  MisusePatternStats: {
    byFormOfExploitation: TAXONOMY,
    byStage: TAXONOMY,
    byTechnology: TAXONOMY,
    byTrend: TAXONOMY,
  },
  ModerationItem: {
    misusePattern: 'content:moderation',
    notes: 'content:moderation',
    post: 'content:moderation',
    practice: 'content:moderation',
    targetType: 'content:moderation',
    thread: 'content:moderation',
  },
  Notification: {
    actor: 'content:notification',
    kind: 'content:notification',
    misusePattern: 'content:notification',
    organization: 'content:notification',
    post: 'content:notification',
    practice: 'content:notification',
    thread: 'content:notification',
  },
  Organization: {
    country: PUBLIC_ORG,
    countryName: PUBLIC_ORG,
    description: PUBLIC_ORG,
    identityChange: 'personal:identity-change',
    invitations: 'personal:org-admin',
    joinRequests: 'personal:org-admin',
    members: 'personal:members',
    name: PUBLIC_ORG,
    slug: PUBLIC_ORG,
    viewerJoinRequest: 'personal:org-admin',
    webhooks: 'personal:webhook',
    website: PUBLIC_ORG,
  },
  OrganizationIdentityChange: {
    changedBy: 'personal:identity-change',
    changes: 'personal:identity-change',
  },
  OrganizationFieldChange: { from: 'personal:identity-change', to: 'personal:identity-change' },
  PageInfo: { endCursor: 'public: opaque cursors', startCursor: 'public: opaque cursors' },
  PlatformStats: { organizationsByStakeholderType: TAXONOMY },
  Post: {
    author: PUBLIC_USER,
    body: 'content:post',
    hiddenReason: 'personal:hidden-reason',
    parent: 'content:post',
    reactions: 'public: reaction counts of a visible post',
    thread: 'content:thread',
  },
  Practice: {
    body: 'content:practice',
    contact: 'personal:contact',
    contributors: PUBLIC_USER,
    countermeasures: 'content:countermeasure',
    countries: 'content:practice',
    endorsements: 'content:practice',
    languages: 'content:practice',
    links: 'content:practice',
    moderationNote: 'personal:moderation-note',
    organization: PUBLIC_ORG,
    partners: PUBLIC_ORG,
    presentations: 'content:presentation',
    revisions: 'personal:revision',
    slug: 'content:practice',
    summary: 'content:practice',
    title: 'content:practice',
  },
  PracticeLink: { label: 'content:practice', url: 'content:practice' },
  PracticeRevision: {
    author: PUBLIC_USER,
    changedFields: 'personal:revision',
    snapshot: 'personal:revision',
  },
  PracticeStats: {
    byCountry: TAXONOMY,
    byFocusArea: TAXONOMY,
    byFormOfExploitation: TAXONOMY,
    byStakeholderType: TAXONOMY,
    byStatus: TAXONOMY,
    byTechnology: TAXONOMY,
  },
  SearchResults: {
    edges: 'content:search',
    engine: 'public: the engine’s name',
    facetDistribution: 'content:search',
    nodes: 'content:search',
    pageInfo: 'public: opaque cursors',
  },
  SearchFacetDistribution: { values: 'content:search' },
  SearchFacetValue: { label: 'content:search', value: 'content:search' },
  MisusePatternSearchHit: {
    highlightedTitle: 'content:search',
    misusePattern: 'content:search',
    snippet: 'content:search',
    title: 'content:search',
  },
  OrganizationSearchHit: {
    highlightedTitle: 'content:search',
    organization: 'content:search',
    snippet: 'content:search',
    title: 'content:search',
  },
  PostSearchHit: {
    highlightedTitle: 'content:search',
    post: 'content:search',
    snippet: 'content:search',
    thread: 'content:search',
    title: 'content:search',
  },
  PracticeSearchHit: {
    highlightedTitle: 'content:search',
    practice: 'content:search',
    snippet: 'content:search',
    title: 'content:search',
  },
  ThreadSearchHit: {
    highlightedTitle: 'content:search',
    snippet: 'content:search',
    thread: 'content:search',
    title: 'content:search',
  },
  SessionInfo: { ip: 'personal:session', userAgent: 'personal:session' },
  SourceLink: { label: 'content:pattern', url: 'content:pattern' },
  Thread: {
    acceptedAnswer: 'content:post',
    author: PUBLIC_USER,
    category: 'public: forum names',
    misusePattern: 'content:pattern',
    practice: 'content:practice',
    tags: 'content:thread',
    title: 'content:thread',
  },
  User: { displayName: PUBLIC_USER, email: 'personal:email' },
  Viewer: {
    apiTokens: 'personal:api-token',
    displayName: 'personal:email',
    email: 'personal:email',
    memberships: 'personal:members',
    sessions: 'personal:session',
  },
  Webhook: {
    deliveries: 'personal:webhook',
    description: 'personal:webhook',
    disabledReason: 'personal:webhook',
    url: 'personal:webhook',
  },
  WebhookDelivery: { error: 'personal:webhook', payload: 'personal:webhook' },
};
