import { describe, expect, it } from 'vitest';
import { addDays, anyZoneDaysWindow, dayInZone, formatInZone, instantInZone, isoDate, localDaysWindow, practiceZone, searchWindow, setPracticeZone, timeInZone, todayInZone, zoneLabel } from './time';

describe('clinic-local times', () => {
  it('shows an instant in the clinic zone whatever the offset it came with', () => {
    expect(formatInZone('2026-03-10T15:00:00Z', 'America/Denver')).toBe('Tue, Mar 10, 9:00 AM MDT');
    expect(formatInZone('2026-03-10T09:00:00-06:00', 'America/Phoenix')).toBe('Tue, Mar 10, 8:00 AM MST');
    expect(timeInZone('2026-01-05T15:30:00Z', 'America/New_York')).toBe('10:30 AM');
  });

  it('crosses daylight saving time correctly', () => {
    expect(formatInZone('2026-03-07T16:00:00Z', 'America/Denver')).toBe('Sat, Mar 7, 9:00 AM MST');
    expect(formatInZone('2026-03-09T15:00:00Z', 'America/Denver')).toBe('Mon, Mar 9, 9:00 AM MDT');
  });

  it('names the zone', () => {
    expect(zoneLabel('America/Los_Angeles')).toBe('Pacific time, America/Los_Angeles');
    expect(zoneLabel('America/Denver')).toBe('Mountain time, America/Denver');
    expect(zoneLabel('America/Phoenix')).not.toContain('Denver');
  });

  it('reads a clinic-local day and time as the instant it names there', () => {
    expect(instantInZone('2026-03-10', '09:00', 'America/Denver').toISOString()).toBe('2026-03-10T15:00:00.000Z');
    expect(instantInZone('2026-03-07', '09:00', 'America/Denver').toISOString()).toBe('2026-03-07T16:00:00.000Z');
    expect(instantInZone('2026-07-01', '00:00', 'Pacific/Honolulu').toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  it('takes the day in the zone, not in UTC', () => {
    expect(dayInZone('2026-03-11T03:00:00Z', 'America/Denver')).toBe('2026-03-10');
  });

  it('formats a local calendar day', () => {
    expect(isoDate(1, new Date(2026, 1, 28))).toBe('2026-03-01');
  });
});

describe('searchWindow', () => {
  it('covers both days whole', () => {
    expect(searchWindow('2026-03-10', '2026-03-12')).toEqual({ from: '2026-03-10T00:00:00Z', to: '2026-03-13T00:00:00Z' });
  });

  it('refuses a reversed or too long window in words', () => {
    expect(() => searchWindow('2026-03-12', '2026-03-10')).toThrow('The last day comes before the first.');
    expect(() => searchWindow('2026-03-01', '2026-04-15')).toThrow('Search at most 31 days at a time.');
    expect(() => searchWindow('', '2026-04-15')).toThrow('Enter both dates.');
  });
});

describe('local days of a therapist\'s visits', () => {
  it('adds calendar days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('asks for a window that holds the day in Honolulu and in the easternmost zones', () => {
    const { from, to } = anyZoneDaysWindow('2026-03-10', 1);
    // 11:30 PM on March 10 in Honolulu is 09:30Z on March 11; midnight in Kiritimati (UTC+14) is 10:00Z on March 9
    expect(dayInZone('2026-03-11T09:30:00Z', 'Pacific/Honolulu')).toBe('2026-03-10');
    expect(Date.parse(from) <= Date.parse('2026-03-09T10:00:00Z')).toBe(true);
    expect(Date.parse(to) > Date.parse('2026-03-11T09:30:00Z')).toBe(true);
  });
});

describe('localDaysWindow', () => {
  it('takes the days in the clinic zone, not UTC nor the browser', () => {
    expect(localDaysWindow('2026-12-02', '2026-12-02', ['America/Denver'])).toEqual({ from: '2026-12-02T07:00:00Z', to: '2026-12-03T07:00:00Z' });
  });

  it('covers the days in every zone searched', () => {
    expect(localDaysWindow('2026-12-02', '2026-12-03', ['America/New_York', 'America/Los_Angeles'])).toEqual({ from: '2026-12-02T05:00:00Z', to: '2026-12-04T08:00:00Z' });
  });

  it('refuses a reversed or too long window in words', () => {
    expect(() => localDaysWindow('2026-12-03', '2026-12-02', ['America/Denver'])).toThrow('The last day comes before the first.');
    expect(() => localDaysWindow('2026-12-01', '2027-01-15', ['America/Denver'])).toThrow('Search at most 30 days at a time.');
    expect(() => localDaysWindow('', '2026-12-02', ['America/Denver'])).toThrow('Enter both dates.');
  });
});

describe('the practice zone', () => {
  it('is the zone the server names, and an unknown name leaves it as it was', () => {
    setPracticeZone('America/Phoenix');
    expect(practiceZone()).toBe('America/Phoenix');
    setPracticeZone('Mars/Olympus_Mons');
    expect(practiceZone()).toBe('America/Phoenix');
    setPracticeZone(undefined);
    expect(practiceZone()).toBe('America/Phoenix');
    expect(todayInZone(practiceZone(), new Date('2026-12-02T05:00:00Z'))).toBe('2026-12-01');
  });
});
