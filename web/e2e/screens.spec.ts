import { expect, test } from '@playwright/test';
import { api, dayIn, npi, ok, runTag, shot, signIn, token } from './support';

const CONTRAINDICATIONS = ['FIRST_TRIMESTER_PREGNANCY', 'BLEEDING_DISORDER_OR_ANTICOAGULANTS', 'ACTIVE_CANCER_TREATMENT', 'INFECTION_AT_SITE', 'COMPROMISED_IMMUNITY', 'SEVERE_NEEDLE_FEAR', 'VASCULAR_CONCERNS'];

interface Credential { id: string; version: number }
interface Slot { startsAt: string; zoneId: string; clinicId: string; therapistId: string }

/** A therapist of this run, made by the credentialing administrator through the API. */
async function therapist(firstName: string, lastName: string): Promise<{ id: string; npi: string }> {
  const admin = await token('credadmin');
  let made: { status: number; body: { id: string; npi: string } };
  do {
    made = await api<{ id: string; npi: string }>(admin, 'POST', '/credentialing/therapists', { npi: npi(), firstName, lastName, email: `${firstName}.${lastName}@staff.ptpractice.example`.toLowerCase() });
  } while (made.status === 409);
  expect(made.status).toBe(201);
  return made.body;
}

/** A Utah clinic of this run, opened by the practice administrator through the API. */
async function clinic(name: string): Promise<string> {
  const admin = await token('practiceadmin');
  const made = await ok(api<{ id: string }>(admin, 'POST', '/scheduling/clinics', {
    name, addressLine1: '50 S Main St', city: 'Logan', state: 'UT', postalCode: '84321', phone: '+1 435 555 0110',
    zoneId: 'America/Denver', latitude: 41.7355, longitude: -111.8344,
  }), 201);
  return made.id;
}

/** A patient of this run with a screening (the flags given) and a signed consent. */
async function patient(lastName: string, flagged: string[]): Promise<string> {
  const desk = await token('frontdesk');
  const made = await ok(api<{ id: string }>(desk, 'POST', '/patients', {
    firstName: 'Avery', lastName, birthDate: '1984-02-09', sex: 'FEMALE', phone: '+1 801 555 0181',
    address: { line1: '40 Canyon Rd', city: 'Salt Lake City', state: 'UT', postalCode: '84103' },
  }), 201);
  await ok(api(await token('therapist'), 'POST', `/patients/${made.id}/screenings`, { answers: CONTRAINDICATIONS.map((c) => ({ contraindication: c, present: flagged.includes(c) })) }), 201);
  await ok(api(desk, 'POST', `/patients/${made.id}/consents`, { formVersion: 'DN-2026-01', signedAt: new Date(Date.now() - 60_000).toISOString(), signer: 'PATIENT' }), 201);
  return made.id;
}

