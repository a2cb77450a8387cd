import { describe, expect, it } from 'vitest';
import { npiProblem } from './npi';

describe('npiProblem', () => {
  it('accepts an NPI whose check digit matches over the 80840 prefix', () => {
    expect(npiProblem('1234567893')).toBeNull();
  });

  it('says what is wrong in words', () => {
    expect(npiProblem('')).toBe('Enter the 10-digit NPI.');
    expect(npiProblem('12345a7893')).toBe('An NPI has digits only.');
    expect(npiProblem('123456789')).toBe('An NPI has 10 digits; this has 9.');
    expect(npiProblem('1234567890')).toContain('last digit does not check');
  });
});
