import { useState } from 'preact/hooks';
import { call, query } from '../api';
import { formatInZone, zoneLabel } from '../time';
import { ErrorBox, Loading, STATES } from '../ui';

interface FoundClinic {
  id: string;
  name: string;
  address: { line1: string; line2?: string | null; city: string; state: string; postalCode: string };
  state: string;
  zoneId: string;
  phone: string;
  distanceKm: number | null;
  nextNeedlingSlot: { startsAt: string; localStart: string } | null;
}

/** A few places to search near; coordinates are city centres. */
export const PLACES: [string, number, number][] = [
  ['Salt Lake City, UT', 40.7608, -111.891],
  ['Provo, UT', 40.2338, -111.6585],
  ['Denver, CO', 39.7392, -104.9903],
  ['Colorado Springs, CO', 38.8339, -104.8214],
  ['Phoenix, AZ', 33.4484, -112.074],
  ['Tucson, AZ', 32.2226, -110.9747],
  ['Orlando, FL', 28.5383, -81.3792],
  ['Austin, TX', 30.2672, -97.7431],
  ['Seattle, WA', 47.6062, -122.3321],
  ['Sacramento, CA', 38.5816, -121.4944],
  ['Albany, NY', 42.6526, -73.7562],
];

type Search = { by: 'state'; state: string } | { by: 'near'; place: number; radiusKm: number };

export function Finder() {
  const [by, setBy] = useState<'state' | 'near'>('state');
  const [state, setState] = useState('UT');
  const [place, setPlace] = useState(0);
  const [radius, setRadius] = useState(100);
  const [result, setResult] = useState<{ search: Search; clinics?: FoundClinic[]; error?: unknown; loading: boolean } | null>(null);

  async function search(e: Event) {
    e.preventDefault();
    const s: Search = by === 'state' ? { by, state } : { by, place, radiusKm: radius };
    setResult({ search: s, loading: true });
    const params =
      s.by === 'state'
        ? { service: 'dry-needling', state: s.state }
        : { service: 'dry-needling', near: `${PLACES[s.place][1]},${PLACES[s.place][2]}`, radiusKm: s.radiusKm };
    try {
      const found = await call<{ clinics: FoundClinic[] }>(`/api/public/clinics${query(params)}`, { action: 'The search' });
      setResult({ search: s, clinics: found.clinics, loading: false });
    } catch (error) {
      setResult({ search: s, error, loading: false });
    }
  }

  return (
    <div class="finder">
      <h1>Find a clinic that offers dry needling</h1>
      <form class="panel row" onSubmit={search} aria-label="Clinic search">
        <fieldset class="choice">
          <legend>Search</legend>
          <label>
            <input type="radio" name="by" checked={by === 'state'} onChange={() => setBy('state')} /> by state
          </label>
          <label>
            <input type="radio" name="by" checked={by === 'near'} onChange={() => setBy('near')} /> near a place
          </label>
        </fieldset>
        {by === 'state' ? (
          <label>
            State
            <select value={state} onChange={(e) => setState(e.currentTarget.value)}>
              {STATES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        ) : (
          <>
            <label>
              Place
              <select value={place} onChange={(e) => setPlace(Number(e.currentTarget.value))}>
                {PLACES.map(([name], i) => (
                  <option key={name} value={i}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Within (km)
              <input type="number" min={1} max={500} value={radius} onInput={(e) => setRadius(Number(e.currentTarget.value))} />
            </label>
          </>
        )}
        <button class="primary" type="submit">
          Search
        </button>
      </form>
      {result?.loading && <Loading label="Searching clinics" />}
      {result?.error !== undefined && <ErrorBox error={result.error} />}
      {result?.clinics && <Results clinics={result.clinics} search={result.search} />}
    </div>
  );
}

function Results({ clinics, search }: { clinics: FoundClinic[]; search: Search }) {
  const where = search.by === 'state' ? `in ${search.state}` : `within ${search.radiusKm} km of ${PLACES[search.place][0]}`;
  if (clinics.length === 0) {
    return (
      <p class="panel empty" role="status" data-testid="finder-empty">
        No clinic offers dry needling {where}. Some states, such as California and New York, do not allow physical
        therapists to dry-needle; try a nearby state or a wider area.
      </p>
    );
  }
  return (
    <ul class="cards" aria-label={`Clinics ${where}`}>
      {clinics.map((c) => (
        <li key={c.id} class="card" data-testid="clinic">
          <h2>{c.name}</h2>
          <p>
            {c.address.line1}
            {c.address.line2 ? `, ${c.address.line2}` : ''}, {c.address.city}, {c.address.state} {c.address.postalCode}
          </p>
          <p>
            Phone <a href={`tel:${c.phone}`}>{c.phone}</a>
            {c.distanceKm !== null && <span> · {c.distanceKm.toFixed(0)} km away</span>}
          </p>
          <p class="slot">
            {c.nextNeedlingSlot ? (
              <>
                Next dry-needling opening: <b>{formatInZone(c.nextNeedlingSlot.startsAt, c.zoneId)}</b>{' '}
                <small>{zoneLabel(c.zoneId)}</small>
              </>
            ) : (
              'No free dry-needling time in the next 14 days: call the clinic.'
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
