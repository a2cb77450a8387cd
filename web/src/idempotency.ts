// One Idempotency-Key per booking attempt: the same key is sent again when the same booking
// is retried (after a time-out, no answer or a 503), so a retry can never book twice; a
// different booking, or a settled one, gets a fresh key.

export type KeySource = () => string;

export const randomKey: KeySource = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
        const r = (Math.random() * 16) | 0;
        return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
      });

export class BookingAttempts {
  private readonly keys = new Map<string, string>();

  constructor(private readonly newKey: KeySource = randomKey) {}

  /** The key for this booking: the one already used for it if it has not settled. */
  keyFor(booking: object): string {
    const id = fingerprint(booking);
    let key = this.keys.get(id);
    if (!key) {
      key = this.newKey();
      this.keys.set(id, key);
    }
    return key;
  }

  /**
   * After an answer: a definite one (booked, refused, taken) settles the attempt, so the next
   * try is a new booking; no answer or a temporary failure keeps the key for the retry.
   */
  settle(booking: object, status: number): void {
    if (!isRetryable(status)) this.keys.delete(fingerprint(booking));
  }
}

export function isRetryable(status: number): boolean {
  return status === 0 || status === 429 || status === 502 || status === 503 || status === 504;
}

export function fingerprint(value: object): string {
  return JSON.stringify(value, Object.keys(value).sort());
}
