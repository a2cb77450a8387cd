import { describe, expect, it } from 'vitest';
import { BookingAttempts } from './idempotency';

function counter() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('BookingAttempts', () => {
  const booking = { patientId: 'p', therapistId: 't', clinicId: 'c', type: 'DRY_NEEDLING', startsAt: '2026-03-10T09:00:00-06:00' };

  it('reuses the key when the same booking is retried after no answer or a 503', () => {
    const attempts = new BookingAttempts(counter());
    const first = attempts.keyFor(booking);
    attempts.settle(booking, 0);
    expect(attempts.keyFor({ ...booking })).toBe(first);
    attempts.settle(booking, 503);
    expect(attempts.keyFor(booking)).toBe(first);
  });

  it('starts a new attempt once the booking is settled', () => {
    const attempts = new BookingAttempts(counter());
    const first = attempts.keyFor(booking);
    attempts.settle(booking, 422);
    expect(attempts.keyFor(booking)).not.toBe(first);
  });

  it('gives another booking its own key, whatever the order of its fields', () => {
    const attempts = new BookingAttempts(counter());
    const a = attempts.keyFor(booking);
    expect(attempts.keyFor({ ...booking, patientId: 'q' })).not.toBe(a);
    const reordered = { startsAt: booking.startsAt, type: booking.type, clinicId: 'c', therapistId: 't', patientId: 'p' };
    expect(attempts.keyFor(reordered)).toBe(a);
  });
});
