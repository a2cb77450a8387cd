import { useState } from 'preact/hooks';
import { call } from '../api';
import type { User } from '../session';
import { ErrorBox, Loading, useAsync } from '../ui';
import { AtRisk } from './at-risk';
import { ClinicDay } from './clinic-day';
import type { Appointment, AppointmentType, Clinic, PatientSummary, Reference, Therapist } from './desk-types';
import { PatientPanel } from './patients';
import { SeriesBooking } from './series';
import { SlotSearch } from './slots';

type Tab = 'slots' | 'series' | 'day' | 'risk';

const TABS: [Tab, string][] = [
  ['slots', 'Find a slot'],
  ['series', 'Book a series'],
  ['day', "A clinic's day"],
  ['risk', 'At-risk visits'],
];

async function loadReference(): Promise<Reference> {
  const [types, clinics, therapists] = await Promise.all([
    call<AppointmentType[]>('/api/scheduling/appointment-types'),
    call<{ content: Clinic[] }>('/api/scheduling/clinics?size=200'),
    call<{ content: Therapist[] }>('/api/credentialing/therapists?size=200'),
  ]);
  return {
    types,
    clinics: new Map(clinics.content.map((c) => [c.id, c])),
    therapists: new Map(therapists.content.map((t) => [t.id, t])),
  };
}

export function Desk(_: { user: User }) {
  const ref = useAsync(loadReference, []);
  const [tab, setTab] = useState<Tab>('slots');
  const [patient, setPatient] = useState<PatientSummary | null>(null);
  const [moving, setMoving] = useState<Appointment | null>(null);
  const [changes, setChanges] = useState(0);

  if (ref.loading && !ref.data) return <Loading label="Loading clinics, therapists and visit types" />;
  if (!ref.data) return <ErrorBox error={ref.error} onRetry={ref.reload} />;
  const changed = () => setChanges((n) => n + 1);

  return (
    <div class="desk">
      <aside class="side">
        <PatientPanel
          reference={ref.data}
          patient={patient}
          onSelect={(p) => {
            setPatient(p);
            setMoving(null);
          }}
          onReschedule={(a) => {
            setMoving(a);
            setTab('slots');
          }}
          changes={changes}
          onChanged={changed}
        />
      </aside>
      <div class="work">
        <div role="tablist" aria-label="Front desk" class="tabs">
          {TABS.map(([id, label]) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              onClick={() => setTab(id)}
            >
              {label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'slots' && (
            <SlotSearch reference={ref.data} patient={patient} moving={moving} onStopMoving={() => setMoving(null)} onChanged={changed} />
          )}
          {tab === 'series' && <SeriesBooking reference={ref.data} patient={patient} onChanged={changed} />}
          {tab === 'day' && <ClinicDay reference={ref.data} changes={changes} />}
          {tab === 'risk' && <AtRisk reference={ref.data} />}
        </div>
      </div>
    </div>
  );
}
