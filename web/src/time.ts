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

/** "Denver time (America/Denver)": names the zone a time is shown in. */
export function zoneLabel(zone: string): string {
  const city = zone.split('/').pop()?.replace(/_/g, ' ') ?? zone;
  return `${city} time (${zone})`;
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

/** "2026-03-10" plus n days (calendar arithmetic, no zone). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * A window of instants that holds every instant whose local day, in any zone from UTC-12
 * to UTC+14, falls on the given days; the visits are then kept by their own clinic's day.
 */
export function localDaysWindow(firstDay: string, days: number): { from: string; to: string } {
  const start = Date.parse(`${firstDay}T00:00:00Z`) - 14 * 3600_000;
  const end = Date.parse(`${addDays(firstDay, days)}T00:00:00Z`) + 12 * 3600_000;
  const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
  return { from: iso(start), to: iso(end) };
}

/** "Tuesday, March 10" for a day key. */
export function dayHeading(day: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' }).format(new Date(`${day}T12:00:00Z`));
}
