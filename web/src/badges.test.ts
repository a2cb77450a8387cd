import { describe, expect, it } from 'vitest';
import { type Credential, standingIn, statesOf } from './badges';

const TODAY = '2026-03-01';

function credential(kind: string, state: string | null, verification = 'VERIFIED', expiresOn: string | null = '2027-01-01'): Credential {
  return { id: kind + state, kind, state, expiresOn, status: 'ACTIVE', verification: { status: verification }, version: 0 };
}

describe('standingIn', () => {
  const valid = [credential('STATE_LICENSE', 'UT'), credential('DRY_NEEDLING_CERTIFICATION', null)];

  it('is eligible, or expiring soon when the expiry report names a lapse', () => {
    expect(standingIn('UT', { eligible: true, reasons: [] }, valid, null, TODAY).badge).toBe('eligible');
    const soon = standingIn('UT', { eligible: true, reasons: [] }, valid, '2026-03-11', TODAY);
    expect(soon.badge).toBe('expiring');
    expect(soon.detail).toContain('2026-03-11');
  });

  it('is pending verification when a credential that counts there awaits verification', () => {
    const creds = [credential('STATE_LICENSE', 'TX', 'PENDING'), credential('DRY_NEEDLING_CERTIFICATION', null, 'PENDING')];
    expect(standingIn('TX', { eligible: false, reasons: [{ code: 'LICENSE_NOT_VERIFIED' }] }, creds, null, TODAY).badge).toBe('pending');
  });

  it('is expired when a credential has expired', () => {
    const creds = [credential('STATE_LICENSE', 'UT'), credential('DRY_NEEDLING_CERTIFICATION', null, 'VERIFIED', '2026-02-01')];
    expect(standingIn('UT', { eligible: false, reasons: [{ code: 'NO_VERIFIED_CERTIFICATION' }] }, creds, null, TODAY).badge).toBe('expired');
  });

  it('is not allowed where the state bars it, whatever the credentials', () => {
    const creds = [credential('STATE_LICENSE', 'CA', 'PENDING')];
    const standing = standingIn('CA', { eligible: false, reasons: [{ code: 'STATE_PROHIBITS_DRY_NEEDLING', message: 'California does not allow it.' }] }, creds, null, TODAY);
    expect(standing.badge).toBe('not-allowed');
    expect(standing.detail).toBe('California does not allow it.');
  });

  it('is not eligible, not "not allowed", for a credential that falls short in a state that allows it', () => {
    expect(standingIn('WA', { eligible: false, reasons: [{ code: 'ENDORSEMENT_REQUIRED' }] }, [credential('STATE_LICENSE', 'WA')], null, TODAY).badge).toBe('not-eligible');
  });
});

describe('statesOf', () => {
  it('lists each state once, sorted, without national credentials', () => {
    expect(statesOf([credential('STATE_LICENSE', 'UT'), credential('STATE_LICENSE', 'CO'), credential('DRY_NEEDLING_ENDORSEMENT', 'UT'), credential('DRY_NEEDLING_CERTIFICATION', null)])).toEqual(['CO', 'UT']);
  });
});
