import { call } from '../api';
import type { PatientSummary } from './desk-types';

/** Names for the patients of a list, one read each (every read is audited by the patient service). */
export async function patientNames(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const found = await Promise.all(
    unique.map((id) =>
      call<PatientSummary>(`/api/patients/${id}`).then(
        (p) => [id, `${p.firstName} ${p.lastName}`] as const,
        () => [id, 'Unknown patient'] as const,
      ),
    ),
  );
  return new Map(found);
}
