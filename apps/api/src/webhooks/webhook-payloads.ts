import { MENTION_PATTERN, type StakeholderType } from '@alliance/domain';
import type { EntityManager } from 'typeorm';
import { toGlobalId } from '../common/relay/global-id';
import {
  type ViewerScope,
  visibilityParams,
  visiblePracticeSql,
  visibleThreadSql,
} from '../visibility';
import { PRACTICE_FIELD_NAMES, type WebhookEventName } from './webhook-events';

/** An outbox row as the worker reads it. */
export interface WebhookEventRow {
  id: string;
  type: WebhookEventName;
  practice_id: string | null;
  thread_id: string | null;
  post_id: string | null;
  webhook_id: string | null;
  payload: { changedColumns?: string[] };
  occurred_at: Date;
}

/** The organization a webhook belongs to, as far as visibility needs to know. */
export interface WebhookOrganization {
  id: string;
  stakeholderType: StakeholderType;
  verified: boolean;
}

/**
 * What an organization may see, as a viewer: its members' view through this one organization
 * (verified or not, its stakeholder type), never a moderator's and never a single user's.
 */
export function organizationScope(org: WebhookOrganization): ViewerScope {
  return {
    userId: null,
    memberOrgIds: [org.id],
    verifiedStakeholderTypes: org.verified ? [org.stakeholderType] : [],
    memberOfVerifiedOrganization: org.verified,
    moderator: false,
  };
}

/**
 * Of these events, those whose subject the organization may see now, with the API's own
 * predicates: a published practice; a thread (its category, or its practice); a post that is
 * neither hidden nor removed, in such a thread. A ping is always visible.
 */
export async function visibleEventIds(
  em: EntityManager,
  org: WebhookOrganization,
  eventIds: string[],
): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const [sql, params] = em.connection.driver.escapeQueryWithParameters(
    `SELECT e.id FROM webhook_event e
      WHERE e.id = ANY(CAST(:eventIds AS bigint[])) AND (
        e.type = 'ping'
        OR (e.type IN ('practice.published', 'practice.updated') AND EXISTS (
              SELECT 1 FROM practice p WHERE p.id = e.practice_id AND p.state = 'PUBLISHED' AND ${visiblePracticeSql('p')}))
        OR (e.type = 'thread.created' AND EXISTS (
              SELECT 1 FROM thread t WHERE t.id = e.thread_id AND ${visibleThreadSql('t')}))
        OR (e.type = 'post.created' AND EXISTS (
              SELECT 1 FROM post po JOIN thread t ON t.id = po.thread_id
               WHERE po.id = e.post_id AND po.hidden_at IS NULL AND po.deleted_at IS NULL AND ${visibleThreadSql('t')}))
      )`,
    { ...visibilityParams(organizationScope(org)), eventIds },
  );
  const rows: { id: string }[] = await em.query(sql, params);
  return new Set(rows.map((r) => String(r.id)));
}

interface PracticeSubject {
  id: string;
  slug: string;
  title: string;
  summary: string;
  organization_id: string;
  organization_slug: string;
  organization_name: string;
}
interface ThreadSubject {
  id: string;
  title: string;
  kind: string;
  practice_id: string | null;
  category_slug: string | null;
  category_name: string | null;
}
interface PostSubject {
  id: string;
  thread_id: string;
  body: string;
}

/** The current state of the subjects of a batch of events (only what payloads show). */
export interface Subjects {
  practices: Map<string, PracticeSubject>;
  threads: Map<string, ThreadSubject>;
  posts: Map<string, PostSubject>;
}

