export interface Appointment {
  id: string;
  patientId: string;
  therapistId: string;
  clinicId: string;
  type: string;
  startsAt: string;
  endsAt: string;
  localStart: string;
  zoneId: string;
  status: string;
  version: number;
}

export interface Slot {
  startsAt: string;
  endsAt: string;
  localStart: string;
  zoneId: string;
  clinicId: string;
  therapistId: string;
}

export interface Clinic {
  id: string;
  name: string;
  city: string;
  state: string;
  zoneId: string;
}

export interface Therapist {
  id: string;
  npi: string;
  firstName: string;
  lastName: string;
  active: boolean;
}

export interface AppointmentType {
  code: string;
  name: string;
  durationMinutes: number;
  involvesDryNeedling: boolean;
}

export interface PatientSummary {
  id: string;
  mrn: string;
  firstName: string;
  lastName: string;
  birthDate: string;
}

/** What every desk panel looks names up in. */
export interface Reference {
  types: AppointmentType[];
  clinics: Map<string, Clinic>;
  therapists: Map<string, Therapist>;
}

export function therapistName(ref: Reference, id: string): string {
  const t = ref.therapists.get(id);
  return t ? `${t.firstName} ${t.lastName}` : 'Unknown therapist';
}

export function clinicName(ref: Reference, id: string): string {
  return ref.clinics.get(id)?.name ?? 'Unknown clinic';
}

export function typeName(ref: Reference, code: string): string {
  return ref.types.find((t) => t.code === code)?.name ?? code;
}
