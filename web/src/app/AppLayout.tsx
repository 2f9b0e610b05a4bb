import { Button, Link, SkipLink } from '@digdir/designsystemet-react';
import { Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { useMe } from '../features/auth/hooks/useMe';
import { useSignOut } from '../features/auth/hooks/useSignOut';
import { PageSkeleton } from '../shared/components/PageSkeleton';
import { isLanguage } from './i18n';
import { LanguageSwitcher } from './LanguageSwitcher';
import { navigationFor } from './navigation';

/**
 * Header (name, main menu, language, sign-out), the page in <main>, and a footer with the accessibility statement.
 * Narrower than 48rem a signed-in person's menu and tools fold behind a "Meny" disclosure button (app.css),
 * which closes again on navigation and on Escape.
 */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const person = me.data ?? null;
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  // Following a link (or the browser's back button) closes the folded menu.
  useEffect(() => setMenuOpen(false), [pathname]);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  };

  // A signed-in person sees the app in the language of their profile.
  useEffect(() => {
    if (person && isLanguage(person.locale) && person.locale !== i18n.language)
      void i18n.changeLanguage(person.locale);
  }, [person, i18n]);

  // Until /api/me answers (index.html asks for it beside the app's files), nothing is painted: the header
  // takes its final shape (menu, name, sign-out) in the first paint, so nothing below it moves.
  if (me.isPending)
    return (
      <div className="app" aria-busy="true">
        <span role="status" className="visually-hidden">
          {t('loading')}
        </span>
      </div>
    );

  return (
    <div className="app">
      <SkipLink href="#main">{t('skipToContent')}</SkipLink>
      <header className="app-header" onKeyDown={closeOnEscape}>
        <div className="app-header__inner">
          <RouterLink to="/" className="app-name">
            {t('appName')}
          </RouterLink>
          {person && (
            <Button
              ref={menuButton}
              variant="secondary"
              data-size="sm"
              className="app-menu-button"
              aria-expanded={menuOpen}
              aria-controls="app-menu"
              onClick={() => setMenuOpen((open) => !open)}
            >
              {t('menu')}
            </Button>
          )}
          <div
            id="app-menu"
            className="app-menu"
            data-collapsible={person ? true : undefined}
            data-open={menuOpen}
            onClick={(event) => {
              // Following a link closes the menu, also a link to the page already shown.
              if ((event.target as HTMLElement).closest('a')) setMenuOpen(false);
            }}
          >
            {person && (
              <nav aria-label={t('mainNavigation')} className="app-nav">
                <ul>
                  {navigationFor(person).map((item) => (
                    <li key={item.path}>
                      <NavLink to={item.path} end={item.end}>
                        {t(item.labelKey)}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            <div className="app-header__tools">
              <LanguageSwitcher />
              {person && (
                <>
                  <RouterLink to="/profile" className="app-person app-tool-link">
                    {t('signedInAs', { name: person.name })}
                  </RouterLink>
                  <RouterLink to="/profile/calendar" className="app-tool-link">
                    {t('nav.calendarFeeds')}
                  </RouterLink>
                  <Button
                    variant="secondary"
                    data-size="sm"
                    loading={signOut.isPending}
                    onClick={() =>
                      signOut.mutate(undefined, {
                        // After a single sign-on, on to the provider to sign out there too; it returns to /login.
                        onSuccess: ({ providerLogoutUrl }) =>
                          providerLogoutUrl
                            ? window.location.assign(providerLogoutUrl)
                            : void navigate('/login'),
                        onError: () => void navigate('/login'),
                      })
                    }
                  >
                    {t('signOut')}
                  </Button>
                </>
              )}
            </div>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {/* A feature's strings arrive with its page's chunk, a moment after the page first renders (i18n.ts). */}
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <span>{t('footerText')}</span>
        <Link asChild>
          <RouterLink to="/accessibility">{t('accessibilityStatement')}</RouterLink>
        </Link>
      </footer>
    </div>
  );
}
