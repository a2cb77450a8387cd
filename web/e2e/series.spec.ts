import { expect, test } from '@playwright/test';
import { api, npi, ok, pick, runTag, shot, signIn, token } from './support';

/** "YYYY-MM-DD" of the first Tuesday at least two days ahead (in Denver's calendar, roughly). */
function nextTuesday(): string {
  const day = new Date(Date.now() + 2 * 24 * 3600_000);
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('a front desk books a series and sees which visits were refused and why', async ({ page }) => {
  const tag = runTag();
  const admin = await token('practiceadmin');
  const credentialing = await token('credadmin');
  const desk = await token('frontdesk');
  // a clinic of this run whose therapist works Tuesdays and Thursdays 07:00-12:00 and is off the second Thursday
  const clinic = await ok(api<{ id: string }>(admin, 'POST', '/scheduling/clinics', {
    name: `Aa Series ${tag}`, addressLine1: '1 Main St', city: 'Denver', state: 'CO', postalCode: '80202',
    phone: '303-555-0100', zoneId: 'America/Denver', latitude: 39.74, longitude: -104.99,
  }), 201);
  const therapist = await ok(api<{ id: string }>(credentialing, 'POST', '/credentialing/therapists', {
    npi: npi(), firstName: 'Sam', lastName: `Aa${tag.toLowerCase()}`, email: `series-${tag.toLowerCase()}@demo.ptpractice.example`,
  }), 201);
  const first = nextTuesday();
  await ok(api(admin, 'POST', `/scheduling/clinics/${clinic.id}/assignments`, {
    therapistId: therapist.id, effectiveFrom: plusDays(first, -7),
    hours: [{ dayOfWeek: 'TUESDAY', startTime: '07:00', endTime: '12:00' }, { dayOfWeek: 'THURSDAY', startTime: '07:00', endTime: '12:00' }],
  }), 201);
  const secondThursday = plusDays(first, 9);
  await ok(api(admin, 'POST', `/scheduling/therapists/${therapist.id}/time-off`, {
    startsAt: `${secondThursday}T00:00:00-06:00`, endsAt: `${plusDays(secondThursday, 1)}T00:00:00-06:00`, reason: 'Course',
  }), 201);
  const lastName = `Series${tag.toLowerCase()}`;
  await ok(api(desk, 'POST', '/patients', {
    firstName: 'Petra', lastName, birthDate: '1979-04-05', sex: 'FEMALE', phone: '+1 303 555 0199',
    address: { line1: '2 Test Way', city: 'Denver', state: 'CO', postalCode: '80202' },
  }), 201);

  await signIn(page, 'frontdesk', 'desk');
  await page.getByLabel('Name', { exact: true }).fill(lastName);
  await page.getByRole('button', { name: 'Find patient' }).click();
  await page.getByRole('list', { name: 'Matching patients' }).getByRole('button', { name: new RegExp(lastName) }).click();
  await expect(page.getByTestId('selected-patient')).toContainText(lastName);

  await page.getByRole('tab', { name: 'Book a series' }).click();
  const form = page.getByRole('form', { name: 'Book a series' });
  await form.getByRole('combobox', { name: 'Visit type' }).selectOption('FOLLOW_UP');
  await pick(form, 'Clinic', `Aa Series ${tag}`, new RegExp(`Aa Series ${tag}`));
  await pick(form, 'Therapist', `Aa${tag.toLowerCase()}`, new RegExp(`Aa${tag.toLowerCase()}, Sam`));
  await form.getByLabel('Start time (clinic time)').fill('07:30');
  await form.getByLabel('First date').fill(first);
  await form.getByLabel('Number of visits').fill('6');
  await form.getByRole('button', { name: 'Book the series' }).click();

  const visits = page.getByTestId('series-visit');
  await expect(visits).toHaveCount(6);
  await expect(page.getByRole('table', { name: 'Visits of the series' })).toContainText('5 of 6 visits booked, 1 refused');
  const refused = visits.filter({ has: page.locator('[data-code="TIME_OFF"]') });
  await expect(refused).toHaveCount(1);
  await expect(refused).toHaveAttribute('data-status', 'REFUSED');
  await expect(refused).toContainText('The therapist has time off then.');
  await expect(refused).toContainText('What to do: Take the alternative shown');
  await expect(visits.filter({ hasText: 'Booked' })).toHaveCount(5);
  await expect(visits.first()).toContainText('07:30');
  await shot(page, 'desk-series');

  // the same series again, all or nothing: every time is now taken, nothing is booked
  await form.getByRole('combobox', { name: 'If a visit cannot be booked' }).selectOption('ALL_OR_NOTHING');
  await form.getByRole('button', { name: 'Book the series' }).click();
  await expect(page.getByRole('table', { name: 'Visits of the series' })).toContainText('Nothing was booked: 6 of 6 visits cannot be booked.');
  await expect(visits.filter({ has: page.locator('[data-code="SLOT_TAKEN"]') })).toHaveCount(5);
});
