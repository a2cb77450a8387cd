import { expect, test } from '@playwright/test';
import { api, dayIn, ok, runTag, shot, signIn, token } from './support';

const CONTRAINDICATIONS = ['FIRST_TRIMESTER_PREGNANCY', 'BLEEDING_DISORDER_OR_ANTICOAGULANTS', 'ACTIVE_CANCER_TREATMENT', 'INFECTION_AT_SITE', 'COMPROMISED_IMMUNITY', 'SEVERE_NEEDLE_FEAR', 'VASCULAR_CONCERNS'];

interface Slot { startsAt: string; zoneId: string; clinicId: string; therapistId: string }

/**
 * A patient of this run, ready for dry needling: consent, a clean screening, and an initial
 * evaluation at the first free time in Utah. Returns the day after the evaluation, in
 * the clinic's zone, from which needling may be booked, and the patient's id.
 */
async function readyPatient(lastName: string): Promise<{ needlingFrom: string; patientId: string }> {
  const desk = await token('frontdesk');
  const therapist = await token('therapist');
  const patient = await ok(api<{ id: string }>(desk, 'POST', '/patients', {
    firstName: 'Paige', lastName, birthDate: '1985-02-03', sex: 'FEMALE', phone: '+1 801 555 0142',
    address: { line1: '1 Test Way', city: 'Salt Lake City', state: 'UT', postalCode: '84101' },
  }), 201);
  await ok(api(therapist, 'POST', `/patients/${patient.id}/screenings`, { answers: CONTRAINDICATIONS.map((c) => ({ contraindication: c, present: false })) }), 201);
  await ok(api(desk, 'POST', `/patients/${patient.id}/consents`, { formVersion: 'DN-2026-01', signedAt: new Date(Date.now() - 60_000).toISOString(), signer: 'PATIENT' }), 201);
  const from = new Date(Date.now() + 24 * 3600_000).toISOString();
  const to = new Date(Date.now() + 20 * 24 * 3600_000).toISOString();
  const [slot] = await ok(api<Slot[]>(desk, 'GET', `/scheduling/availability?type=INITIAL_EVALUATION&state=UT&limit=1&from=${from}&to=${to}`), 200);
  expect(slot, 'a free initial-evaluation slot in Utah').toBeTruthy();
  await ok(api(desk, 'POST', '/scheduling/appointments', { patientId: patient.id, therapistId: slot.therapistId, clinicId: slot.clinicId, type: 'INITIAL_EVALUATION', startsAt: slot.startsAt }, { 'Idempotency-Key': crypto.randomUUID() }), 201);
  return { needlingFrom: dayIn(slot.startsAt, slot.zoneId, 1), patientId: patient.id };
}

