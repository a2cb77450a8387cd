import { useEffect, useState } from 'preact/hooks';
import { whenSignedOut } from './api';
import { call } from './api';
import { currentUser, has, homeFor, mayOpen, PLACES, placesFor, signOut, type User } from './session';
import { Loading, signInHref } from './ui';
import { setPracticeZone } from './time';
import { Admin } from './views/admin';
import { Desk } from './views/desk';
import { Finder } from './views/finder';
import { MyAppointments } from './views/my';
import { Practice } from './views/practice';
import { TherapistHome } from './views/therapist';

function routeOf(hash: string): string {
  return hash.replace(/^#\/?/, '').split('/')[0] || '';
}

export function App() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [route, setRoute] = useState(routeOf(location.hash));
  const [signedOut, setSignedOut] = useState(false);
  const signInFailed = new URLSearchParams(location.search).get('signin') === 'failed';

  useEffect(() => {
    currentUser().then(async (found) => {
      setPracticeZone(found?.practiceZone);
      // a patient is named as their patient record names them, not as the login does
      if (found && has(found, 'PATIENT')) {
        try {
          const me = await call<{ firstName: string; lastName: string }>('/api/patients/me');
          found = { ...found, name: `${me.firstName} ${me.lastName}` };
        } catch {
          // the login's own name stays
        }
      }
      setUser(found);
    });
    whenSignedOut(() => setSignedOut(true));
    const onHash = () => setRoute(routeOf(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (user !== undefined && !route) location.replace(`#/${homeFor(user)}`);
  }, [user, route]);

  useEffect(() => {
    const place = placesFor(user ?? null).find((p) => p.route === route);
    document.title = `${place?.label ?? 'PT Practice'} · PT Practice`;
    document.getElementById('main')?.focus();
  }, [route, user]);

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <header class="top">
        <span class="brand">PT Practice</span>
        <nav aria-label="Main">
          {placesFor(user ?? null).map((p) => (
            <a key={p.route} href={`#/${p.route}`} aria-current={p.route === route ? 'page' : undefined}>
              {p.label}
            </a>
          ))}
        </nav>
        <div class="who">
          {user === undefined ? null : user ? (
            <>
              <span class="user" data-testid="signed-in-as">
                {user.name || user.username} <small>({user.roles.map((r) => r.toLowerCase().replace(/_/g, ' ')).join(', ')})</small>
              </span>
              <button type="button" onClick={signOut}>
                Sign out
              </button>
            </>
          ) : (
            <a class="button" href={signInHref()}>
              Sign in
            </a>
          )}
        </div>
      </header>
      {signInFailed && !user && (
        <div class="banner" role="alert">
          Sign-in did not complete. <a href={signInHref()}>Try again</a>, or ask IT if it keeps failing.
        </div>
      )}
      {signedOut && (
        <div class="banner" role="alert">
          Your session has ended; nothing was changed. <a href={signInHref()}>Sign in again</a>
        </div>
      )}
      <main id="main" tabIndex={-1}>
        {user === undefined ? <Loading label="Checking who is signed in" /> : <Screen route={route} user={user} />}
      </main>
    </>
  );
}

function Screen({ route, user }: { route: string; user: User | null }) {
  if (!mayOpen(user, route)) return <NotForYou route={route} user={user} />;
  switch (route) {
    case 'desk':
      return <Desk user={user!} />;
    case 'admin':
      return <Admin user={user!} />;
    case 'practice':
      return <Practice />;
    case 'therapist':
      return <TherapistHome user={user!} />;
    case 'my':
      return <MyAppointments />;
    default:
      return <Finder />;
  }
}

/** A screen of another role: signed in, it says so (never "sign in"); signed out, it offers sign-in. */
function NotForYou({ route, user }: { route: string; user: User | null }) {
  const what = PLACES.find((p) => p.route === route)?.label ?? 'this screen';
  if (user) {
    const home = placesFor(user).find((p) => p.route === homeFor(user));
    return (
      <div class="panel" data-testid="not-for-your-role">
        <h1>Not available to your role</h1>
        <p>
          {what} is not one of the screens of {user.roles.map((r) => r.toLowerCase().replace(/_/g, ' ')).join(', ')}. You are signed in as {user.name || user.username}.
        </p>
        {home && (
          <p>
            <a class="button primary" href={`#/${home.route}`}>
              Go to {home.label}
            </a>
          </p>
        )}
      </div>
    );
  }
  return (
    <div class="panel">
      <h1>Sign in to open {what}</h1>
      <p>
        <a class="button primary" href={signInHref()}>
          Sign in
        </a>{' '}
        or <a href="#/finder">find a clinic</a> without signing in.
      </p>
    </div>
  );
}
