// The contraindications a dry-needling screening asks about (shared/DESIGN.md), in the plain
// words a therapist asks them with. The codes are the patient service's.

export interface Question {
  code: string;
  /** short name, as in a list of flags */
  label: string;
  /** the question as asked */
  question: string;
}

export const CONTRAINDICATIONS: Question[] = [
  { code: 'FIRST_TRIMESTER_PREGNANCY', label: 'First-trimester pregnancy', question: 'Is the patient pregnant, in the first trimester?' },
  { code: 'BLEEDING_DISORDER_OR_ANTICOAGULANTS', label: 'Bleeding disorder or blood thinners', question: 'Does the patient have a bleeding disorder, or take blood thinners (anticoagulants)?' },
  { code: 'ACTIVE_CANCER_TREATMENT', label: 'Active cancer treatment', question: 'Is the patient in active cancer treatment?' },
  { code: 'INFECTION_AT_SITE', label: 'Infection at the needling site', question: 'Is there an infection at or near where the needles would go?' },
  { code: 'COMPROMISED_IMMUNITY', label: 'Weakened immune system', question: 'Is the patient\'s immune system weakened (compromised immunity)?' },
  { code: 'SEVERE_NEEDLE_FEAR', label: 'Severe fear of needles', question: 'Does the patient have a severe fear of needles?' },
  { code: 'VASCULAR_CONCERNS', label: 'Vascular concerns', question: 'Are there vascular concerns where the needles would go (such as a graft or severe varicose veins)?' },
];

export function flagLabel(code: string): string {
  return CONTRAINDICATIONS.find((c) => c.code === code)?.label ?? code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
}

export interface ScreeningRecord {
  id: string;
  recordedAt: string;
  recordedBy: string;
  answers: { contraindication: string; label: string; present: boolean; detail?: string | null }[];
  flagged: string[];
  clearances: { id: string; contraindications: string[]; note: string; clearedBy: string; clearedAt: string }[];
}

/** The latest screening's flags that no clearance of that screening has cleared. */
export function openFlags(latest: ScreeningRecord | undefined): string[] {
  if (!latest) return [];
  const cleared = new Set(latest.clearances.flatMap((c) => c.contraindications));
  return latest.flagged.filter((f) => !cleared.has(f));
}

/** The latest screening of a history (the service lists them in any order). */
export function latestScreening(history: ScreeningRecord[]): ScreeningRecord | undefined {
  return [...history].sort((a, b) => Date.parse(b.recordedAt) - Date.parse(a.recordedAt))[0];
}

/** The answers of a screening form, or the first question left unanswered. */
export function screeningAnswers(answers: Record<string, boolean | undefined>): { answers?: { contraindication: string; present: boolean }[]; missing?: string } {
  const missing = CONTRAINDICATIONS.find((c) => answers[c.code] === undefined);
  if (missing) return { missing: missing.code };
  return { answers: CONTRAINDICATIONS.map((c) => ({ contraindication: c.code, present: answers[c.code]! })) };
}
