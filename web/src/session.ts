import { call, readCookie } from './api';

export type Role = 'FRONT_DESK' | 'THERAPIST' | 'CREDENTIALING_ADMIN' | 'PRACTICE_ADMIN' | 'PATIENT';

export interface User {
  subject: string;
  username: string;
  name?: string;
  email?: string;
  roles: Role[];
  /** the practice's zone (the gateway's PRACTICE_ZONE), whose days report dates are */
  practiceZone?: string;
}

/** The signed-in user, or null when nobody is (401) or the gateway has no session support. */
export async function currentUser(): Promise<User | null> {
  try {
    return await call<User>('/bff/user');
  } catch {
    return null;
  }
}

export async function signOut(): Promise<void> {
  try {
    const answer = await call<{ redirectTo?: string }>('/bff/logout', { method: 'POST', action: 'Signing out' });
    location.assign(answer?.redirectTo || '/#/finder');
  } catch {
    location.assign('/#/finder');
  }
}

export function has(user: User | null, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => roles.includes(r));
}

export interface Place {
  route: string;
  label: string;
  roles: Role[] | null;
}

/** What each role may open, in header order; null roles: everyone, signed in or not. */
export const PLACES: Place[] = [
  { route: 'practice', label: 'Clinics', roles: ['PRACTICE_ADMIN'] },
  { route: 'desk', label: 'Front desk', roles: ['FRONT_DESK', 'PRACTICE_ADMIN'] },
  { route: 'admin', label: 'Credentialing', roles: ['CREDENTIALING_ADMIN', 'PRACTICE_ADMIN'] },
  { route: 'therapist', label: 'My schedule', roles: ['THERAPIST'] },
  { route: 'my', label: 'My appointments', roles: ['PATIENT'] },
  { route: 'finder', label: 'Find a clinic', roles: null },
];

export function placesFor(user: User | null): Place[] {
  return PLACES.filter((p) => p.roles === null || has(user, ...p.roles));
}

/** Each role's home screen, in the order a user with several roles lands on them. */
const HOMES: [Role, string][] = [
  ['FRONT_DESK', 'desk'],
  ['THERAPIST', 'therapist'],
  ['PRACTICE_ADMIN', 'practice'],
  ['CREDENTIALING_ADMIN', 'admin'],
  ['PATIENT', 'my'],
];

export function homeFor(user: User | null): string {
  return HOMES.find(([role]) => has(user, role))?.[1] ?? 'finder';
}

/** Whether a screen is one of this user's (the finder is everyone's). */
export function mayOpen(user: User | null, route: string): boolean {
  const place = PLACES.find((p) => p.route === route);
  return !place || place.roles === null || has(user, ...place.roles);
}

/**
 * Where sign-in returns to: the screen the user was on, except from the finder or no screen,
 * which return to the front page so that every role lands on its home screen.
 */
export function returnAfterSignIn(hash: string): string {
  const route = hash.replace(/^#\/?/, '').split('/')[0];
  return !route || route === 'finder' ? '/' : `/${hash}`;
}

export { readCookie };
