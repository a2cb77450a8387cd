import { useMemo, useState } from 'preact/hooks';
import { call } from '../api';
import { isoDate, timeInZone, zoneLabel } from '../time';
import { ErrorBox, Loading, humanize, useAsync } from '../ui';
import { ClinicPicker } from './clinic-lookup';
import { type Appointment, type Clinic, type Reference, therapistName, typeName } from './desk-types';
import { patientNames } from './patient-names';
import { withTherapists } from './therapist-lookup';

export function ClinicDay({ reference, changes }: { reference: Reference; changes: number }) {
  const first = useMemo(() => [...reference.clinics.values()].sort((a, b) => a.name.localeCompare(b.name))[0] ?? null, [reference]);
  const [picked, setPicked] = useState<Clinic | null>(first);
  const clinicId = picked?.id ?? '';
  const [date, setDate] = useState(isoDate(0));
  const day = useAsync(async () => {
    if (!clinicId || !date) return { list: [] as Appointment[], names: new Map<string, string>(), ref: reference };
    const list = await call<Appointment[]>(`/api/scheduling/clinics/${clinicId}/day?date=${date}`);
    const [names, ref] = await Promise.all([patientNames(list.map((a) => a.patientId)), withTherapists(reference, list.map((a) => a.therapistId))]);
    return { list, names, ref };
  }, [clinicId, date, changes]);
  const clinic = picked;
  const byTherapist = new Map<string, Appointment[]>();
  for (const a of [...(day.data?.list ?? [])].sort((x, y) => x.startsAt.localeCompare(y.startsAt))) {
    byTherapist.set(a.therapistId, [...(byTherapist.get(a.therapistId) ?? []), a]);
  }
  return (
    <div>
      <form class="panel row" onSubmit={(e) => e.preventDefault()} aria-label="Choose a clinic and day">
        <ClinicPicker label="Clinic" value={picked} onPick={setPicked} placeholder="Type a clinic's name or city" />
        <label>
          Day
          <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
        {clinic && <p class="hint">Times in {zoneLabel(clinic.zoneId)}</p>}
      </form>
      {day.loading && <Loading label="Loading the day" />}
      {day.error !== undefined && <ErrorBox error={day.error} onRetry={day.reload} />}
      {!clinic && <p class="hint">Choose a clinic from the matches.</p>}
      {day.data && clinic && byTherapist.size === 0 && <p class="panel empty">No visits booked at this clinic that day.</p>}
      <div class="columns">
        {[...byTherapist].map(([therapistId, visits]) => (
          <section key={therapistId} class="panel" aria-label={therapistName(day.data?.ref ?? reference, therapistId)}>
            <h3>{therapistName(day.data?.ref ?? reference, therapistId)}</h3>
            <ul class="visits">
              {visits.map((a) => (
                <li key={a.id} class={a.status === 'CANCELLED' ? 'cancelled' : ''}>
                  <b>
                    {timeInZone(a.startsAt, a.zoneId)}–{timeInZone(a.endsAt, a.zoneId)}
                  </b>{' '}
                  {typeName(reference, a.type)}
                  <br />
                  {day.data?.names.get(a.patientId)} · {humanize(a.status)}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