test('the front desk is refused a needling visit for want of an evaluation and books the evaluation from the refusal', async ({ page }) => {
  const lastName = `Ev${runTag().toLowerCase()}`;
  await patient(lastName, []);
  const tomorrow = dayIn(new Date().toISOString(), 'America/Denver', 1);

  await signIn(page, 'frontdesk', 'desk');
  await page.getByLabel('Name', { exact: true }).fill(lastName);
  await page.getByRole('button', { name: 'Find patient' }).click();
  await page.getByRole('list', { name: 'Matching patients' }).getByRole('button', { name: new RegExp(lastName) }).click();
  await expect(page.getByTestId('readiness')).toContainText('No initial evaluation booked');

  await page.getByRole('combobox', { name: 'Visit type' }).selectOption('DRY_NEEDLING');
  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('UT');
  await page.getByLabel('From').fill(tomorrow);
  await page.getByLabel('To', { exact: true }).fill(dayIn(`${tomorrow}T12:00:00Z`, 'UTC', 14));
  await page.getByRole('button', { name: 'Find free slots' }).click();
  await page.getByTestId('slot').first().getByRole('button', { name: 'Book' }).click();
  await page.getByRole('button', { name: 'Confirm booking' }).click();

  const refusal = page.getByRole('alert').filter({ hasText: 'Nothing was booked' });
  await expect(refusal.locator('[data-code="NO_PRIOR_EVALUATION"]')).toBeVisible();
  await shot(page, 'desk-refusal-book-evaluation');
  // the refusal's own fix (the patient card offers the same one)
  await page.getByRole('region', { name: 'Confirm the booking' }).getByRole('button', { name: 'Book an initial evaluation' }).click();

  const type = page.getByRole('combobox', { name: 'Visit type' });
  await expect(type).toHaveValue('INITIAL_EVALUATION');
  await expect(type).toBeFocused();
  await page.getByRole('button', { name: 'Find free slots' }).click();
  await page.getByTestId('slot').first().getByRole('button', { name: 'Book' }).click();
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(page.getByTestId('booked')).toContainText('Booked: Initial evaluation');
  await expect(page.getByTestId('readiness')).toContainText('Initial evaluation booked');
  await expect(page.getByTestId('readiness').locator('[data-code="NO_PRIOR_EVALUATION"]')).toHaveCount(0);
});

test('a therapist records a new screening, the patient is no longer ready, and a correction makes them ready again', async ({ page }) => {
  const lastName = `Sc${runTag().toLowerCase()}`;
  const patientId = await patient(lastName, []);
  const me = await ok(api<{ id: string }>(await token('therapist'), 'GET', '/credentialing/therapists/me'), 200);
  const desk = await token('frontdesk');
  const from = new Date(Date.now() + 3600_000).toISOString();
  const to = new Date(Date.now() + 21 * 24 * 3600_000).toISOString();
  const [slot] = await ok(api<Slot[]>(desk, 'GET', `/scheduling/availability?type=INITIAL_EVALUATION&therapistId=${me.id}&limit=1&from=${from}&to=${to}`), 200);
  expect(slot, 'a free evaluation slot of the demo therapist').toBeTruthy();
  await ok(api(desk, 'POST', '/scheduling/appointments', { patientId, therapistId: slot.therapistId, clinicId: slot.clinicId, type: 'INITIAL_EVALUATION', startsAt: slot.startsAt }, { 'Idempotency-Key': crypto.randomUUID() }), 201);

  await signIn(page, 'therapist', 'therapist');
  await page.getByRole('tab', { name: 'My week' }).click();
  await page.getByLabel('Week from').fill(dayIn(slot.startsAt, slot.zoneId));
  await page.getByTestId('my-visit').filter({ hasText: lastName }).getByRole('button', { name: 'Open patient' }).click();
  const chart = page.getByTestId('chart');
  await expect(chart.getByTestId('readiness-verdict')).toHaveText('Ready for dry needling');

  // a new screening through the form: a severe fear of needles is flagged
  await chart.getByRole('button', { name: 'Screen again…' }).click();
  const form = chart.getByRole('form', { name: 'Record a contraindication screening' });
  for (const question of await form.getByRole('group').all()) {
    const fear = (await question.textContent())?.includes('fear of needles');
    await question.getByRole('radio', { name: fear ? 'Yes' : 'No' }).check();
  }
  await form.getByRole('button', { name: 'Record screening' }).click();
  await expect(chart.getByTestId('open-flags')).toContainText('Severe fear of needles');
  await expect(chart.getByTestId('readiness-verdict')).toHaveText(/^Not ready/);
  await expect(chart.locator('[data-code="CONTRAINDICATION_NOT_CLEARED"]')).toBeVisible();

  // the answer was recorded wrongly: the correction replaces the screening
  await chart.getByRole('button', { name: 'Correct this screening…' }).click();
  const correction = chart.getByRole('form', { name: 'Correct the latest screening' });
  await correction.getByRole('group', { name: /fear of needles/ }).getByRole('radio', { name: 'No' }).check();
  await correction.getByLabel('Why the screening was wrong').fill('The patient answered about their child; no fear of needles.');
  await shot(page, 'therapist-screening-correction');
  await correction.getByRole('button', { name: 'Record the correction' }).click();
  await expect(chart.getByTestId('open-flags')).toContainText('Open flags: none');
  await expect(chart.getByTestId('readiness-verdict')).toHaveText('Ready for dry needling');
});