export async function loadSubjects(
  em: EntityManager,
  events: WebhookEventRow[],
): Promise<Subjects> {
  const ids = (pick: (e: WebhookEventRow) => string | null) => [
    ...new Set(events.map(pick).filter((id): id is string => id !== null)),
  ];
  const practiceIds = ids((e) => (e.type.startsWith('practice.') ? e.practice_id : null));
  const threadIds = ids((e) => (e.type === 'thread.created' ? e.thread_id : null));
  const postIds = ids((e) => (e.type === 'post.created' ? e.post_id : null));
  // One after the other: `em` may be a transaction's single connection.
  const practices: PracticeSubject[] = practiceIds.length
    ? await em.query(
        `SELECT p.id, p.slug, p.title, p.summary, o.id AS organization_id, o.slug AS organization_slug, o.name AS organization_name
           FROM practice p JOIN organization o ON o.id = p.organization_id WHERE p.id = ANY($1)`,
        [practiceIds],
      )
    : [];
  const threads: ThreadSubject[] = threadIds.length
    ? await em.query(
        `SELECT t.id, t.title, t.kind, t.practice_id, c.slug AS category_slug, c.name AS category_name
           FROM thread t LEFT JOIN discussion_category c ON c.id = t.category_id WHERE t.id = ANY($1)`,
        [threadIds],
      )
    : [];
  const posts: PostSubject[] = postIds.length
    ? await em.query(`SELECT id, thread_id, body FROM post WHERE id = ANY($1)`, [postIds])
    : [];
  return {
    practices: new Map(practices.map((p) => [p.id, p])),
    threads: new Map(threads.map((t) => [t.id, t])),
    posts: new Map(posts.map((p) => [p.id, p])),
  };
}

/** A post's text for a payload: mentions as @Name, whitespace folded, at most `max` characters. */
export function excerpt(body: string, max = 280): string {
  const text = body.replace(MENTION_PATTERN, '@$1').replace(/\s+/g, ' ').trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The JSON body of one delivery: `{ id, type, occurredAt, data }`, with global ids and links
 * into the web app, and nothing about people (no authors, no contacts). Null when the subject
 * no longer exists.
 */
export function deliveryBody(
  deliveryId: string,
  event: WebhookEventRow,
  subjects: Subjects,
  publicUrl: string,
): string | null {
  const data = eventData(event, subjects, publicUrl);
  if (!data) return null;
  return JSON.stringify({
    id: deliveryId,
    type: event.type,
    occurredAt: new Date(event.occurred_at).toISOString(),
    data,
  });
}

function eventData(
  event: WebhookEventRow,
  subjects: Subjects,
  publicUrl: string,
): Record<string, unknown> | null {
  switch (event.type) {
    case 'ping':
      return { webhook: { id: toGlobalId('Webhook', event.webhook_id!) } };
    case 'practice.published':
    case 'practice.updated': {
      const p = subjects.practices.get(event.practice_id!);
      if (!p) return null;
      const practice = {
        id: toGlobalId('Practice', p.id),
        slug: p.slug,
        title: p.title,
        summary: p.summary,
        url: `${publicUrl}/practices/${encodeURIComponent(p.slug)}`,
        organization: {
          id: toGlobalId('Organization', p.organization_id),
          slug: p.organization_slug,
          name: p.organization_name,
        },
      };
      if (event.type === 'practice.published') return { practice };
      const changedFields = (event.payload.changedColumns ?? []).map(
        (c) => PRACTICE_FIELD_NAMES[c] ?? c,
      );
      return { practice, changedFields };
    }
    case 'thread.created': {
      const t = subjects.threads.get(event.thread_id!);
      if (!t) return null;
      const id = toGlobalId('Thread', t.id);
      return {
        thread: {
          id,
          title: t.title,
          kind: t.kind,
          url: `${publicUrl}/discussions/${id}`,
          category: t.category_slug ? { slug: t.category_slug, name: t.category_name } : null,
          practiceId: t.practice_id ? toGlobalId('Practice', t.practice_id) : null,
        },
      };
    }
    case 'post.created': {
      const p = subjects.posts.get(event.post_id!);
      if (!p) return null;
      const threadId = toGlobalId('Thread', p.thread_id);
      const id = toGlobalId('Post', p.id);
      return {
        post: {
          id,
          threadId,
          url: `${publicUrl}/discussions/${threadId}#post-${id}`,
          excerpt: excerpt(p.body),
        },
      };
    }
  }
}
