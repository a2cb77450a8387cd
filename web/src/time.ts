// Times are shown in the clinic's own zone, with the zone named, whatever the browser's zone.

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = zone + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, ...options });
    cache.set(key, format);
  }
  return format;
}

/** "Tue, Mar 10, 9:00 AM MDT" for an instant in a zone. */
export function formatInZone(instant: string | Date, zone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return formatter(zone, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(date);
}

/** "9:00 AM" in a zone. */
export function timeInZone(instant: string | Date, zone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return formatter(zone, { hour: 'numeric', minute: '2-digit' }).format(date);
}

/**
 * "Mountain time, America/Denver": the zone's own generic name and its IANA id, never
 * another city's (a Utah clinic in America/Denver is not "Denver time").
 */
export function zoneLabel(zone: string): string {
  let generic = '';
  try {
    generic = formatter(zone, { timeZoneName: 'longGeneric' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    generic = '';
  }
  const words = generic && !/^GMT/.test(generic) ? generic.replace(/ Time$/, ' time') : 'Local time';
  return `${words}, ${zone}`;
}

let practice = 'UTC';

/**
 * The practice's own zone: report dates ("as of", audit times) are days and times there,
 * not UTC's nor the browser's. The gateway's setting PRACTICE_ZONE, read with the signed-in
 * user (GET /bff/user); UTC until then.
 */
export function practiceZone(): string {
  return practice;
}

/** Takes the practice's zone the server names; a name this browser does not know is ignored. */
export function setPracticeZone(zone: string | undefined | null): void {
  if (!zone) return;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    practice = zone;
  } catch {
    // keep the zone we have
  }
}

/** The US zones a clinic may keep its times in, for a list to choose from. */
export const US_ZONES = [
  'America/New_York',
  'America/Detroit',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'America/Chicago',
  'America/Denver',
  'America/Boise',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
];

/**
 * The instant a clinic-local date and time ("2026-03-10", "09:00") names in a zone; across
 * a daylight-saving gap the later offset wins, as the services do.
 */
export function instantInZone(day: string, time: string, zone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const seen = formatter(zone, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(guess));
    const get = (type: string) => Number(seen.find((p) => p.type === type)?.value ?? 0);
    const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    if (shown === wall) break;
    guess += wall - shown;
  }
  return new Date(guess);
}

/** Today ("2026-03-10") in a zone, whatever the browser's zone. */
export function todayInZone(zone: string, now = new Date()): string {
  return dayInZone(now, zone);
}

/** "2026-03-10" plus days, as a calendar day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Day key "2026-03-10" of an instant in a zone, for grouping. */
export function dayInZone(instant: string | Date, zone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = formatter(zone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "2026-03-10" for today (+days) in the browser's zone: the default of date inputs. */
export function isoDate(days = 0, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The availability window for a from/to pair of calendar days, inclusive: from the start of
 * the first day anywhere in the US (UTC-12 is safely before) to the end of the last day.
 * The service caps a search at 31 days.
 */
export function searchWindow(fromDay: string, toDay: string): { from: string; to: string } {
  const start = new Date(`${fromDay}T00:00:00Z`);
  const end = new Date(`${toDay}T00:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) throw new Error('Enter both dates.');
  if (end < start) throw new Error('The last day comes before the first.');
  const to = new Date(end.getTime() + 24 * 3600 * 1000);
  if ((to.getTime() - start.getTime()) / 86_400_000 > 31) throw new Error('Search at most 31 days at a time.');
  return { from: start.toISOString().replace('.000Z', 'Z'), to: to.toISOString().replace('.000Z', 'Z') };
}

/**
 * The instants that cover the calendar days fromDay..toDay (inclusive) in every zone given:
 * from the first midnight among them to the last. The service caps a search at 31 days.
 */
export function localDaysWindow(fromDay: string, toDay: string, zones: string[]): { from: string; to: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fromDay) || !/^\d{4}-\d{2}-\d{2}$/.test(toDay)) throw new Error('Enter both dates.');
  if (toDay < fromDay) throw new Error('The last day comes before the first.');
  const starts = zones.map((z) => instantInZone(fromDay, '00:00', z).getTime());
  const ends = zones.map((z) => instantInZone(addDays(toDay, 1), '00:00', z).getTime());
  const from = Math.min(...starts);
  const to = Math.max(...ends);
  if ((to - from) / 86_400_000 > 31) throw new Error('Search at most 30 days at a time.');
  const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
  return { from: iso(from), to: iso(to) };
}

/**
 * A window of instants that holds every instant whose local day, in any zone from UTC-12
 * to UTC+14, falls on the given days (firstDay and the days after it); the visits are then
 * kept by their own clinic's day. For a known set of zones, localDaysWindow is narrower.
 */
export function anyZoneDaysWindow(firstDay: string, days: number): { from: string; to: string } {
  const start = Date.parse(`${firstDay}T00:00:00Z`) - 14 * 3600_000;
  const end = Date.parse(`${addDays(firstDay, days)}T00:00:00Z`) + 12 * 3600_000;
  const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
  return { from: iso(start), to: iso(end) };
}

/** "Tuesday, March 10" for a day key. */
export function dayHeading(day: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' }).format(new Date(`${day}T12:00:00Z`));
}