test('a practice administrator adds time off, sees it listed in the clinic zone, and removes it after confirming', async ({ page }) => {
  const tag = runTag();
  const lastName = `Off${tag.toLowerCase()}`;
  await therapist('Robin', lastName);
  const clinicName = `PT Logan ${tag}`;
  await clinic(clinicName);
  const first = dayIn(new Date().toISOString(), 'America/Denver', 200);

  await signIn(page, 'practiceadmin', 'practice');
  await page.getByLabel('Name or city').fill(clinicName);
  await page.getByLabel('Name or city').press('Enter');
  await page.getByTestId('clinic-row').filter({ hasText: clinicName }).getByRole('button', { name: clinicName }).click();
  const detail = page.getByTestId('clinic-detail');
  await detail.getByRole('tab', { name: 'Time off' }).click();

  // the therapist chosen with the keyboard from the type-ahead
  const picker = detail.getByRole('combobox', { name: 'Therapist off' });
  await picker.fill(lastName);
  await expect(detail.getByRole('option', { name: new RegExp(`${lastName}, Robin`) })).toBeVisible();
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue(`Robin ${lastName}`);

  const form = detail.getByRole('form', { name: 'Record time off' });
  await form.getByLabel('From day').fill(first);
  await form.getByLabel('time', { exact: true }).first().fill('08:00');
  await form.getByLabel('Back on day').fill(dayIn(`${first}T12:00:00Z`, 'UTC', 2));
  await form.getByLabel('time', { exact: true }).nth(1).fill('08:00');
  await form.getByLabel(/Note/).fill('Continuing education');
  await form.getByRole('button', { name: 'Record time off' }).click();

  const listed = detail.getByTestId('upcoming-time-off');
  const row = listed.getByTestId('time-off');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('8:00 AM');
  await expect(row).toContainText('Continuing education');
  await expect(listed).toContainText('Mountain time, America/Denver');
  await shot(page, 'practice-time-off');

  await row.getByRole('button', { name: /Remove the time off/ }).click();
  await expect(row.getByRole('alert')).toContainText('Remove this time off?');
  await row.getByRole('button', { name: 'Keep it' }).click();
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /Remove the time off/ }).click();
  await row.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(listed.getByRole('status').filter({ hasText: 'Removed' })).toContainText('offered again');
  await expect(listed).toContainText('No time off ahead.');
});

