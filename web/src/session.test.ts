import { describe, expect, it } from 'vitest';
import { homeFor, mayOpen, returnAfterSignIn, type Role, type User } from './session';

const user = (...roles: Role[]): User => ({ subject: 's', username: 'u', roles });

describe('landing', () => {
  it('lands every role on its own home screen', () => {
    expect(homeFor(user('FRONT_DESK'))).toBe('desk');
    expect(homeFor(user('THERAPIST'))).toBe('therapist');
    expect(homeFor(user('PRACTICE_ADMIN'))).toBe('practice');
    expect(homeFor(user('CREDENTIALING_ADMIN'))).toBe('admin');
    expect(homeFor(user('PATIENT'))).toBe('my');
    expect(homeFor(null)).toBe('finder');
  });

  it('returns to the front page after a sign-in from the finder, elsewhere to the screen', () => {
    expect(returnAfterSignIn('#/finder')).toBe('/');
    expect(returnAfterSignIn('')).toBe('/');
    expect(returnAfterSignIn('#/')).toBe('/');
    expect(returnAfterSignIn('#/admin')).toBe('/#/admin');
  });

  it('tells a screen of another role from a screen of ones own', () => {
    expect(mayOpen(user('THERAPIST'), 'desk')).toBe(false);
    expect(mayOpen(user('THERAPIST'), 'therapist')).toBe(true);
    expect(mayOpen(user('PATIENT'), 'finder')).toBe(true);
    expect(mayOpen(null, 'my')).toBe(false);
  });
});
