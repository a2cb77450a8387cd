import { useEffect, useState } from 'preact/hooks';
import { whenSignedOut } from './api';
import { currentUser, has, homeFor, placesFor, signOut, type User } from './session';
import { Loading, signInHref } from './ui';
import { Admin } from './views/admin';
import { Desk } from './views/desk';
import { Finder } from './views/finder';
import { MyAppointments } from './views/my';
import { Practice } from './views/practice';

function routeOf(hash: string): string {
  return hash.replace(/^#\/?/, '').split('/')[0] || '';
}

export function App() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [route, setRoute] = useState(routeOf(location.hash));
  const [signedOut, setSignedOut] = useState(false);
  const signInFailed = new URLSearchParams(location.search).get('signin') === 'failed';

  useEffect(() => {
    currentUser().then(setUser);
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
  switch (route) {
    case 'desk':
      return has(user, 'FRONT_DESK', 'PRACTICE_ADMIN') ? <Desk user={user!} /> : <SignInFirst what="the front desk" user={user} />;
    case 'admin':
      return has(user, 'CREDENTIALING_ADMIN', 'PRACTICE_ADMIN') ? <Admin user={user!} /> : <SignInFirst what="credentialing" user={user} />;
    case 'practice':
      return has(user, 'PRACTICE_ADMIN') ? <Practice /> : <SignInFirst what="the clinics" user={user} />;
    case 'my':
      return has(user, 'PATIENT') ? <MyAppointments /> : <SignInFirst what="your appointments" user={user} />;
    default:
      return <Finder />;
  }
}

function SignInFirst({ what, user }: { what: string; user: User | null }) {
  return (
    <div class="panel">
      <h1>Sign in to open {what}</h1>
      {user ? (
        <p>You are signed in as {user.username}, whose role may not open {what}.</p>
      ) : (
        <p>
          <a class="button primary" href={signInHref()}>
            Sign in
          </a>{' '}
          or <a href="#/finder">find a clinic</a> without signing in.
        </p>
      )}
    </div>
  );
}
