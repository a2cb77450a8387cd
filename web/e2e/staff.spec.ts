import { expect, test } from '@playwright/test';
import { api, dayIn, ok, runTag, shot, signIn, token } from './support';

const CONTRAINDICATIONS = ['FIRST_TRIMESTER_PREGNANCY', 'BLEEDING_DISORDER_OR_ANTICOAGULANTS', 'ACTIVE_CANCER_TREATMENT', 'INFECTION_AT_SITE', 'COMPROMISED_IMMUNITY', 'SEVERE_NEEDLE_FEAR', 'VASCULAR_CONCERNS'];

interface Slot { startsAt: string; zoneId: string; clinicId: string; therapistId: string }

/**
 * A patient of this run with a screening (the flags given) and an initial evaluation at the
 * first free time of the given therapist (any in Utah when none), consent only when asked.
 */
async function patientOfThisRun(lastName: string, options: { flagged: string[]; consent: boolean; therapistId?: string }): Promise<{ patientId: string; evaluation: Slot }> {
  const desk = await token('frontdesk');
  const therapist = await token('therapist');
  const patient = await ok(api<{ id: string }>(desk, 'POST', '/patients', {
    firstName: 'Morgan', lastName, birthDate: '1979-08-14', sex: 'FEMALE', phone: '+1 801 555 0163',
    address: { line1: '12 Test Ave', city: 'Salt Lake City', state: 'UT', postalCode: '84101' },
  }), 201);
  await ok(api(therapist, 'POST', `/patients/${patient.id}/screenings`, { answers: CONTRAINDICATIONS.map((c) => ({ contraindication: c, present: options.flagged.includes(c) })) }), 201);
  if (options.consent) {
    await ok(api(desk, 'POST', `/patients/${patient.id}/consents`, { formVersion: 'DN-2026-01', signedAt: new Date(Date.now() - 60_000).toISOString(), signer: 'PATIENT' }), 201);
  }
  const from = new Date(Date.now() + 3600_000).toISOString();
  const to = new Date(Date.now() + 21 * 24 * 3600_000).toISOString();
  const filter = options.therapistId ? `therapistId=${options.therapistId}` : 'state=UT';
  const [slot] = await ok(api<Slot[]>(desk, 'GET', `/scheduling/availability?type=INITIAL_EVALUATION&${filter}&limit=1&from=${from}&to=${to}`), 200);
  expect(slot, 'a free initial-evaluation slot').toBeTruthy();
  await ok(api(desk, 'POST', '/scheduling/appointments', { patientId: patient.id, therapistId: slot.therapistId, clinicId: slot.clinicId, type: 'INITIAL_EVALUATION', startsAt: slot.startsAt }, { 'Idempotency-Key': crypto.randomUUID() }), 201);
  return { patientId: patient.id, evaluation: slot };
}

test('a therapist sees their week, is refused an early check-in in words, clears a flag and the patient becomes ready', async ({ page }) => {
  const lastName = `Tx${runTag().toLowerCase()}`;
  const me = await ok(api<{ id: string }>(await token('therapist'), 'GET', '/credentialing/therapists/me'), 200);
  const { evaluation } = await patientOfThisRun(lastName, { flagged: ['BLEEDING_DISORDER_OR_ANTICOAGULANTS'], consent: true, therapistId: me.id });

  await signIn(page, 'therapist', 'therapist');
  await expect(page.getByRole('link', { name: 'My schedule' })).toHaveAttribute('aria-current', 'page');

  // My day -> My week with the arrow key (the ARIA tabs pattern), on the evaluation's local day
  await page.getByRole('tab', { name: 'My day' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'My week' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'My week' })).toBeFocused();
  await page.getByLabel('Week from').fill(dayIn(evaluation.startsAt, evaluation.zoneId));
  const visit = page.getByTestId('my-visit').filter({ hasText: lastName });
  await expect(visit).toContainText('Initial evaluation');
  await expect(visit).toContainText('America/Denver');
  await shot(page, 'therapist-week');

  // the lifecycle's refusal in words: a visit hours or days ahead cannot be checked in yet
  await visit.getByRole('button', { name: 'Check in' }).click();
  const refusal = visit.getByRole('alert');
  await expect(refusal).toContainText('Visit has not started');
  await expect(refusal).not.toContainText('{');
  await expect(visit).toHaveAttribute('data-status', 'BOOKED');

  // the chart: not ready because of the flag; clear it with a note
  await visit.getByRole('button', { name: 'Open patient' }).click();
  const chart = page.getByTestId('chart');
  await expect(chart.getByRole('heading', { name: `Morgan ${lastName}` })).toBeVisible();
  await expect(chart.getByTestId('readiness-verdict')).toHaveText(/^Not ready/);
  await expect(chart.getByTestId('consent-status')).toContainText('Signed');
  await expect(chart.getByTestId('open-flags')).toContainText('Bleeding disorder or blood thinners');
  const reason = chart.locator('[data-code="CONTRAINDICATION_NOT_CLEARED"]');
  await reason.getByRole('button', { name: 'Review and clear the flag' }).click();
  const note = chart.getByLabel(/Clinical note/);
  await expect(note).toBeFocused();
  await note.fill('Anticoagulant paused by the cardiologist; pressure held after each needle.');
  await shot(page, 'therapist-clearance');
  await chart.getByRole('button', { name: 'Record clearance' }).click();

  await expect(chart.getByTestId('open-flags')).toContainText('Open flags: none');
  await expect(chart.getByTestId('readiness-verdict')).toHaveText('Ready for dry needling');
  await expect(chart.locator('[data-code]')).toHaveCount(0);
  await shot(page, 'therapist-ready');
});

