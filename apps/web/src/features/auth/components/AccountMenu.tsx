import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ApiError } from '../../../ui/errors';
import { FormError } from '../../../ui/FormError';
import { useSignOut } from '../hooks/useSignOut';
import { useViewer, type Viewer } from '../hooks/useViewer';
import { withNext } from '../next';
import { isModerator, isPlatformAdmin } from '../permissions';

const AUTH_PAGES = ['/sign-in', '/sign-up', '/forgot-password', '/reset-password'];

interface AccountMenuProps {
  /** The moderators' menu entry (from the moderation feature), shown to moderators. */
  moderationItem?: ReactNode;
}

/** The header's account area: "Sign in" / "Sign up", or the viewer's menu. */
export function AccountMenu({ moderationItem }: AccountMenuProps) {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (loading) return <div className="account" aria-hidden="true" />;
  if (viewer) return <UserMenu viewer={viewer} moderationItem={moderationItem} />;
  const here = location.pathname + location.search;
  const returnTo = AUTH_PAGES.includes(location.pathname) ? '/' : here;
  return (
    <ul className="account account--anonymous">
      <li>
        <Link to={withNext('/sign-in', returnTo)}>{t('nav.signIn')}</Link>
      </li>
      <li>
        <Link className="button button--small" to={withNext('/sign-up', returnTo)}>
          {t('nav.signUp')}
        </Link>
      </li>
    </ul>
  );
}

function UserMenu({ viewer, moderationItem }: { viewer: Viewer; moderationItem: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const signOut = useSignOut();

  // Close when an item is chosen, on Escape (focus back to the button) and on a click elsewhere.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  async function onSignOut() {
    setError(null);
    const failure = await signOut();
    if (failure) setError(failure);
  }

  return (
    <div className="account user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="visually-hidden">{t('nav.accountMenu')} </span>
        <span data-testid="account-name">{viewer.displayName}</span>
        <span className="user-menu__caret" aria-hidden="true" />
      </button>
      {/* Activating a link or the button inside (click or Enter) closes the menu. */}
      <ul id={menuId} className="user-menu__list" hidden={!open} onClick={() => setOpen(false)}>
        <li>
          <Link to="/my/practices">{t('nav.myPractices')}</Link>
        </li>
        <li>
          <Link to="/my/misuse-patterns">{t('nav.myPatterns')}</Link>
        </li>
        <li>
          <Link to="/profile">{t('nav.profile')}</Link>
        </li>
        <li>
          <Link to="/settings/api-tokens">{t('nav.apiTokens')}</Link>
        </li>
        <li>
          <Link to="/notifications">{t('nav.notifications')}</Link>
        </li>
        {isModerator(viewer) && moderationItem && <li>{moderationItem}</li>}
        {isPlatformAdmin(viewer) && (
          <li>
            <Link to="/admin">{t('nav.admin')}</Link>
          </li>
        )}
        <li>
          <button type="button" onClick={onSignOut}>
            {t('nav.signOut')}
          </button>
        </li>
      </ul>
      <FormError error={error} />
    </div>
  );
}
