// Clinics found by the server as one types (name or city), never a list of every clinic.
import { call, query } from '../api';
import type { Clinic, Reference } from './desk-types';
import { type FoundPage, Typeahead } from './typeahead';

/** A type-ahead over clinics by name or city, within a state when one is given. */
export function ClinicPicker({ label, value, onPick, state, placeholder = 'Any (type a name or city)', disabled }: {
  label: string;
  value: Clinic | null;
  onPick: (c: Clinic | null) => void;
  state?: string;
  placeholder?: string;
  disabled?: boolean;
}) {
  return (
    <Typeahead<Clinic>
      label={label}
      value={value}
      onPick={onPick}
      placeholder={placeholder}
      disabled={disabled}
      search={(words, page) => call<FoundPage<Clinic>>(`/api/scheduling/clinics${query({ q: words, state, page, size: 10 })}`)}
      textOf={(c) => c.name}
      keyOf={(c) => c.id}
      render={(c) => (
        <>
          {c.name} <small>{c.city}, {c.state}</small>
        </>
      )}
    />
  );
}

/** The reference with every clinic of these ids in it: those beyond the first 200 are read by id. */
export async function withClinics(reference: Reference, ids: string[]): Promise<Reference> {
  const missing = [...new Set(ids)].filter((id) => !reference.clinics.has(id));
  if (missing.length === 0) return reference;
  const found = await Promise.all(missing.map((id) => call<Clinic>(`/api/scheduling/clinics/${id}`).catch(() => null)));
  const clinics = new Map(reference.clinics);
  for (const c of found) if (c) clinics.set(c.id, c);
  return { ...reference, clinics };
}
