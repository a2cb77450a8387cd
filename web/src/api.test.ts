import { describe, expect, it } from 'vitest';
import { query, readCookie } from './api';
import { homeFor, placesFor, type User } from './session';

describe('readCookie', () => {
  it('finds the XSRF token among other cookies and decodes it', () => {
    expect(readCookie('XSRF-TOKEN', 'SESSION=abc; XSRF-TOKEN=a%2Bb%3D; other=1')).toBe('a+b=');
    expect(readCookie('XSRF-TOKEN', 'SESSION=abc')).toBeNull();
  });
});

describe('query', () => {
  it('leaves out empty filters', () => {
    expect(query({ type: 'DRY_NEEDLING', clinicId: '', state: undefined, limit: 60 })).toBe('?type=DRY_NEEDLING&limit=60');
    expect(query({})).toBe('');
  });
});

describe('places by role', () => {
  const user = (...roles: User['roles']): User => ({ subject: 's', username: 'u', roles });

  it('opens each role on its own screen and always offers the finder', () => {
    expect(homeFor(user('FRONT_DESK'))).toBe('desk');
    expect(homeFor(user('CREDENTIALING_ADMIN'))).toBe('admin');
    expect(homeFor(user('PATIENT'))).toBe('my');
    expect(homeFor(null)).toBe('finder');
    expect(homeFor(user('PRACTICE_ADMIN'))).toBe('practice');
    expect(placesFor(user('PRACTICE_ADMIN')).map((p) => p.route)).toEqual(['practice', 'desk', 'admin', 'finder']);
    expect(placesFor(user('THERAPIST')).map((p) => p.route)).toEqual(['therapist', 'finder']);
    expect(homeFor(user('THERAPIST'))).toBe('therapist');
  });
});
