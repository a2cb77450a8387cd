// Therapists found by the server: a type-ahead over name or NPI (never a list of every
// therapist in the browser), and names for ids in one batched call.
import { useEffect, useRef, useState } from 'preact/hooks';
import { call, query } from '../api';
import type { Reference, Therapist } from './desk-types';

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

/** "Showing 21–40 of 512" */
export function showing(page: { page: number; size: number; totalElements: number; content: unknown[] }): string {
  if (page.totalElements === 0) return 'None found';
  const first = page.page * page.size + 1;
  return `Showing ${first}–${first + page.content.length - 1} of ${page.totalElements}`;
}

/** A text box that asks the server for therapists as one types, and a list of matches to pick. */
export function TherapistPicker({ label, value, onPick, placeholder = 'Type a name or NPI' }: { label: string; value: Therapist | null; onPick: (t: Therapist | null) => void; placeholder?: string }) {
  const [text, setText] = useState(value ? fullName(value) : '');
  const [found, setFound] = useState<TherapistPage | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  useEffect(() => {
    if (!open) return;
    const words = text.trim();
    const mine = ++generation.current;
    const timer = setTimeout(() => {
      call<TherapistPage>(`/api/credentialing/therapists${query({ q: words, size: 10 })}`).then(
        (page) => mine === generation.current && (setFound(page), setError(null)),
        (e) => mine === generation.current && setError(e instanceof Error ? e.message : 'The search failed.'),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [text, open]);

  const id = `picker-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div class="picker">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="search"
        autoComplete="off"
        role="combobox"
        aria-expanded={open && !!found}
        aria-controls={`${id}-list`}
        placeholder={placeholder}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
          if (value) onPick(null);
        }}
        onFocus={() => setOpen(true)}
      />
      {error && <p class="error" role="alert">{error}</p>}
      {open && found && (
        <div>
          <ul id={`${id}-list`} role="listbox" class="plain picks" aria-label={`${label}: matches`}>
            {found.content.map((t) => (
              <li key={t.id} role="option" aria-selected={value?.id === t.id}>
                <button
                  type="button"
                  class="link"
                  onClick={() => {
                    onPick(t);
                    setText(fullName(t));
                    setOpen(false);
                  }}
                >
                  {t.lastName}, {t.firstName} <small>NPI {t.npi}</small>
                </button>
              </li>
            ))}
          </ul>
          <small class="hint">{found.totalElements > found.content.length ? `${showing(found)}; type more to narrow` : showing(found)}</small>
        </div>
      )}
    </div>
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