test('a front desk finds and books a needling slot, and sees a refusal with every reason', async ({ page }) => {
  const lastName = `Pw${runTag().toLowerCase()}`;
  const { needlingFrom } = await readyPatient(lastName);

  await signIn(page, 'frontdesk', 'desk');
  await expect(page.getByRole('link', { name: 'Front desk' })).toHaveAttribute('aria-current', 'page');

  // find the patient of this run
  await page.getByLabel('Name', { exact: true }).fill(lastName);
  await page.getByRole('button', { name: 'Find patient' }).click();
  await page.getByRole('list', { name: 'Matching patients' }).getByRole('button', { name: new RegExp(lastName) }).click();
  await expect(page.getByTestId('selected-patient')).toContainText(lastName);
  await expect(page.getByTestId('visit').filter({ hasText: 'Initial evaluation' })).toBeVisible();

  // next free needling slots in Utah after the evaluation
  await page.getByRole('combobox', { name: 'Visit type' }).selectOption('DRY_NEEDLING');
  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('UT');
  await page.getByLabel('From').fill(needlingFrom);
  await page.getByLabel('To', { exact: true }).fill(dayIn(`${needlingFrom}T12:00:00Z`, 'UTC', 14));
  await page.getByRole('button', { name: 'Find free slots' }).click();
  const first = page.getByTestId('slot').first();
  await expect(first).toContainText('America/Denver');
  await shot(page, 'desk-slots');

  await first.getByRole('button', { name: 'Book' }).click();
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(page.getByTestId('booked')).toContainText(`Booked: Dry needling`);
  await expect(page.getByTestId('visit').filter({ hasText: 'Dry needling' })).toBeVisible();
  await shot(page, 'desk-booked');

  // move the needling visit with its Reschedule button: through the gateway's guard, which
  // decides again for the new time
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('visit').filter({ hasText: 'Dry needling' }).getByRole('button', { name: 'Reschedule' }).click();
  await page.getByRole('button', { name: 'Find free slots' }).click();
  await page.getByTestId('slot').first().getByRole('button', { name: 'Move here' }).click();
  await page.getByRole('button', { name: 'Confirm new time' }).click();
  await expect(page.getByTestId('booked')).toContainText('Rescheduled: Dry needling');

  // Walter Dunn: a contraindication nobody cleared
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Another patient' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Dunn');
  await page.getByLabel('Birth date').fill('1958-01-30');
  await page.getByRole('button', { name: 'Find patient' }).click();
  await page.getByRole('list', { name: 'Matching patients' }).getByRole('button', { name: /Walter Dunn/ }).click();
  await page.getByRole('button', { name: 'Find free slots' }).click();
  await page.getByTestId('slot').first().getByRole('button', { name: 'Book' }).click();
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Dry needling cannot be booked' });
  await expect(refusal).toContainText('Nothing was booked');
  const reason = refusal.locator('[data-code="CONTRAINDICATION_NOT_CLEARED"]');
  await expect(reason).toContainText('What to do: A therapist must review and clear it');
  await expect(refusal).not.toContainText('{');
  await shot(page, 'desk-refusal');

  // a clinic's day and the at-risk list
  await page.getByRole('tab', { name: "A clinic's day" }).click();
  await page.getByRole('combobox', { name: 'Clinic', exact: true }).fill('PT Demo Salt Lake City');
  await page.getByRole('option', { name: /PT Demo Salt Lake City/ }).click();
  await page.getByLabel('Day', { exact: true }).fill(needlingFrom);
  await expect(page.getByText('Times in Mountain time, America/Denver')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the day' })).toHaveCount(0);
  await shot(page, 'desk-clinic-day');

  await page.getByRole('tab', { name: 'At-risk visits' }).click();
  await expect(page.getByText(/at risk among \d+ visits checked/)).toBeVisible({ timeout: 30_000 });
  await shot(page, 'desk-at-risk');
});

test("the front desk's Cancel on an evaluation a needling visit depends on shows why it is refused", async ({ page }) => {
  const lastName = `Pw${runTag().toLowerCase()}e`;
  const { needlingFrom, patientId } = await readyPatient(lastName);
  const desk = await token('frontdesk');
  const to = dayIn(`${needlingFrom}T12:00:00Z`, 'UTC', 14);
  const [slot] = await ok(api<Slot[]>(desk, 'GET', `/scheduling/availability?type=DRY_NEEDLING&state=UT&limit=1&from=${needlingFrom}T07:00:00Z&to=${to}T07:00:00Z`), 200);
  expect(slot, 'a free needling slot in Utah after the evaluation').toBeTruthy();
  await ok(api(desk, 'POST', '/scheduling/appointments', { patientId, therapistId: slot.therapistId, clinicId: slot.clinicId, type: 'DRY_NEEDLING', startsAt: slot.startsAt }, { 'Idempotency-Key': crypto.randomUUID() }), 201);

  await signIn(page, 'frontdesk', 'desk');
  await page.getByLabel('Name', { exact: true }).fill(lastName);
  await page.getByRole('button', { name: 'Find patient' }).click();
  await page.getByRole('list', { name: 'Matching patients' }).getByRole('button', { name: new RegExp(lastName) }).click();
  const evaluation = page.getByTestId('visit').filter({ hasText: 'Initial evaluation' });
  await evaluation.getByRole('button', { name: 'Cancel…' }).click();
  await page.getByLabel('Why is it cancelled?').fill('patient called');
  await page.getByRole('button', { name: 'Cancel the visit' }).click();

  const refusal = page.getByRole('alert').filter({ hasText: 'Evaluation still needed' });
  await expect(refusal).toContainText('Move or cancel that visit first');
  await expect(refusal).toContainText('(1 dependent visit)');
  await expect(refusal).not.toContainText('{');
  await expect(evaluation).toContainText('Booked');
  await shot(page, 'desk-evaluation-still-needed');
});
