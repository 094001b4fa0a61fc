import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationItemFragment } from '@alliance/graphql';

const KINDS = [
  'REPLY',
  'MENTION',
  'NEW_POST',
  'NEW_THREAD',
  'MODERATION',
  'ENDORSEMENT',
  'INVITATION',
  'PATTERN_COUNTERED',
] as const;

const patternPath = (slug: string) => `/misuse-patterns/${encodeURIComponent(slug)}`;

/** The post's anchor, when the notification is about a post of a thread still visible. */
const postAnchor = (n: NotificationItemFragment) =>
  n.thread && n.post ? `#post-${n.post.id}` : '';

/**
 * Whether the notification is about a misuse pattern's own discussion (its thread has no
 * category), or about the pattern itself with no thread (a countermeasure, a moderation
 * decision), rather than about a thread in the forums.
 */
const aboutPatternPage = (n: NotificationItemFragment) =>
  !!n.misusePattern && (!n.thread || !n.thread.category);

/**
 * Where a notification leads: a misuse pattern's page for its own discussion (at the post) and
 * its countermeasures; otherwise the thread (at the post), practice or organization.
 */
export function notificationLink(n: NotificationItemFragment): string | null {
  if (n.misusePattern && aboutPatternPage(n))
    return `${patternPath(n.misusePattern.slug)}${postAnchor(n)}`;
  if (n.thread) return `/discussions/${n.thread.id}${postAnchor(n)}`;
  if (n.practice) return `/practices/${encodeURIComponent(n.practice.slug)}`;
  if (n.organization) return `/organizations/${encodeURIComponent(n.organization.slug)}`;
  return null;
}

/**
 * What a notification says, in a sentence with links: who did what, and where. Things the
 * viewer may no longer see (a thread, a post, a practice) come back null and are left out.
 */
export function NotificationSummary({
  notification: n,
}: {
  notification: NotificationItemFragment;
}) {
  const { t } = useTranslation();
  const actor = n.actor?.displayName ?? t('notifications.someone');
  const pattern = n.misusePattern;

  if (pattern && n.kind === 'PATTERN_COUNTERED') {
    return (
      <Trans
        t={t}
        i18nKey="notifications.pattern.countered"
        values={{
          actor,
          practice: n.practice?.title ?? t('notifications.pattern.aPractice'),
          pattern: pattern.title,
        }}
        components={{
          practice: n.practice ? (
            <Link to={`/practices/${encodeURIComponent(n.practice.slug)}`} />
          ) : (
            <span />
          ),
          pattern: <Link to={patternPath(pattern.slug)} />,
        }}
      />
    );
  }
  if (pattern && n.kind === 'NEW_THREAD') {
    return (
      <>
        <Trans
          t={t}
          i18nKey="notifications.pattern.newThread"
          values={{ actor, pattern: pattern.title }}
          components={{ pattern: <Link to={patternPath(pattern.slug)} /> }}
        />
        {n.thread && (
          <>
            {': '}
            <Link to={`/discussions/${n.thread.id}${postAnchor(n)}`}>{n.thread.title}</Link>
          </>
        )}
      </>
    );
  }
  if (pattern && n.kind === 'NEW_POST' && n.thread && !n.thread.category) {
    return (
      <Trans
        t={t}
        i18nKey="notifications.pattern.discussionPost"
        values={{ actor, pattern: pattern.title }}
        components={{ pattern: <Link to={`${patternPath(pattern.slug)}${postAnchor(n)}`} /> }}
      />
    );
  }

  const kind = (KINDS as readonly string[]).includes(n.kind)
    ? (n.kind as (typeof KINDS)[number])
    : 'other';
  const where =
    n.thread?.title ?? pattern?.title ?? n.practice?.title ?? n.organization?.name ?? null;
  const href = notificationLink(n);
  return (
    <>
      {t(`notifications.kinds.${kind}`, { actor })}
      {where && (
        <>
          {': '}
          {href ? <Link to={href}>{where}</Link> : where}
        </>
      )}
    </>
  );
}
