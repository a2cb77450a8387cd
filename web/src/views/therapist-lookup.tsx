// Therapists found by the server: a type-ahead over name or NPI (never a list of every
// therapist in the browser), and names for ids in one batched call.
import { call, query } from '../api';
import type { Reference, Therapist } from './desk-types';
import { showing, Typeahead } from './typeahead';

export interface TherapistPage {
  content: Therapist[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

export function fullName(t: Pick<Therapist, 'firstName' | 'lastName'>): string {
  return `${t.firstName} ${t.lastName}`;
}

/** Names for therapist ids, in one call per 200 ids; an id no therapist has is named as such. */
export async function therapistNames(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const names = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 200) {
    const chunk = unique.slice(i, i + 200);
    const found = await call<TherapistPage>(`/api/credentialing/therapists${query({ ids: chunk.join(',') })}`);
    for (const t of found.content) names.set(t.id, fullName(t));
  }
  for (const id of unique) if (!names.has(id)) names.set(id, `Therapist no longer on file (${id.slice(0, 8)})`);
  return names;
}

export { showing };

/** A type-ahead over therapists by name or NPI, asked of the server as one types. */
export function TherapistPicker({ label, value, onPick, placeholder = 'Type a name or NPI' }: { label: string; value: Therapist | null; onPick: (t: Therapist | null) => void; placeholder?: string }) {
  return (
    <Typeahead<Therapist>
      label={label}
      value={value}
      onPick={onPick}
      placeholder={placeholder}
      search={(words, page) => call<TherapistPage>(`/api/credentialing/therapists${query({ q: words, page, size: 10 })}`)}
      textOf={fullName}
      keyOf={(t) => t.id}
      render={(t) => (
        <>
          {t.lastName}, {t.firstName} <small>NPI {t.npi}</small>
        </>
      )}
    />
  );
}

/** The reference with every therapist of these ids in it: those missing are read by id in one call per 200. */
export async function withTherapists(reference: Reference, ids: string[]): Promise<Reference> {
  const missing = [...new Set(ids)].filter((id) => !reference.therapists.has(id));
  if (missing.length === 0) return reference;
  const therapists = new Map(reference.therapists);
  for (let i = 0; i < missing.length; i += 200) {
    const found = await call<TherapistPage>(`/api/credentialing/therapists${query({ ids: missing.slice(i, i + 200).join(',') })}`);
    for (const t of found.content) therapists.set(t.id, t);
  }
  return { ...reference, therapists };
}
