import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import {
  RevokeOtherSessionsDocument,
  RevokeSessionDocument,
  type ProfileQuery,
} from '@alliance/graphql';
import { useDateFormat } from '../../../app/i18n/useDateFormat';
import { attempt, type ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';

type Session = NonNullable<ProfileQuery['viewer']>['sessions'][number];

/** A short description of a browser from its user agent ("Chrome on Linux"), or the raw string. */
export function describeBrowser(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /(Chrome|Chromium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /Android/.test(userAgent)
      ? 'Android'
      : /(iPhone|iPad)/.test(userAgent)
        ? 'iOS'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  if (browser && os) return `${browser} · ${os}`;
  return browser ?? os ?? userAgent.slice(0, 60);
}

/** Browsers where the viewer is signed in: this one marked, the others revocable. */
export function SessionsSection({
  sessions,
  onChanged,
}: {
  sessions: Session[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const [revokeSession] = useMutation(RevokeSessionDocument);
  const [revokeOthers, { loading: revokingOthers }] = useMutation(RevokeOtherSessionsDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const others = sessions.filter((s) => !s.current).length;
  // This browser first, then the most recently used.
  const sorted = [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );

  async function revoke(id: string) {
    setError(null);
    setBusy(id);
    const result = await attempt(() => revokeSession({ variables: { id } }));
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setStatus(t('profile.sessions.revoked'));
    onChanged();
  }

  async function revokeAllOthers() {
    setError(null);
    const result = await attempt(() => revokeOthers());
    if (!result.ok) return setError(result.error);
    setStatus(
      t('profile.sessions.revokedOthers', { count: result.value.data?.revokeOtherSessions ?? 0 }),
    );
    onChanged();
  }

  return (
    <section className="card" aria-labelledby="profile-sessions">
      <h2 id="profile-sessions">{t('profile.sessions.heading')}</h2>
      <p className="muted">{t('profile.sessions.intro')}</p>
      <FormError error={error} />
      <p role="status" className="status-line">
        {status}
      </p>
      <ul className="item-list" data-testid="sessions">
        {sorted.map((session) => (
          <li
            key={session.id}
            className="item"
            data-testid="session"
            data-current={session.current}
          >
            <div className="item__main">
              <p className="item__title">
                {describeBrowser(session.userAgent) ?? t('profile.sessions.unknownBrowser')}
                {session.current && (
                  <span className="badge badge--current">{t('profile.sessions.current')}</span>
                )}
              </p>
              <p className="item__meta">
                {[
                  session.ip && t('profile.sessions.ip', { ip: session.ip }),
                  t('profile.sessions.signedIn', { date: format.dateTime(session.createdAt) }),
                  t('profile.sessions.lastSeen', { date: format.dateTime(session.lastSeenAt) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </div>
            {!session.current && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => revoke(session.id)}
                disabled={busy === session.id}
                aria-label={t('profile.sessions.revokeLabel', {
                  browser:
                    describeBrowser(session.userAgent) ?? t('profile.sessions.unknownBrowser'),
                  date: format.dateTime(session.createdAt),
                })}
              >
                {t('profile.sessions.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {others > 0 && (
        <p className="actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={revokeAllOthers}
            disabled={revokingOthers}
          >
            {t('profile.sessions.revokeOthers')}
          </button>
        </p>
      )}
    </section>
  );
}