test('reports sort by a column, on the server across pages, and a row opens the therapist it names', async ({ page }) => {
  const family = `Sort${runTag().toLowerCase()}`;
  const made = [await therapist('Quinn', `${family}a`), await therapist('Blair', `${family}c`), await therapist('Casey', `${family}b`)];
  // one of them with a license that expires in 40 days
  const admin = await token('credadmin');
  const expiresOn = dayIn(new Date().toISOString(), 'America/Denver', 40);
  const license = await ok(api<Credential>(admin, 'POST', `/credentialing/therapists/${made[2].id}/credentials`, { kind: 'STATE_LICENSE', state: 'UT', number: 'PT-UT-SO', issuedOn: '2015-01-15', expiresOn }), 201);
  await ok(api(admin, 'POST', `/credentialing/therapists/${made[2].id}/credentials/${license.id}/verification`, { outcome: 'VERIFIED', primarySource: 'Board lookup (browser test)', version: license.version }), 200);

  await signIn(page, 'credadmin', 'admin');
  await page.getByLabel('Name or NPI').fill(family);
  await page.getByLabel('Name or NPI').press('Enter');
  await expect(page.getByTestId('therapist-count')).toContainText('Showing 1–3 of 3');
  const names = () => page.getByTestId('therapist').locator('td:first-child button').allTextContents();
  expect(await names()).toEqual([`${family}a, Quinn`, `${family}b, Casey`, `${family}c, Blair`]);

  const byName = page.getByRole('columnheader', { name: 'Therapist' });
  await expect(byName).toHaveAttribute('aria-sort', 'ascending');
  await byName.getByRole('button').click();
  await expect(byName).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(names).toEqual([`${family}c, Blair`, `${family}b, Casey`, `${family}a, Quinn`]);

  // by NPI, with the keyboard
  const byNpi = page.getByRole('columnheader', { name: 'NPI' });
  await byNpi.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(byNpi).toHaveAttribute('aria-sort', 'ascending');
  await expect(byName).toHaveAttribute('aria-sort', 'none');
  const byNumber = [...made].sort((a, b) => a.npi.localeCompare(b.npi));
  await expect.poll(() => page.getByTestId('therapist').locator('td:nth-child(2)').allTextContents()).toEqual(byNumber.map((t) => `NPI ${t.npi}`));
  await shot(page, 'credentialing-sorted');

  // a row opens its therapist
  await page.getByTestId('therapist').filter({ hasText: `${family}c` }).locator('td').nth(2).click();
  await expect(page.getByTestId('therapist-detail').getByRole('heading', { name: `Blair ${family}c` })).toBeVisible();

  // the expiring-soon report: sorted by a column, its row opens the therapist
  await page.getByRole('tab', { name: 'Expiring soon' }).click();
  const report = page.getByTestId('expiry-report');
  await expect(report.getByRole('columnheader', { name: /Credentials/ })).toHaveAttribute('aria-sort', 'ascending');
  await report.getByRole('columnheader', { name: /^Therapist/ }).getByRole('button').click();
  await expect(report.getByRole('columnheader', { name: /^Therapist/ })).toHaveAttribute('aria-sort', 'ascending');
  const expiring = report.getByTestId('expiring').filter({ hasText: `${family}b` });
  await expect(expiring).toContainText(`State license (Utah): expires ${expiresOn}`);
  await shot(page, 'credentialing-expiring-sorted');
  await expiring.getByRole('button', { name: `Casey ${family}b` }).click();
  await expect(page.getByRole('tab', { name: 'Therapists' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('therapist-detail').getByRole('heading', { name: `Casey ${family}b` })).toBeVisible();
});

test('the slot search finds a clinic past the first page of matches with the type-ahead', async ({ page }) => {
  const tag = runTag();
  const names = Array.from({ length: 12 }, (_, i) => `Typeahead ${tag} ${String(i + 1).padStart(2, '0')}`);
  for (const name of names) await clinic(name);

  await signIn(page, 'frontdesk', 'desk');
  const box = page.getByRole('combobox', { name: 'Clinic', exact: true });
  await box.fill(`Typeahead ${tag}`);
  await expect(page.getByRole('listbox', { name: 'Clinic: matches' }).getByRole('option')).toHaveCount(10);
  await expect(page.getByText('Showing 1–10 of 12; type more to narrow')).toBeVisible();
  await page.getByRole('button', { name: 'Show more matches' }).click();
  await expect(page.getByRole('option', { name: new RegExp(names[11]) })).toBeVisible();
  await expect(page.getByText('Showing 1–12 of 12')).toBeVisible();

  // the keyboard: down to the last match, Enter picks it
  await box.focus();
  for (let i = 0; i < 12; i++) await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /option-11$/);
  await shot(page, 'desk-clinic-typeahead');
  await box.press('Enter');
  await expect(box).toHaveValue(names[11]);
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('combobox', { name: 'Visit type' }).selectOption('FOLLOW_UP');
  await page.getByRole('button', { name: 'Find free slots' }).click();
  await expect(page.getByText('No free slots match')).toBeVisible();
});
