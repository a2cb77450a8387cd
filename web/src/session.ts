import { call, readCookie } from './api';

export type Role = 'FRONT_DESK' | 'THERAPIST' | 'CREDENTIALING_ADMIN' | 'PRACTICE_ADMIN' | 'PATIENT';

export interface User {
  subject: string;
  username: string;
  name?: string;
  email?: string;
  roles: Role[];
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
  { route: 'my', label: 'My appointments', roles: ['PATIENT'] },
  { route: 'finder', label: 'Find a clinic', roles: null },
];

export function placesFor(user: User | null): Place[] {
  return PLACES.filter((p) => p.roles === null || has(user, ...p.roles));
}

export function homeFor(user: User | null): string {
  return placesFor(user)[0].route;
}

export { readCookie };
