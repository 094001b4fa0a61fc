import type { RuleId } from './rules';
import { A, type Audience } from './viewers';
import type { World } from './world';

/**
 * The queries of the read matrix. Each probe proves one rule through one path (its name), for
 * every viewer: the markers in `shows` must come back to their audience ("allowed" means the
 * right data came back), and no response may hold a marker outside the viewer's audiences
 * (the marker scan, in the spec). Several fixtures are batched per operation with aliases
 * (at most 30 per operation, depth ≤ 12, cost ≤ 10,000).
 */
export interface Probe {
  rule: RuleId;
  path: string;
  query: string;
  variables?: (w: World) => Record<string, unknown>;
  /** Markers this path must return, each to its audience (default: the marker's own audience). */
  shows: (w: World) => (string | [string, Audience])[];
}

const PRACTICES = [
  'PR_PUBLIC',
  'PR_MEMBERS',
  'PR_GOV',
  'PR_NGO',
  'PR_PARTNER',
  'PR_ARCHIVED',
  'PR_DRAFT',
  'PR_UNPUBLISHED',
];
const PATTERNS = [
  'PA_PUBLIC',
  'PA_MEMBERS',
  'PA_GOV',
  'PA_NGO',
  'PA_ARCHIVED',
  'PA_DRAFT',
  'PA_UNPUBLISHED',
];
const THREADS = [
  'TH_PUBLIC',
  'TH_MEMBERS',
  'TH_PR_GOV',
  'TH_PR_DRAFT',
  'TH_PA_GOV',
  'TH_CALL_PA_GOV',
  'TH_CALL_PA_PUBLIC',
];
const COUNTERMEASURES = [
  'CM_PUBLIC_PUBLIC',
  'CM_PUBLIC_GOV',
  'CM_GOV_PUBLIC',
  'CM_MEMBERS_PUBLIC',
  'CM_DRAFT_PUBLIC',
];
const VISIBLE_POSTS = [
  'POST_PUBLIC',
  'POST_QUOTING_HIDDEN',
  'POST_SUSPENDED_AUTHOR',
  'POST_MEMBERS',
  'POST_PR_GOV',
  'POST_PR_DRAFT',
  'POST_PA_GOV',
  'POST_CALL_PA_GOV',
  'POST_CALL_PA_PUBLIC',
];

const PRACTICE = `fragment P on Practice { title slug summary body countries languages links { label url } endorsements { comment organization { name } } organization { name } partners { name } contributors { displayName } }`;
const PATTERN = `fragment M on MisusePattern { title slug summary description indicators sources { label url } organization { name } }`;
const POST = `fragment B on Post { body hiddenReason author { displayName email } }`;

/** `name: field(arg: $var) { … }` for each name, with the variables they need. */
const aliased = (names: string[], field: (name: string, i: number) => string) =>
  names.map((n, i) => `${n.toLowerCase()}: ${field(n, i)}`).join('\n');
const vars = (names: string[], value: (w: World, name: string) => string) => (w: World) =>
  Object.fromEntries(names.map((n, i) => [`v${i}`, value(w, n)]));
const decl = (names: string[], type: string) => names.map((_, i) => `$v${i}: ${type}`).join(', ');
const marks = (names: string[]) => (w: World) => names.map((n) => w.m[n]);

