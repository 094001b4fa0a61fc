import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { AccountMenu } from '../features/auth/components/AccountMenu';
import { VerifyEmailBanner } from '../features/auth/components/VerifyEmailBanner';
import { DemoModeBanner } from '../features/platform/components/DemoModeBanner';
import { useViewer } from '../features/auth/hooks/useViewer';
import { ModerationMenuItem } from '../features/moderation';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { DEV_MAILBOX_PATH, useDevMailboxAvailable } from '../features/dev/hooks/useDevMailbox';
import { HeaderSearch } from '../features/search/components/HeaderSearch';
import { Logo } from '../ui/Logo';
import { GRAPHQL_PATH } from './apollo';

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPathname = useRef(pathname);
  const devMailbox = useDevMailboxAvailable();
  const { viewer } = useViewer();

  // After client-side navigation, move focus to the main region so keyboard and screen-reader
  // users start at the new page's content instead of the link they just followed.
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <DemoModeBanner />
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand" aria-label={t('nav.homeLink')}>
            <Logo className="brand__logo" />
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <nav aria-label={t('nav.primary')} className="primary-nav">
            <ul>
              <li>
                <NavLink to="/practices">{t('nav.practices')}</NavLink>
              </li>
              <li>
                <NavLink to="/misuse-patterns" end>
                  {t('misusePatterns.nav.patterns')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/misuse-patterns/gaps">{t('misusePatterns.nav.gaps')}</NavLink>
              </li>
              <li>
                <NavLink to="/organizations">{t('nav.organizations')}</NavLink>
              </li>
              <li>
                <NavLink to="/discussions">{t('nav.discussions')}</NavLink>
              </li>
              <li>
                <NavLink to="/search">{t('nav.search')}</NavLink>
              </li>
              <li>
                <NavLink to="/insights">{t('nav.insights')}</NavLink>
              </li>
              <li>
                <NavLink to="/about">{t('nav.about')}</NavLink>
              </li>
            </ul>
          </nav>
          <HeaderSearch />
          {viewer && <NotificationBell />}
          <AccountMenu moderationItem={<ModerationMenuItem />} />
        </div>
      </header>
      <VerifyEmailBanner />
      <main id="main" ref={mainRef} tabIndex={-1} className="container site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>{t('footer.mission')}</p>
          {/* The programme and curated lists: reachable from every page without crowding the header. */}
          <nav aria-label={t('events.navLabel')}>
            <ul className="footer-links">
              <li>
                <NavLink to="/events">{t('events.navLink')}</NavLink>
              </li>
              <li>
                <NavLink to="/collections">{t('collections.navLink')}</NavLink>
              </li>
            </ul>
          </nav>
          <ul className="footer-links">
            <li>
              <a href={GRAPHQL_PATH}>{t('footer.api')}</a>
            </li>
            {devMailbox && (
              <li>
                <Link to={DEV_MAILBOX_PATH}>{t('footer.devMailbox')}</Link>
              </li>
            )}
          </ul>
        </div>
      </footer>
    </div>
  );
}
