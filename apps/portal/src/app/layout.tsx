import { Button, SkipLink } from '@digdir/designsystemet-react';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { useLogout, useSession } from '../auth/use-session';
import { Loading } from '../components/states';
import { BreakGlassBanner } from '../features/privacy/components/break-glass-banner';
import { LanguageSwitch } from './language-switch';
import { menuFor } from './navigation';

/** Landmarks (banner, navigation, main), a skip link, and focus moved to <main> on navigation. */
export function Layout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const logout = useLogout();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A route change in a single-page app is silent for screen readers: focus the new content.
    mainRef.current?.focus();
  }, [location.pathname]);

  const groups = menuFor(user);
  return (
    <div className="shell">
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <div className="topbar-right">
          {user && (
            <span className="whoami" data-testid="whoami">
              {user.displayName} · {t(`roles.${user.role}`, { defaultValue: user.role })}
            </span>
          )}
          {user?.permissions.includes('breakglass:use') && (
            <NavLink to="/break-glass" className="topbar-link" data-testid="break-glass-link">
              {t('breakGlassRequest.link')}
            </NavLink>
          )}
          {user && (
            <NavLink to="/account" className="topbar-link" data-testid="account-link">
              {t('account.link')}
            </NavLink>
          )}
          <LanguageSwitch />
          <Button variant="secondary" data-size="sm" onClick={() => logout.mutate()} disabled={logout.isPending}>
            {t('auth.logout')}
          </Button>
        </div>
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        {groups.map((group) => (
          <div key={group.label} className="nav-group">
            <p className="nav-group-label" id={`nav-${group.label}`}>
              {t(group.label)}
            </p>
            <ul aria-labelledby={`nav-${group.label}`} data-testid="menu">
              {group.items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end className="nav-link">
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <BreakGlassBanner />
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
