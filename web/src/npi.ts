// The NPI check a credentialing administrator sees while typing: ten digits whose last is
// the Luhn check digit computed over the prefix 80840 and the first nine (as the service checks).

/** Words saying what is wrong with an NPI, or null when it is well formed. */
export function npiProblem(npi: string): string | null {
  const digits = npi.trim();
  if (digits === '') return 'Enter the 10-digit NPI.';
  if (!/^[0-9]+$/.test(digits)) return 'An NPI has digits only.';
  if (digits.length !== 10) return `An NPI has 10 digits; this has ${digits.length}.`;
  if (!luhnValid(`80840${digits}`)) return 'This is not a valid NPI: its last digit does not check. Look for a mistyped digit.';
  return null;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((c, i) => {
    let d = Number(c);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return sum % 10 === 0;
}
