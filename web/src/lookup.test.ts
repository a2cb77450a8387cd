import { describe, expect, it } from 'vitest';
import { showing } from './views/therapist-lookup';

describe('showing', () => {
  it('says which of how many a page shows', () => {
    expect(showing({ page: 0, size: 20, totalElements: 25, content: new Array(20) })).toBe('Showing 1–20 of 25');
    expect(showing({ page: 1, size: 20, totalElements: 25, content: new Array(5) })).toBe('Showing 21–25 of 25');
    expect(showing({ page: 0, size: 20, totalElements: 0, content: [] })).toBe('None found');
  });
});
