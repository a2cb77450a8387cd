import { describe, expect, it } from 'vitest';
import { splitVisits } from './views/my';

describe('splitVisits', () => {
  const now = Date.parse('2026-06-01T12:00:00Z');
  const visit = (startsAt: string, endsAt: string) => ({ startsAt, endsAt });

  it('keeps a visit under way with the upcoming ones, soonest first, and the past ones latest first', () => {
    const running = visit('2026-06-01T11:30:00Z', '2026-06-01T12:30:00Z');
    const later = visit('2026-06-10T15:00:00Z', '2026-06-10T16:00:00Z');
    const lastWeek = visit('2026-05-25T15:00:00Z', '2026-05-25T16:00:00Z');
    const lastMonth = visit('2026-05-01T15:00:00Z', '2026-05-01T16:00:00Z');
    const { upcoming, past } = splitVisits([lastMonth, later, running, lastWeek], now);
    expect(upcoming).toEqual([running, later]);
    expect(past).toEqual([lastWeek, lastMonth]);
  });
});