test('the front desk sees what is missing before choosing a slot, records the consent, then books', async ({ page }) => {
  const lastName = `Cx${runTag().toLowerCase()}`;
  const { evaluation } = await patientOfThisRun(lastName, { flagged: [], consent: false });
  const needlingFrom = dayIn(evaluation.startsAt, evaluation.zoneId, 1);

  await signIn(page, 'frontdesk', 'desk');
  await page.getByLabel('Name', { exact: true }).fill(lastName);
  await page.getByRole('button', { name: 'Find patient' }).click();
  await page.getByRole('list', { name: 'Matching patients' }).getByRole('button', { name: new RegExp(lastName) }).click();

  // readiness before any slot: consent missing, the rest fine; the fix is on the card
  const readiness = page.getByTestId('readiness');
  await expect(readiness.getByTestId('readiness-verdict')).toHaveText('Not ready: 1 thing to do');
  await expect(readiness.locator('[data-code="CONSENT_MISSING"]')).toBeVisible();
  await expect(readiness).toContainText('Initial evaluation booked');
  await shot(page, 'desk-readiness');
  await readiness.getByRole('button', { name: 'Record the signed consent' }).click();

  const form = page.getByRole('form', { name: 'Record signed consent' });
  await expect(form.getByLabel('Form version')).toBeFocused();
  await expect(form.getByLabel('Witness')).not.toHaveValue('');
  await form.getByLabel('Witness').fill('Maria Lopez');
  await shot(page, 'desk-consent-form');
  await form.getByRole('button', { name: 'Record consent' }).click();
  await expect(page.getByTestId('consent-status')).toContainText('witnessed by Maria Lopez');
  await expect(readiness.getByTestId('readiness-verdict')).toHaveText('Ready for dry needling');

  // now the needling visit books
  await page.getByRole('combobox', { name: 'Visit type' }).selectOption('DRY_NEEDLING');
  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('UT');
  await page.getByLabel('From').fill(needlingFrom);
  await page.getByLabel('To', { exact: true }).fill(dayIn(`${needlingFrom}T12:00:00Z`, 'UTC', 14));
  await page.getByRole('button', { name: 'Find free slots' }).click();
  await page.getByTestId('slot').first().getByRole('button', { name: 'Book' }).click();
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(page.getByTestId('booked')).toContainText('Booked: Dry needling');

  // and the revocation from the same card takes readiness away again
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Revoke consent…' }).click();
  await page.getByLabel('Why is the consent revoked?').fill('Patient changed their mind');
  await page.getByRole('button', { name: 'Revoke consent', exact: true }).click();
  await expect(page.getByTestId('consent-status')).toContainText('Revoked');
  await expect(readiness.locator('[data-code="CONSENT_REVOKED"]')).toBeVisible();
});

test('the duplicate warning names no JSON field and its main action opens the existing record', async ({ page }) => {
  const lastName = `Dx${runTag().toLowerCase()}`;
  const desk = await token('frontdesk');
  await ok(api(desk, 'POST', '/patients', {
    firstName: 'Jamie', lastName, birthDate: '1990-04-04', sex: 'MALE', phone: '+1 801 555 0170',
    address: { line1: '3 Elm St', city: 'Provo', state: 'UT', postalCode: '84601' },
  }), 201);

  await signIn(page, 'frontdesk', 'desk');
  await page.getByRole('button', { name: 'Register a new patient' }).click();
  const form = page.getByRole('form', { name: 'Register a patient' });
  await form.getByLabel('First name').fill('Jamie');
  await form.getByLabel('Last name').fill(lastName);
  await form.getByLabel('Birth date').fill('1990-04-04');
  await form.getByLabel('Phone').fill('+1 801 555 0170');
  await form.getByLabel('Street address').fill('3 Elm St');
  await form.getByLabel('City').fill('Provo');
  await form.getByLabel('ZIP code').fill('84601');
  await form.getByRole('button', { name: 'Register', exact: true }).click();

  const warning = page.getByRole('alert').filter({ hasText: 'This patient may already be registered' });
  await expect(warning).toBeVisible();
  await expect(warning).toBeInViewport();
  await expect(warning).not.toContainText('confirmedDifferentPerson');
  const open = page.getByRole('button', { name: 'Open the existing record' });
  await expect(open).toHaveClass(/primary/);
  await expect(open).toBeFocused();
  await shot(page, 'desk-duplicate');
  await open.click();
  await expect(page.getByTestId('selected-patient')).toContainText(`Jamie ${lastName}`);
});
