import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../../src/common/relay/global-id';
import { hashSecret, newSecret } from '../../../src/identity/secrets';
import {
  addMember,
  createCountermeasureRow,
  createOrganization,
  createPatternRow,
  createPracticeRow,
  createToken,
  createUser,
  type FixtureUser,
} from '../../utils/fixtures';
import { A, clientAddress, type Audience, type Viewer, VIEWERS } from './viewers';

/**
 * One world for the whole read matrix, made with direct rows: every fixture state the rules
 * talk about, each carrying unique marker strings. `markers` says who may see each marker
 * anywhere; a response to a viewer must contain no marker outside that viewer's audiences.
 */
export interface World {
  /** Marker → who may see it (through some path). */
  markers: Map<string, Audience>;
  m: Record<string, string>;
  /** Global ids and slugs of the fixtures, for queries. */
  ids: Record<string, string>;
  headers: Record<Viewer, Record<string, string>>;
  /** The word every searchable fixture's title carries. */
  searchWord: string;
}

const hex = () => randomBytes(3).toString('hex');

export async function buildWorld(db: DataSource): Promise<World> {
  const markers = new Map<string, Audience>();
  const m: Record<string, string> = {};
  const ids: Record<string, string> = {};
  /** A unique marker for `name`, visible to `audience`. Lower-case (it also goes into slugs, emails and URLs). */
  const mark = (name: string, audience: Audience) => {
    const marker = `secret-${name.toLowerCase().replace(/_/g, '-')}-${hex()}`;
    markers.set(marker, audience);
    m[name] = marker;
    return marker;
  };
  const searchWord = `quokka${hex()}`;

  // ---- organizations and viewers -----------------------------------------------------------
  const gov = await createOrganization(db, {
    stakeholderType: 'GOVERNMENT',
    verifiedAt: new Date(),
  });
  const ngo = await createOrganization(db, {
    stakeholderType: 'CIVIL_SOCIETY',
    verifiedAt: new Date(),
    slug: mark('NGO_SLUG', A.EVERYONE),
  });
  const academia = await createOrganization(db, {
    stakeholderType: 'ACADEMIA',
    verifiedAt: new Date(),
  });
  // A verified organization of a type no fixture is restricted to (no viewer belongs to it).
  await createOrganization(db, {
    stakeholderType: 'INTERNATIONAL_ORGANIZATION',
    verifiedAt: new Date(),
  });
  // An unverified organization claiming GOVERNMENT: its members get no tier; its profile is public by design.
  const unverifiedGov = await createOrganization(db, {
    stakeholderType: 'GOVERNMENT',
    verifiedAt: null,
    description: mark('UNVERIFIED_ORG_DESCRIPTION', A.EVERYONE),
  });
  ids.ngo = ngo.globalId;
  ids.ngoSlug = ngo.slug;
  ids.gov = gov.globalId;
  ids.govSlug = gov.slug;
  ids.unverifiedOrgSlug = unverifiedGov.slug;

  const email = (name: string, audience: Audience) => `${mark(name, audience)}@example.net`;
  const users = {
    unverifiedAccount: await createUser(db, { verified: false }),
    govMember: await createUser(db, {
      email: email('EMAIL_GOV_MEMBER', ['govMember', 'readToken', 'platformAdmin']),
    }),
    govEditor: await createUser(db),
    govAdmin: await createUser(db),
    ngoMember: await createUser(db),
    ngoEditor: await createUser(db),
    ngoAdmin: await createUser(db),
    unverifiedOrgMember: await createUser(db),
    moderator: await createUser(db, { platformRole: 'MODERATOR' }),
    platformAdmin: await createUser(db, { platformRole: 'ADMIN' }),
  } satisfies Partial<Record<Viewer, FixtureUser>>;
  await addMember(db, gov.id, users.govMember.id, 'MEMBER');
  await addMember(db, gov.id, users.govEditor.id, 'EDITOR');
  await addMember(db, gov.id, users.govAdmin.id, 'ADMIN');
  await addMember(db, ngo.id, users.ngoMember.id, 'MEMBER');
  await addMember(db, ngo.id, users.ngoEditor.id, 'EDITOR');
  await addMember(db, ngo.id, users.ngoAdmin.id, 'ADMIN');
  await addMember(db, unverifiedGov.id, users.unverifiedOrgMember.id, 'ADMIN');
  // Someone in the NGO who never wrote anything: only the member list shows they belong to it.
  const quiet = await createUser(db, { displayName: mark('NGO_QUIET_MEMBER', A.NGO_MEMBER_LIST) });
  await addMember(db, ngo.id, quiet.id, 'MEMBER');

  const headers = {} as Record<Viewer, Record<string, string>>;
  for (const v of VIEWERS) {
    const base = { 'x-forwarded-for': clientAddress(v) };
    headers[v] =
      v === 'visitor'
        ? base
        : v === 'readToken'
          ? { ...base, ...(await createToken(db, users.govMember.id, ['read'])) }
          : v === 'writeToken'
            ? { ...base, ...(await createToken(db, users.ngoAdmin.id, ['read', 'write'])) }
            : { ...base, ...users[v].session };
  }

  // Personal data of govMember: a second browser session, a named token (the read token is theirs).
  await db.query(
    `INSERT INTO user_session (token_hash, user_id, ip, user_agent, expires_at) VALUES ($1, $2, $3, $4, now() + interval '1 day')`,
    [
      hashSecret(newSecret()),
      users.govMember.id,
      '198.51.100.77',
      `Mozilla/5.0 ${mark('SESSION_USER_AGENT', ['govMember'])}`,
    ],
  );
  markers.set('198.51.100.77', ['govMember']);
  m.SESSION_IP = '198.51.100.77';
  await db.query(
    `INSERT INTO api_token (token_hash, token_prefix, user_id, name, scopes) VALUES ($1, 'ac_pat_xxxx', $2, $3, '{read}')`,
    [hashSecret(newSecret()), users.govMember.id, mark('TOKEN_NAME', ['govMember'])],
  );

  // Authors of the discussions: nobody among the viewers. Their emails are for platform admins.
  const poster = await createUser(db, {
    email: email('EMAIL_POSTER', A.PLATFORM_ADMIN),
    displayName: 'Poster',
  });
  const suspended = await createUser(db, {
    email: email('EMAIL_SUSPENDED', A.PLATFORM_ADMIN),
    displayName: 'Suspended author',
  });
  await db.query(
    `UPDATE user_account SET suspended_until = now() + interval '30 days', suspension_reason = $2 WHERE id = $1`,
    [suspended.id, mark('SUSPENSION_REASON', A.NOBODY)],
  );
  ids.poster = poster.globalId;

  // ---- practices and patterns ---------------------------------------------------------------
  const text = (marker: string) => ({
    slug: marker,
    title: `Practice ${marker} ${searchWord}`,
    summary: `Summary ${marker}: long enough to be a summary of a practice.`,
  });
  type Item = {
    owner: string;
    audience: Audience;
    options: Record<string, unknown>;
    contact?: Audience;
  };
  const practiceStates: Record<string, Item> = {
    PR_PUBLIC: { owner: academia.id, audience: A.EVERYONE, options: {}, contact: A.SIGNED_IN },
    PR_MEMBERS: {
      owner: academia.id,
      audience: A.VERIFIED_MEMBERS,
      options: { visibility: 'MEMBERS' },
      contact: A.VERIFIED_MEMBERS,
    },
    PR_GOV: {
      owner: academia.id,
      audience: A.GOVERNMENT,
      options: { visibility: 'RESTRICTED', visibleTo: ['GOVERNMENT'] },
      contact: A.GOVERNMENT,
    },
    PR_NGO: {
      owner: academia.id,
      audience: A.CIVIL_SOCIETY,
      options: { visibility: 'RESTRICTED', visibleTo: ['CIVIL_SOCIETY'] },
    },
    // Restricted to international organizations, with the GOVERNMENT organization as a partner.
    PR_PARTNER: {
      owner: academia.id,
      audience: A.GOVERNMENT,
      options: { visibility: 'RESTRICTED', visibleTo: ['INTERNATIONAL_ORGANIZATION'] },
    },
    PR_ARCHIVED: {
      owner: academia.id,
      audience: A.VERIFIED_MEMBERS,
      options: { visibility: 'MEMBERS', state: 'ARCHIVED' },
    },
    PR_DRAFT: {
      owner: ngo.id,
      audience: A.NGO_OWNERS,
      options: { state: 'DRAFT', publishedAt: null },
    },
    PR_UNPUBLISHED: {
      owner: ngo.id,
      audience: A.NGO_OWNERS,
      options: { state: 'DRAFT', moderatedAt: new Date() },
    },
  };
  const practices: Record<string, Awaited<ReturnType<typeof createPracticeRow>>> = {};
  for (const [name, item] of Object.entries(practiceStates)) {
    const marker = mark(name, item.audience);
    const extra: Record<string, unknown> = {
      ...item.options,
      body: `## Problem\nBody of ${marker}.`,
    };
    if (item.contact) extra.contact = mark(`CONTACT_${name}`, item.contact);
    if (name === 'PR_UNPUBLISHED') extra.moderationNote = mark('PR_MODERATION_NOTE', A.NGO_OWNERS);
    practices[name] = await createPracticeRow(db, item.owner, { ...text(marker), ...extra });
    ids[name] = practices[name].globalId;
    ids[`${name}_slug`] = marker;
  }
  await db.query(`INSERT INTO practice_partner (practice_id, organization_id) VALUES ($1, $2)`, [
    practices.PR_PARTNER.id,
    gov.id,
  ]);
  // Endorsements (comments carry the practice's audience).
  await db.query(
    `INSERT INTO practice_endorsement (practice_id, organization_id, kind, comment) VALUES ($1, $2, 'USES', $3), ($4, $2, 'USES', $5)`,
    [
      practices.PR_GOV.id,
      gov.id,
      mark('ENDORSEMENT_PR_GOV', A.GOVERNMENT),
      practices.PR_PUBLIC.id,
      mark('ENDORSEMENT_PR_PUBLIC', A.EVERYONE),
    ],
  );
  // Revisions whose snapshots hold the contact (signed-in users only, like Practice.contact).
  for (const name of ['PR_PUBLIC', 'PR_GOV']) {
    const snapshot = {
      title: `Practice ${m[name]}`,
      summary: `Summary ${m[name]}`,
      contact: mark(`SNAPSHOT_CONTACT_${name}`, practiceStates[name].contact!),
    };
    await db.query(
      `INSERT INTO practice_revision (practice_id, number, author_id, changed_fields, snapshot) VALUES ($1, 1, $2, '{title,contact}', $3)`,
      [practices[name].id, poster.id, JSON.stringify(snapshot)],
    );
  }

  const patternStates: Record<string, Item> = {
    PA_PUBLIC: { owner: academia.id, audience: A.EVERYONE, options: {} },
    PA_MEMBERS: {
      owner: academia.id,
      audience: A.VERIFIED_MEMBERS,
      options: { visibility: 'MEMBERS' },
    },
    PA_GOV: {
      owner: academia.id,
      audience: A.GOVERNMENT,
      options: { visibility: 'RESTRICTED', visibleTo: ['GOVERNMENT'] },
    },
    PA_NGO: {
      owner: academia.id,
      audience: A.CIVIL_SOCIETY,
      options: { visibility: 'RESTRICTED', visibleTo: ['CIVIL_SOCIETY'] },
    },
    PA_ARCHIVED: {
      owner: academia.id,
      audience: A.VERIFIED_MEMBERS,
      options: { visibility: 'MEMBERS', state: 'ARCHIVED' },
    },
    PA_DRAFT: {
      owner: ngo.id,
      audience: A.NGO_OWNERS,
      options: { state: 'DRAFT', publishedAt: null },
    },
    PA_UNPUBLISHED: {
      owner: ngo.id,
      audience: A.NGO_OWNERS,
      options: { state: 'DRAFT', moderatedAt: new Date() },
    },
  };
  const patterns: Record<string, Awaited<ReturnType<typeof createPatternRow>>> = {};
  for (const [name, item] of Object.entries(patternStates)) {
    const marker = mark(name, item.audience);
    const extra: Record<string, unknown> = {
      ...item.options,
      description: `## How it works\nDescription of ${marker}.`,
      indicators: [`Indicator of ${marker}`],
    };
    if (name === 'PA_UNPUBLISHED') extra.moderationNote = mark('PA_MODERATION_NOTE', A.NGO_OWNERS);
    patterns[name] = await createPatternRow(db, item.owner, {
      slug: marker,
      title: `Pattern ${marker} ${searchWord}`,
      summary: `Summary ${marker}: a misuse pattern long enough.`,
      ...extra,
    });
    ids[name] = patterns[name].globalId;
    ids[`${name}_slug`] = marker;
  }

  // Countermeasures: a link is seen only by those who see both ends; its note with it.
  const links: [string, string, string, Audience][] = [
    ['CM_PUBLIC_PUBLIC', 'PR_PUBLIC', 'PA_PUBLIC', A.EVERYONE],
    ['CM_PUBLIC_GOV', 'PR_PUBLIC', 'PA_GOV', A.GOVERNMENT],
    ['CM_GOV_PUBLIC', 'PR_GOV', 'PA_PUBLIC', A.GOVERNMENT],
    ['CM_MEMBERS_PUBLIC', 'PR_MEMBERS', 'PA_PUBLIC', A.VERIFIED_MEMBERS],
    ['CM_DRAFT_PUBLIC', 'PR_DRAFT', 'PA_PUBLIC', A.NGO_OWNERS],
  ];
  for (const [name, practice, pattern, audience] of links) {
    ids[name] = (
      await createCountermeasureRow(db, practices[practice].id, patterns[pattern].id, {
        note: mark(name, audience),
        createdBy: poster.id,
      })
    ).globalId;
  }

  // ---- discussions ---------------------------------------------------------------------------
  const category = async (slug: string) =>
    (await db.query('SELECT id FROM discussion_category WHERE slug = $1', [slug]))[0].id as string;
  const thread = async (
    name: string,
    audience: Audience,
    columns: { category?: string; practice?: string; pattern?: string; kind?: string },
  ) => {
    const title = `Thread ${mark(name, audience)} ${searchWord}`;
    const [row] = await db.query(
      `INSERT INTO thread (category_id, practice_id, misuse_pattern_id, title, kind, author_id, tags) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        columns.category ? await category(columns.category) : null,
        columns.practice ?? null,
        columns.pattern ?? null,
        title,
        columns.kind ?? 'DISCUSSION',
        poster.id,
        [`tag-${m[name]}`],
      ],
    );
    ids[name] = toGlobalId('Thread', row.id);
    return row.id as string;
  };
  const post = async (
    name: string,
    audience: Audience,
    threadId: string,
    columns: { author?: string; hidden?: boolean; deleted?: boolean; parent?: string } = {},
  ) => {
    const [row] = await db.query(
      `INSERT INTO post (thread_id, author_id, body, parent_id, hidden_at, hidden_reason, deleted_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now() + (SELECT count(*) FROM post WHERE thread_id = $1) * interval '1 second') RETURNING id`,
      [
        threadId,
        columns.author ?? poster.id,
        `Post ${mark(name, audience)} ${searchWord}`,
        columns.parent ?? null,
        columns.hidden ? new Date() : null,
        columns.hidden ? mark(`${name}_REASON`, A.MODERATORS) : null,
        columns.deleted ? new Date() : null,
      ],
    );
    ids[name] = toGlobalId('Post', row.id);
    return row.id as string;
  };

  // A public question whose accepted answer a moderator hid, a removed post, a reply quoting the
  // hidden post, and a post by a suspended author (suspension stops posting; what was written stays).
  const question = await thread('TH_PUBLIC', A.EVERYONE, {
    category: 'research-data',
    kind: 'QUESTION',
  });
  const publicPost = await post('POST_PUBLIC', A.EVERYONE, question);
  const hidden = await post('POST_HIDDEN', A.MODERATORS, question, { hidden: true });
  await post('POST_REMOVED', A.NOBODY, question, { deleted: true });
  await post('POST_QUOTING_HIDDEN', A.EVERYONE, question, { parent: hidden });
  await post('POST_SUSPENDED_AUTHOR', A.EVERYONE, question, { author: suspended.id });
  await db.query('UPDATE thread SET accepted_post_id = $2 WHERE id = $1', [question, hidden]);
  ids.POST_HIDDEN_uuid = hidden;

  const membersOnly = await thread('TH_MEMBERS', A.VERIFIED_MEMBERS, {
    category: 'law-enforcement-exchange',
  });
  await post('POST_MEMBERS', A.VERIFIED_MEMBERS, membersOnly);
  const govDiscussion = await thread('TH_PR_GOV', A.GOVERNMENT, { practice: practices.PR_GOV.id });
  const govPost = await post('POST_PR_GOV', A.GOVERNMENT, govDiscussion);
  const draftDiscussion = await thread('TH_PR_DRAFT', A.NGO_OWNERS, {
    practice: practices.PR_DRAFT.id,
  });
  await post('POST_PR_DRAFT', A.NGO_OWNERS, draftDiscussion);
  const patternDiscussion = await thread('TH_PA_GOV', A.GOVERNMENT, {
    pattern: patterns.PA_GOV.id,
  });
  await post('POST_PA_GOV', A.GOVERNMENT, patternDiscussion);
  const call = await thread('TH_CALL_PA_GOV', A.GOVERNMENT, {
    category: 'partnerships',
    pattern: patterns.PA_GOV.id,
  });
  await post('POST_CALL_PA_GOV', A.GOVERNMENT, call);
  const publicPatternCall = await thread('TH_CALL_PA_PUBLIC', A.EVERYONE, {
    category: 'partnerships',
    pattern: patterns.PA_PUBLIC.id,
  });
  await post('POST_CALL_PA_PUBLIC', A.EVERYONE, publicPatternCall);

  // Flags with notes (the moderation queue), on a public post and on the GOVERNMENT practice.
  await db.query(
    `INSERT INTO flag (target_type, target_id, user_id, reason, note) VALUES ('POST', $1, $2, 'SPAM', $3), ('PRACTICE', $4, $2, 'OTHER', $5)`,
    [
      hidden,
      poster.id,
      mark('FLAG_NOTE_POST', A.MODERATORS),
      practices.PR_GOV.id,
      mark('FLAG_NOTE_PR_GOV', A.MODERATORS),
    ],
  );

  // Notifications: govMember was answered by the (later hidden) post; ngoMember is told about
  // things of the GOVERNMENT tier they cannot see. Only the recipient reads their notifications.
  await db.query(
    `INSERT INTO notification (user_id, kind, actor_id, thread_id, post_id, practice_id, misuse_pattern_id) VALUES
       ($1, 'REPLY', $3, $4, $5, NULL, NULL),
       ($1, 'ENDORSEMENT', $3, NULL, NULL, $6, NULL),
       ($1, 'NEW_POST', $3, $4, $13, NULL, NULL),
       ($2, 'NEW_POST', $3, $7, $8, NULL, NULL),
       ($2, 'ENDORSEMENT', $3, NULL, NULL, $6, NULL),
       ($2, 'NEW_THREAD', $3, $9, NULL, NULL, $10),
       ($11, 'NEW_POST', $3, $12, NULL, NULL, NULL)`,
    [
      users.govMember.id,
      users.ngoMember.id,
      poster.id,
      question,
      hidden,
      practices.PR_GOV.id,
      govDiscussion,
      govPost,
      call,
      patterns.PA_GOV.id,
      users.unverifiedOrgMember.id,
      membersOnly,
      publicPost,
    ],
  );
  const [hiddenReply] = await db.query(
    `SELECT id FROM notification WHERE user_id = $1 AND post_id = $2`,
    [users.govMember.id, hidden],
  );
  ids.NOTIFICATION_HIDDEN_REPLY = toGlobalId('Notification', hiddenReply.id);

  // ---- events and collections -----------------------------------------------------------------
  const [event] = await db.query(
    `INSERT INTO event (slug, name, description, starts_on, ends_on, themes) VALUES ($1, $2, 'A public conference.', '2019-04-08', '2019-04-09', '[{"title":"Tech","description":"Public theme"}]') RETURNING id`,
    [`event-${hex()}`, `Event ${mark('EVENT', A.EVERYONE)}`],
  );
  const [session] = await db.query(
    `INSERT INTO event_session (event_id, title, theme) VALUES ($1, $2, 'Tech') RETURNING id`,
    [event.id, `Session ${mark('EVENT_SESSION', A.EVERYONE)}`],
  );
  ids.EVENT_SESSION = toGlobalId('EventSession', session.id);
  ids.EVENT = toGlobalId('Event', event.id);
  ids.EVENT_slug = (await db.query('SELECT slug FROM event WHERE id = $1', [event.id]))[0].slug;
  for (const item of ['PR_PUBLIC', 'PR_GOV', 'PR_DRAFT', 'PR_UNPUBLISHED']) {
    await db.query(`INSERT INTO event_presentation (session_id, practice_id) VALUES ($1, $2)`, [
      session.id,
      practices[item].id,
    ]);
  }
  for (const item of ['PA_GOV', 'PA_MEMBERS', 'PA_DRAFT']) {
    await db.query(`INSERT INTO event_presentation (session_id, pattern_id) VALUES ($1, $2)`, [
      session.id,
      patterns[item].id,
    ]);
  }

  const collectionSlug = `collection-${hex()}`;
  const [collection] = await db.query(
    `INSERT INTO collection (slug, title, introduction, created_by) VALUES ($1, $2, 'Public introduction.', $3) RETURNING id`,
    [collectionSlug, `Collection ${mark('COLLECTION', A.EVERYONE)}`, users.moderator.id],
  );
  ids.COLLECTION = toGlobalId('Collection', collection.id);
  ids.COLLECTION_slug = collectionSlug;
  const items: [string, 'practice_id' | 'pattern_id', string, Audience][] = [
    ['PR_PUBLIC', 'practice_id', 'COLLECTION_NOTE_PR_PUBLIC', A.EVERYONE],
    ['PR_GOV', 'practice_id', 'COLLECTION_NOTE_PR_GOV', A.GOVERNMENT],
    ['PA_MEMBERS', 'pattern_id', 'COLLECTION_NOTE_PA_MEMBERS', A.VERIFIED_MEMBERS],
    // Collections show published items only: the note on a draft reaches nobody.
    ['PR_DRAFT', 'practice_id', 'COLLECTION_NOTE_PR_DRAFT', A.NOBODY],
  ];
  for (const [position, [item, column, note, audience]] of items.entries()) {
    const id = column === 'practice_id' ? practices[item].id : patterns[item].id;
    await db.query(
      `INSERT INTO collection_item (collection_id, position, ${column}, note) VALUES ($1, $2, $3, $4)`,
      [collection.id, position, id, mark(note, audience)],
    );
  }

  // ---- organization administration ------------------------------------------------------------
  await db.query(
    `INSERT INTO invitation (token_hash, organization_id, email, role, expires_at) VALUES ($1, $2, $3, 'MEMBER', now() + interval '7 days')`,
    [hashSecret(newSecret()), ngo.id, email('INVITATION_EMAIL', A.NGO_ADMINS)],
  );
  await db.query(
    `INSERT INTO join_request (organization_id, user_id, message) VALUES ($1, $2, $3)`,
    [
      ngo.id,
      users.unverifiedAccount.id,
      mark('JOIN_REQUEST_MESSAGE', [...A.NGO_ADMINS, 'unverifiedAccount']),
    ],
  );
  const [webhook] = await db.query(
    `INSERT INTO webhook (organization_id, url, events, secret, description, disabled_reason) VALUES ($1, $2, '{practice.published}', 'plain:whsec_matrix', $3, $4) RETURNING id`,
    [
      ngo.id,
      `https://hooks.example.net/${mark('WEBHOOK_URL', A.NGO_ADMINS)}`,
      mark('WEBHOOK_DESCRIPTION', A.NGO_ADMINS),
      mark('WEBHOOK_DISABLED_REASON', A.NGO_ADMINS),
    ],
  );
  ids.WEBHOOK = toGlobalId('Webhook', webhook.id);
  const [webhookEvent] = await db.query(
    `INSERT INTO webhook_event (type, practice_id, payload, dispatched_at) VALUES ('practice.published', $1, '{}', now()) RETURNING id`,
    [practices.PR_PUBLIC.id],
  );
  await db.query(
    `INSERT INTO webhook_delivery (id, webhook_id, event_id, status, request_body, error) VALUES (gen_random_uuid(), $1, $2, 'FAILED', $3, $4)`,
    [
      webhook.id,
      webhookEvent.id,
      JSON.stringify({ type: 'practice.published', marker: mark('WEBHOOK_PAYLOAD', A.NGO_ADMINS) }),
      mark('WEBHOOK_DELIVERY_ERROR', A.NGO_ADMINS),
    ],
  );

  // ---- the audit log ----------------------------------------------------------------------------
  const [audit] = await db.query(
    `INSERT INTO audit_event (action, actor_id, subject_type, subject_id, ip, details) VALUES ('user.sign_in_failed', $1, 'User', $2, '203.0.113.99', $3) RETURNING id`,
    [poster.id, poster.globalId, JSON.stringify({ note: mark('AUDIT_DETAILS', A.PLATFORM_ADMIN) })],
  );
  markers.set('203.0.113.99', A.PLATFORM_ADMIN);
  // The unverified organization was verified once, under another name its admins then changed.
  await db.query(
    `INSERT INTO audit_event (action, actor_id, subject_type, subject_id, details) VALUES ('organization.identity_changed', $1, 'Organization', $2, $3)`,
    [
      users.unverifiedOrgMember.id,
      unverifiedGov.id,
      JSON.stringify({
        verificationWithdrawn: true,
        changes: [
          {
            field: 'name',
            from: mark('ORG_FORMER_NAME', A.PLATFORM_ADMIN),
            to: unverifiedGov.name,
          },
        ],
      }),
    ],
  );
  ids.AUDIT_EVENT = toGlobalId('AuditEvent', audit.id);

  return { markers, m, ids, headers, searchWord };
}