export const PROBES: Probe[] = [
  // ---- practices ------------------------------------------------------------------------------
  {
    rule: 'content:practice',
    path: 'practice(slug)',
    query: `query(${decl(PRACTICES, 'String!')}) { ${aliased(PRACTICES, (_, i) => `practice(slug: $v${i}) { ...P }`)} } ${PRACTICE}`,
    variables: vars(PRACTICES, (w, n) => w.ids[`${n}_slug`]),
    shows: (w) => [...marks(PRACTICES)(w), w.m.ENDORSEMENT_PR_GOV, w.m.ENDORSEMENT_PR_PUBLIC],
  },
  {
    rule: 'content:practice',
    path: 'node(id) on Practice',
    query: `query(${decl(PRACTICES, 'ID!')}) { ${aliased(PRACTICES, (_, i) => `node(id: $v${i}) { ... on Practice { ...P } }`)} } ${PRACTICE}`,
    variables: vars(PRACTICES, (w, n) => w.ids[n]),
    shows: marks(PRACTICES),
  },
  {
    rule: 'content:practice',
    path: 'practices(filter: every state) and by organization',
    query: `query($org: [ID!]) {
      all: practices(first: 50, filter: { states: [PUBLISHED, ARCHIVED, DRAFT] }) { totalCount nodes { ...P } }
      published: practices(first: 50) { nodes { title } }
      byOrganization: practices(first: 50, filter: { organizationIds: $org, states: [PUBLISHED, ARCHIVED, DRAFT] }) { nodes { title } }
      similar: similarPractices(title: "Practice secret", summary: "Summary") { title summary }
    } ${PRACTICE}`,
    variables: (w) => ({ org: [w.ids.ngo] }),
    shows: marks(PRACTICES),
  },
  {
    rule: 'personal:contact',
    path: 'Practice.contact via practice(slug) and node',
    query: `query($a: String!, $b: String!, $c: String!, $x: ID!, $y: ID!) {
      a: practice(slug: $a) { contact } b: practice(slug: $b) { contact } c: practice(slug: $c) { contact }
      x: node(id: $x) { ... on Practice { contact } } y: node(id: $y) { ... on Practice { contact } }
      list: practices(first: 50) { nodes { contact } }
    }`,
    variables: (w) => ({
      a: w.ids.PR_PUBLIC_slug,
      b: w.ids.PR_MEMBERS_slug,
      c: w.ids.PR_GOV_slug,
      x: w.ids.PR_PUBLIC,
      y: w.ids.PR_GOV,
    }),
    shows: (w) => [w.m.CONTACT_PR_PUBLIC, w.m.CONTACT_PR_MEMBERS, w.m.CONTACT_PR_GOV],
  },
  {
    rule: 'personal:moderation-note',
    path: 'moderationNote of unpublished practice and pattern',
    query: `query($a: String!, $b: String!, $c: ID!, $d: ID!) {
      a: practice(slug: $a) { moderationNote } b: misusePattern(slug: $b) { moderationNote }
      c: node(id: $c) { ... on Practice { moderationNote } } d: node(id: $d) { ... on MisusePattern { moderationNote } }
    }`,
    variables: (w) => ({
      a: w.ids.PR_UNPUBLISHED_slug,
      b: w.ids.PA_UNPUBLISHED_slug,
      c: w.ids.PR_UNPUBLISHED,
      d: w.ids.PA_UNPUBLISHED,
    }),
    shows: (w) => [w.m.PR_MODERATION_NOTE, w.m.PA_MODERATION_NOTE],
  },
  {
    rule: 'personal:revision',
    path: 'Practice.revisions.snapshot',
    query: `query($a: String!, $b: String!, $c: ID!) {
      a: practice(slug: $a) { revisions { changedFields snapshot author { displayName email } } }
      b: practice(slug: $b) { revisions { changedFields snapshot } }
      c: node(id: $c) { ... on Practice { revisions { snapshot } } }
    }`,
    variables: (w) => ({ a: w.ids.PR_PUBLIC_slug, b: w.ids.PR_GOV_slug, c: w.ids.PR_GOV }),
    shows: (w) => [
      w.m.SNAPSHOT_CONTACT_PR_PUBLIC,
      w.m.SNAPSHOT_CONTACT_PR_GOV,
      [w.m.PR_PUBLIC, A.EVERYONE],
    ],
  },

  // ---- misuse patterns --------------------------------------------------------------------------
  {
    rule: 'content:pattern',
    path: 'misusePattern(slug)',
    query: `query(${decl(PATTERNS, 'String!')}) { ${aliased(PATTERNS, (_, i) => `misusePattern(slug: $v${i}) { ...M }`)} } ${PATTERN}`,
    variables: vars(PATTERNS, (w, n) => w.ids[`${n}_slug`]),
    shows: marks(PATTERNS),
  },
  {
    rule: 'content:pattern',
    path: 'node(id) on MisusePattern',
    query: `query(${decl(PATTERNS, 'ID!')}) { ${aliased(PATTERNS, (_, i) => `node(id: $v${i}) { ... on MisusePattern { ...M } }`)} } ${PATTERN}`,
    variables: vars(PATTERNS, (w, n) => w.ids[n]),
    shows: marks(PATTERNS),
  },
  {
    rule: 'content:pattern',
    path: 'misusePatterns(filter: every state)',
    query: `query { all: misusePatterns(first: 50, filter: { states: [PUBLISHED, ARCHIVED, DRAFT] }) { totalCount nodes { ...M } }
      gaps: misusePatterns(first: 50, orderBy: FEWEST_COUNTERMEASURES) { nodes { title } } } ${PATTERN}`,
    shows: marks(PATTERNS),
  },

  // ---- countermeasures ----------------------------------------------------------------------------
  {
    rule: 'content:countermeasure',
    path: 'practice.countermeasures.pattern and misusePattern.countermeasures.practice',
    query: `query($a: String!, $b: String!, $c: String!, $d: String!) {
      a: practice(slug: $a) { countermeasures(first: 20) { nodes { note proposedBy { displayName } pattern { title summary } practice { title } } } }
      b: practice(slug: $b) { countermeasures(first: 20) { nodes { note pattern { title } } } }
      c: misusePattern(slug: $c) { countermeasures(first: 20) { nodes { note practice { title contact } pattern { title } } } }
      d: misusePattern(slug: $d) { countermeasures(first: 20) { nodes { note practice { title } } } }
    }`,
    variables: (w) => ({
      a: w.ids.PR_PUBLIC_slug,
      b: w.ids.PR_GOV_slug,
      c: w.ids.PA_PUBLIC_slug,
      d: w.ids.PA_GOV_slug,
    }),
    shows: (w) => [
      w.m.CM_PUBLIC_PUBLIC,
      w.m.CM_PUBLIC_GOV,
      w.m.CM_GOV_PUBLIC,
      w.m.CM_MEMBERS_PUBLIC,
      [w.m.CM_DRAFT_PUBLIC, A.NOBODY],
      w.m.PA_GOV,
      w.m.PR_GOV,
    ],
  },
  {
    rule: 'content:countermeasure',
    path: 'node(id) on Countermeasure',
    query: `query(${decl(COUNTERMEASURES, 'ID!')}) { ${aliased(COUNTERMEASURES, (_, i) => `node(id: $v${i}) { ... on Countermeasure { note practice { title } pattern { title } } }`)} }`,
    variables: vars(COUNTERMEASURES, (w, n) => w.ids[n]),
    shows: (w) => [
      w.m.CM_PUBLIC_PUBLIC,
      w.m.CM_PUBLIC_GOV,
      w.m.CM_GOV_PUBLIC,
      w.m.CM_MEMBERS_PUBLIC,
    ],
  },

  // ---- discussions ----------------------------------------------------------------------------------
  {
    rule: 'content:thread',
    path: 'thread(id) with its practice and pattern',
    query: `query(${decl(THREADS, 'ID!')}) { ${aliased(THREADS, (_, i) => `thread(id: $v${i}) { title tags author { displayName email } category { name } practice { title } misusePattern { title } }`)} }`,
    variables: vars(THREADS, (w, n) => w.ids[n]),
    shows: marks(THREADS),
  },
  {
    rule: 'content:thread',
    path: 'node(id) on Thread',
    query: `query(${decl(THREADS, 'ID!')}) { ${aliased(THREADS, (_, i) => `node(id: $v${i}) { ... on Thread { title tags } }`)} }`,
    variables: vars(THREADS, (w, n) => w.ids[n]),
    shows: marks(THREADS),
  },
  {
    rule: 'content:thread',
    path: 'threads(…) lists and misusePattern.discussion / relatedThreads',
    query: `query($pr: ID!, $pa: ID!, $pd: ID!, $a: String!, $b: String!) {
      all: threads(first: 50) { nodes { title tags } }
      ofPractice: threads(practiceId: $pr, first: 10) { nodes { title } }
      ofDraft: threads(practiceId: $pd, first: 10) { nodes { title } }
      aboutPattern: threads(misusePatternId: $pa, first: 10) { nodes { title } }
      a: misusePattern(slug: $a) { discussion { title } relatedThreads(first: 10) { nodes { title } } }
      b: misusePattern(slug: $b) { relatedThreads(first: 10) { nodes { title } } }
    }`,
    variables: (w) => ({
      pr: w.ids.PR_GOV,
      pa: w.ids.PA_GOV,
      pd: w.ids.PR_DRAFT,
      a: w.ids.PA_GOV_slug,
      b: w.ids.PA_PUBLIC_slug,
    }),
    shows: (w) => [
      w.m.TH_PUBLIC,
      w.m.TH_MEMBERS,
      w.m.TH_PR_GOV,
      w.m.TH_PR_DRAFT,
      w.m.TH_PA_GOV,
      w.m.TH_CALL_PA_GOV,
      w.m.TH_CALL_PA_PUBLIC,
    ],
  },
  {
    rule: 'content:post',
    path: 'posts(threadId) with quoted parents',
    query: `query(${decl(THREADS, 'ID!')}) { ${aliased(THREADS, (_, i) => `posts(threadId: $v${i}, first: 20) { nodes { ...B reactions { count } parent { ...B } thread { title } } }`)} } ${POST}`,
    variables: vars(THREADS, (w, n) => w.ids[n]),
    shows: (w) => [...VISIBLE_POSTS.map((n) => w.m[n]), w.m.POST_HIDDEN, w.m.POST_HIDDEN_REASON],
  },
  {
    rule: 'content:post',
    path: 'node(id) on Post',
    query: `query(${decl([...VISIBLE_POSTS, 'POST_HIDDEN', 'POST_REMOVED'], 'ID!')}) {
      ${aliased([...VISIBLE_POSTS, 'POST_HIDDEN', 'POST_REMOVED'], (_, i) => `node(id: $v${i}) { ... on Post { ...B removed hidden thread { title } } }`)} } ${POST}`,
    variables: vars([...VISIBLE_POSTS, 'POST_HIDDEN', 'POST_REMOVED'], (w, n) => w.ids[n]),
    shows: (w) => [...VISIBLE_POSTS.map((n) => w.m[n]), w.m.POST_HIDDEN, w.m.POST_HIDDEN_REASON],
  },
  {
    rule: 'content:post',
    path: 'Thread.acceptedAnswer (a hidden post)',
    query: `query($t: ID!) { thread(id: $t) { title acceptedAnswer { ...B parent { body } } } byNode: node(id: $t) { ... on Thread { acceptedAnswer { body } } } } ${POST}`,
    variables: (w) => ({ t: w.ids.TH_PUBLIC }),
    shows: (w) => [w.m.TH_PUBLIC, w.m.POST_HIDDEN],
  },

  // ---- notifications ----------------------------------------------------------------------------------
  {
    rule: 'content:notification',
    path: 'notifications with every subject',
    query: `query { notifications(first: 20) { totalCount nodes { kind read actor { displayName email }
      thread { title } post { body hiddenReason parent { body } } practice { title contact } misusePattern { title } organization { name } } }
      unreadNotificationCount }`,
    shows: (w) => [
      // govMember's notifications (their read token reads them too); ngoMember's are about things they cannot see.
      [w.m.PR_GOV, ['govMember', 'readToken']],
      [w.m.POST_PUBLIC, ['govMember', 'readToken']],
    ],
  },
  {
    rule: 'content:notification',
    path: 'node(id) on Notification (a reply that was hidden)',
    query: `query($id: ID!) { node(id: $id) { ... on Notification { kind thread { title } post { body parent { body } } } } }`,
    variables: (w) => ({ id: w.ids.NOTIFICATION_HIDDEN_REPLY }),
    shows: () => [],
  },
  {
    rule: 'personal:hidden-reason',
    path: 'Post.hiddenReason via posts and node',
    query: `query($t: ID!, $p: ID!) { posts(threadId: $t, first: 20) { nodes { hiddenReason } } node(id: $p) { ... on Post { hiddenReason } } }`,
    variables: (w) => ({ t: w.ids.TH_PUBLIC, p: w.ids.POST_HIDDEN }),
    shows: (w) => [w.m.POST_HIDDEN_REASON],
  },

  // ---- search -----------------------------------------------------------------------------------------
  {
    rule: 'content:search',
    path: 'search(query) hits, snippets and facets',
    query: `query($q: String!) { search(query: $q, first: 60, facets: [KIND, ORGANIZATION, CATEGORY, STAKEHOLDER_TYPE]) {
      totalCount engine facetDistribution { facet values { value label count } }
      edges { cursor node { ... on PostSearchHit { snippet } } }
      nodes { __typename
        ... on PracticeSearchHit { title highlightedTitle snippet practice { title contact } }
        ... on MisusePatternSearchHit { title highlightedTitle snippet misusePattern { title } }
        ... on ThreadSearchHit { title highlightedTitle snippet thread { title } }
        ... on PostSearchHit { title highlightedTitle snippet post { body } thread { title } }
        ... on OrganizationSearchHit { title highlightedTitle snippet organization { name } }
      } } }`,
    variables: (w) => ({ q: w.searchWord }),
    shows: (w) => [
      [w.m.PR_PUBLIC, A.EVERYONE],
      [w.m.PR_GOV, A.GOVERNMENT],
      [w.m.PA_GOV, A.GOVERNMENT],
      [w.m.PA_MEMBERS, A.VERIFIED_MEMBERS],
      [w.m.TH_MEMBERS, A.VERIFIED_MEMBERS],
    ],
  },

  // ---- events and collections ---------------------------------------------------------------------
  {
    rule: 'content:presentation',
    path: 'event.sessions.presentations, node(EventSession), practice/pattern.presentations',
    query: `query($e: String!, $s: ID!, $p: String!, $m: String!) {
      event(slug: $e) { name description location url themes { title description } sessions { title description theme event { name }
        presentations { session { title } item { __typename ... on Practice { title contact } ... on MisusePattern { title } } } } }
      events(first: 5) { nodes { name } }
      session: node(id: $s) { ... on EventSession { title presentations { item { ... on Practice { title } ... on MisusePattern { title } } } } }
      p: practice(slug: $p) { presentations { session { title } item { ... on Practice { title } } } }
      m: misusePattern(slug: $m) { presentations { session { title } item { ... on MisusePattern { title } } } }
    }`,
    variables: (w) => ({
      e: w.ids.EVENT_slug,
      s: w.ids.EVENT_SESSION,
      p: w.ids.PR_GOV_slug,
      m: w.ids.PA_GOV_slug,
    }),
    shows: (w) => [w.m.EVENT, w.m.PR_PUBLIC, w.m.PR_GOV, w.m.PA_GOV, w.m.PA_MEMBERS],
  },
  {
    rule: 'content:collection-item',
    path: 'collection.items, collections, node(Collection)',
    query: `query($c: String!, $id: ID!) {
      collection(slug: $c) { title introduction slug curator { displayName email } items(first: 20) { totalCount nodes { note position item { __typename ... on Practice { title contact } ... on MisusePattern { title } } } } }
      collections(first: 10) { nodes { title items(first: 20) { nodes { note } } } }
      byNode: node(id: $id) { ... on Collection { items(first: 20) { nodes { note item { ... on Practice { title } } } } } }
    }`,
    variables: (w) => ({ c: w.ids.COLLECTION_slug, id: w.ids.COLLECTION }),
    shows: (w) => [
      w.m.COLLECTION,
      w.m.COLLECTION_NOTE_PR_PUBLIC,
      w.m.COLLECTION_NOTE_PR_GOV,
      w.m.COLLECTION_NOTE_PA_MEMBERS,
      [w.m.PR_PUBLIC, A.EVERYONE],
      [w.m.PR_GOV, A.GOVERNMENT],
      [w.m.PA_MEMBERS, A.VERIFIED_MEMBERS],
    ],
  },

  // ---- organizations, people, administration ----------------------------------------------------------
  {
    rule: 'personal:members',
    path: 'organization.members and viewer.memberships',
    query: `query($o: String!) {
      organization(slug: $o) { name description members(first: 30) { totalCount nodes { role user { displayName email } organization { name } } } }
      viewer { memberships { role organization { name } user { displayName } } }
    }`,
    variables: (w) => ({ o: w.ids.ngoSlug }),
    shows: (w) => [w.m.NGO_QUIET_MEMBER],
  },
  {
    rule: 'personal:org-admin',
    path: 'organization.invitations / joinRequests / viewerJoinRequest',
    query: `query($o: String!, $u: String!) {
      organization(slug: $o) { invitations { email } joinRequests { message user { displayName email } organization { name } } viewerJoinRequest { message } }
      unverified: organization(slug: $u) { description }
      directory: organizations(first: 50) { nodes { name slug description website } }
    }`,
    variables: (w) => ({ o: w.ids.ngoSlug, u: w.ids.unverifiedOrgSlug }),
    shows: (w) => [w.m.INVITATION_EMAIL, w.m.JOIN_REQUEST_MESSAGE, w.m.UNVERIFIED_ORG_DESCRIPTION],
  },
  {
    rule: 'personal:webhook',
    path: 'organization.webhooks.deliveries and node(Webhook)',
    query: `query($o: String!, $id: ID!) {
      organization(slug: $o) { webhooks { url description disabledReason deliveries(first: 5) { nodes { payload error } } } }
      byNode: node(id: $id) { ... on Webhook { url description deliveries(first: 5) { nodes { payload } } } }
    }`,
    variables: (w) => ({ o: w.ids.ngoSlug, id: w.ids.WEBHOOK }),
    shows: (w) => [
      w.m.WEBHOOK_URL,
      w.m.WEBHOOK_DESCRIPTION,
      w.m.WEBHOOK_DISABLED_REASON,
      w.m.WEBHOOK_PAYLOAD,
      w.m.WEBHOOK_DELIVERY_ERROR,
    ],
  },
  {
    rule: 'personal:email',
    path: 'viewer and User.email of authors',
    query: `query($p: ID!) { viewer { email displayName } poster: node(id: $p) { ... on User { displayName email } } }`,
    variables: (w) => ({ p: w.ids.poster }),
    shows: (w) => [[w.m.EMAIL_GOV_MEMBER, ['govMember', 'readToken']], w.m.EMAIL_POSTER],
  },
  {
    rule: 'personal:session',
    path: 'viewer.sessions',
    query: `query { viewer { sessions { ip userAgent current } } }`,
    shows: (w) => [w.m.SESSION_USER_AGENT, w.m.SESSION_IP],
  },
  {
    rule: 'personal:api-token',
    path: 'viewer.apiTokens',
    query: `query { viewer { apiTokens { name prefix } } }`,
    shows: (w) => [w.m.TOKEN_NAME],
  },
  {
    rule: 'personal:audit',
    path: 'auditEvents and node(AuditEvent)',
    query: `query($id: ID!) { byNode: node(id: $id) { ... on AuditEvent { ip details } }
      auditEvents(action: "user.sign_in_failed", first: 10) { nodes { action ip details subjectType actor { displayName email } } } }`,
    variables: (w) => ({ id: w.ids.AUDIT_EVENT }),
    shows: (w) => [w.m.AUDIT_DETAILS, '203.0.113.99'],
  },
  {
    rule: 'personal:identity-change',
    path: 'Organization.identityChange',
    query: `query($o: String!) { organization(slug: $o) { name identityChange { changedAt changedBy { displayName email } changes { field from to } } }
      organizations(first: 50, filter: { verified: false }) { nodes { identityChange { changes { from } } } } }`,
    variables: (w) => ({ o: w.ids.unverifiedOrgSlug }),
    shows: (w) => [w.m.ORG_FORMER_NAME],
  },
  {
    rule: 'personal:users',
    path: 'users(query)',
    query: `query($q: String!) { users(query: $q, first: 10) { nodes { displayName email } } }`,
    variables: (w) => ({ q: w.m.EMAIL_POSTER }),
    shows: (w) => [w.m.EMAIL_POSTER],
  },
  {
    rule: 'content:moderation',
    path: 'moderationQueue with its subjects',
    query: `query { moderationQueue { targetType notes reasons flagCount post { body } practice { title } thread { title } misusePattern { title } } openFlagCount }`,
    shows: (w) => [w.m.FLAG_NOTE_POST, w.m.FLAG_NOTE_PR_GOV],
  },
  {
    rule: 'content:practice',
    path: 'nodes(ids) over every kind of fixture',
    query: `query($ids: [ID!]!) { nodes(ids: $ids) { __typename
      ... on Practice { title contact } ... on MisusePattern { title } ... on Thread { title } ... on Post { body }
      ... on Countermeasure { note } ... on Webhook { url } ... on AuditEvent { ip } ... on Collection { title } ... on EventSession { title } } }`,
    variables: (w) => ({
      ids: [
        ...PRACTICES,
        ...PATTERNS,
        ...THREADS,
        ...VISIBLE_POSTS,
        'POST_HIDDEN',
        ...COUNTERMEASURES,
        'WEBHOOK',
        'AUDIT_EVENT',
        'COLLECTION',
        'EVENT_SESSION',
      ].map((n) => w.ids[n]),
    }),
    shows: (w) => [
      ...marks(PRACTICES)(w),
      ...marks(PATTERNS)(w),
      ...marks(THREADS)(w),
      w.m.POST_HIDDEN,
      w.m.CM_PUBLIC_GOV,
      w.m.WEBHOOK_URL,
      '203.0.113.99',
    ],
  },
];
