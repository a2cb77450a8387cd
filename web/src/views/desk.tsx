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
import { onTabKeys } from '../tabs';
import { Waitlist } from './waitlist';

type Tab = 'slots' | 'series' | 'day' | 'risk' | 'waitlist';

const TABS: [Tab, string][] = [
  ['slots', 'Find a slot'],
  ['series', 'Book a series'],
  ['day', "A clinic's day"],
  ['risk', 'At-risk visits'],
  ['waitlist', 'Waitlist'],
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

export function Desk({ user }: { user: User }) {
  const ref = useAsync(loadReference, []);
  const [tab, setTab] = useState<Tab>('slots');
  const [patient, setPatient] = useState<PatientSummary | null>(null);
  const [moving, setMoving] = useState<Appointment | null>(null);
  const [changes, setChanges] = useState(0);
  const [wantedType, setWantedType] = useState<{ type: string } | null>(null);

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
          user={user}
          onBookType={(type) => {
            setWantedType({ type });
            setMoving(null);
            setTab('slots');
          }}
        />
      </aside>
      <div class="work">
        <div role="tablist" aria-label="Front desk" class="tabs" onKeyDown={onTabKeys}>
          {TABS.map(([id, label]) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
            >
              {label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'slots' && (
            <SlotSearch reference={ref.data} patient={patient} moving={moving} onStopMoving={() => setMoving(null)} onChanged={changed} wantedType={wantedType} />
          )}
          {tab === 'series' && <SeriesBooking reference={ref.data} patient={patient} onChanged={changed} />}
          {tab === 'day' && <ClinicDay reference={ref.data} changes={changes} />}
          {tab === 'risk' && (
            <AtRisk
              reference={ref.data}
              onOpenPatient={(p) => {
                setPatient(p);
                setMoving(null);
                // the card opens beside the list: the focus goes to it
                setTimeout(() => document.getElementById('patient-h')?.focus(), 0);
              }}
            />
          )}
          {tab === 'waitlist' && <Waitlist reference={ref.data} patient={patient} changes={changes} onChanged={changed} />}
        </div>
      </div>
    </div>
  );
}
