import { describe, expect, it } from 'vitest';
import { nextSort, sortParam, sortRows } from './sorting';

describe('sortable columns', () => {
  it('turns the sorted column around and starts another one ascending', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'when')).toEqual({ key: 'when', direction: 'ascending' });
  });

  it('sorts names by the alphabet, not by character codes, and either way', () => {
    const rows = ['ortiz', 'Baker', 'Álvarez', 'adams'];
    expect(sortRows(rows, (r) => r, 'ascending')).toEqual(['adams', 'Álvarez', 'Baker', 'ortiz']);
    expect(sortRows(rows, (r) => r, 'descending')).toEqual(['ortiz', 'Baker', 'Álvarez', 'adams']);
  });

  it('puts ISO dates in date order and rows without a value last either way', () => {
    const rows = [{ d: '2027-03-01' }, { d: null }, { d: '2026-12-31' }, { d: '2027-01-15' }];
    expect(sortRows(rows, (r) => r.d, 'ascending').map((r) => r.d)).toEqual(['2026-12-31', '2027-01-15', '2027-03-01', null]);
    expect(sortRows(rows, (r) => r.d, 'descending').map((r) => r.d)).toEqual(['2027-03-01', '2027-01-15', '2026-12-31', null]);
  });

  it('keeps the order of ties', () => {
    const rows = [{ k: 1, id: 'a' }, { k: 0, id: 'b' }, { k: 1, id: 'c' }];
    expect(sortRows(rows, (r) => r.k, 'ascending').map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('names the server sort with a minus for descending', () => {
    expect(sortParam({ key: 'npi', direction: 'ascending' })).toBe('npi');
    expect(sortParam({ key: 'name', direction: 'descending' })).toBe('-name');
  });
});
