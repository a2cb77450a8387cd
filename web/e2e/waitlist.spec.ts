import { expect, test } from '@playwright/test';
import { api, ok, pick, runTag, shot, signIn, token } from './support';

interface Slot { startsAt: string; localStart: string; zoneId: string; clinicId: string; therapistId: string }

async function patient(desk: string, lastName: string): Promise<string> {
  const created = await ok(api<{ id: string }>(desk, 'POST', '/patients', {
    firstName: 'Wanda', lastName, birthDate: '1979-04-05', sex: 'FEMALE', phone: '+1 801 555 0177',
    address: { line1: '2 Wait St', city: 'Salt Lake City', state: 'UT', postalCode: '84101' },
  }), 201);
  return created.id;
}

async function findPatient(page: import('@playwright/test').Page, lastName: string): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill(lastName);
  await page.getByRole('button', { name: 'Find patient' }).click();
  await page.getByRole('list', { name: 'Matching patients' }).getByRole('button', { name: new RegExp(lastName) }).click();
  await expect(page.getByTestId('selected-patient')).toContainText(lastName);
}

test('the front desk adds a waitlist entry, cancels a visit, sees the open offer and confirms it', async ({ page }) => {
  const tag = runTag().toLowerCase();
  const holderName = `Pw${tag}h`;
  const waitingName = `Pw${tag}w`;
  const desk = await token('frontdesk');
  const holder = await patient(desk, holderName);
  const waiting = await patient(desk, waitingName);
  // a follow-up of the holder at the first free Utah time a few days ahead
  const from = new Date(Date.now() + 3 * 24 * 3600_000).toISOString();
  const to = new Date(Date.now() + 20 * 24 * 3600_000).toISOString();
  const [slot] = await ok(api<Slot[]>(desk, 'GET', `/scheduling/availability?type=FOLLOW_UP&state=UT&limit=1&from=${from}&to=${to}`), 200);
  expect(slot, 'a free follow-up slot in Utah').toBeTruthy();
  await ok(api(desk, 'POST', '/scheduling/appointments', { patientId: holder, therapistId: slot.therapistId, clinicId: slot.clinicId, type: 'FOLLOW_UP', startsAt: slot.startsAt }, { 'Idempotency-Key': crypto.randomUUID() }), 201);
  const day = slot.localStart.slice(0, 10);
  const { name: clinicName } = await ok(api<{ name: string }>(desk, 'GET', `/scheduling/clinics/${slot.clinicId}`), 200);
  const time = slot.localStart.slice(11, 16);

  await signIn(page, 'frontdesk', 'desk');

  // the waiting patient asks for a follow-up that day at that clinic, from that time on
  await findPatient(page, waitingName);
  await page.getByRole('tab', { name: 'Waitlist' }).click();
  const form = page.getByRole('form', { name: 'Add to the waitlist' });
  await form.getByRole('combobox', { name: 'Waits for' }).selectOption('FOLLOW_UP');
  await form.getByLabel('First day').fill(day);
  await form.getByLabel('Last day').fill(day);
  await form.getByLabel('Not before').fill(time);
  await form.getByLabel('Done by').fill('23:45');
  await pick(form, 'Waitlist clinic', clinicName, new RegExp(clinicName));
  await form.getByRole('button', { name: 'Add to waitlist' }).click();
  await expect(page.getByTestId('waitlist-added')).toContainText(`${waitingName} waits for a Follow-up visit`);
  await expect(page.getByTestId('waiting-entry').filter({ hasText: waitingName })).toContainText('Waiting');
  await shot(page, 'desk-waitlist-entry');

  // the holder cancels
  await page.getByRole('button', { name: 'Another patient' }).click();
  await findPatient(page, holderName);
  await page.getByTestId('visit').filter({ hasText: 'Follow-up' }).getByRole('button', { name: 'Cancel…' }).click();
  await page.getByLabel('Why is it cancelled?').fill('patient called');
  await page.getByRole('button', { name: 'Cancel the visit' }).click();
  await expect(page.getByTestId('visit').filter({ hasText: 'Follow-up' })).toContainText('Cancelled');

  // the freed slot is held for the waiting patient: confirm it
  await page.getByRole('tab', { name: 'Waitlist' }).click();
  const offer = page.getByTestId('offer').filter({ hasText: waitingName });
  await expect(offer).toContainText('Follow-up visit');
  await shot(page, 'desk-waitlist-offer');
  await offer.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('offer-done')).toContainText(`Booked: Follow-up visit for Wanda ${waitingName}`);
  await expect(page.getByTestId('offer').filter({ hasText: waitingName })).toHaveCount(0);

  const visits = await ok(api<{ startsAt: string; status: string }[]>(desk, 'GET', `/scheduling/appointments?patientId=${waiting}`), 200);
  expect(visits.map((v) => [new Date(v.startsAt).toISOString(), v.status])).toContainEqual([new Date(slot.startsAt).toISOString(), 'BOOKED']);
  await shot(page, 'desk-waitlist-confirmed');
});
