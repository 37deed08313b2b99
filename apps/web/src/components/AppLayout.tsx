import { useEffect } from 'react';
import { isRouteErrorResponse, Link, Navigate, NavLink, Outlet, useLocation, useNavigate, useRouteError } from 'react-router';
import { useMutation } from 'urql';
import { SignOutMutation } from '../api/documents';
import { sessionStore, useSession } from '../api/session';

/** Screens reachable without a session. */
const PUBLIC_PATHS = ['/sign-in', '/sign-up'];

export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Backlog Studio` : 'Backlog Studio';
  }, [title]);
}

function UserMenu() {
  const { session } = useSession();
  const navigate = useNavigate();
  const [{ fetching }, signOut] = useMutation(SignOutMutation);
  if (!session) return null;
  return (
    <div className="user-menu">
      <span className="user-name" title={session.user.email}>
        <span className="visually-hidden">Signed in as </span>
        {session.user.displayName || session.user.email}
      </span>
      <button
        type="button"
        className="btn btn-small"
        disabled={fetching}
        onClick={() => {
          void signOut({}).finally(() => {
            sessionStore.signedOut();
            void navigate('/sign-in', { replace: true });
          });
        }}
      >
        Sign out
      </button>
    </div>
  );
}

function Header() {
  const { session } = useSession();
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to="/" className="brand">
          <svg width="24" height="24" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <rect x="7" y="8" width="18" height="3.5" rx="1.5" fill="#fff" />
            <rect x="7" y="14.25" width="13" height="3.5" rx="1.5" fill="#fff" opacity=".85" />
            <rect x="7" y="20.5" width="8" height="3.5" rx="1.5" fill="#fff" opacity=".7" />
          </svg>
          <span>Backlog Studio</span>
        </Link>
        {session ? (
          <nav aria-label="Main">
            <NavLink to="/products" end className="nav-link">
              Products
            </NavLink>
            <NavLink to="/practice" className="nav-link">
              Practice
            </NavLink>
          </nav>
        ) : null}
        <UserMenu />
      </div>
    </header>
  );
}

export function AppLayout() {
  const { session, signInRequired, signedOutHere } = useSession();
  const location = useLocation();
  // No session (or the API refused it): sign in first, then come back here (unless just signed out).
  if ((signInRequired || !session) && !PUBLIC_PATHS.includes(location.pathname)) {
    const next = signedOutHere ? '/' : `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : 'Unknown error';
  return (
    <>
      <Header />
      <main id="main" className="page">
        <h1>Something broke on this screen</h1>
        <p className="muted">{message}</p>
        <p>
          <Link to="/" className="btn">
            Back to the start
          </Link>
        </p>
      </main>
    </>
  );
}
