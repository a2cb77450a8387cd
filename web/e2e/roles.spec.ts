import { type Browser, expect, type Page, test } from '@playwright/test';
import { api, ok, shot, token } from './support';

/** Signs in with the finder's own Sign in link, in a browser of its own. */
async function signInFromFinder(browser: Browser, user: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/#/finder');
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(`${user}-demo`);
  await page.locator('#kc-login').click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  return page;
}

test('every role signing in from the finder lands on its home screen', async ({ browser }) => {
  const homes: [string, string, string][] = [
    ['frontdesk', '#/desk', 'Front desk'],
    ['therapist', '#/therapist', 'My schedule'],
    ['practiceadmin', '#/practice', 'Clinics'],
    ['credadmin', '#/admin', 'Credentialing'],
    ['patient', '#/my', 'My appointments'],
  ];
  for (const [user, hash, label] of homes) {
    const page = await signInFromFinder(browser, user);
    await page.waitForURL((url) => url.hash === hash);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
    await page.context().close();
  }
});

test('a signed-in user on a screen of another role is told it is not for their role, not asked to sign in', async ({ browser }) => {
  const page = await signInFromFinder(browser, 'therapist');
  // the landing on the role's home screen comes first: going to another screen before it
  // raced with it (the landing won and the test saw My schedule)
  await expect(page.getByRole('heading', { name: 'My schedule' })).toBeVisible();
  await page.goto('/#/desk');
  const notice = page.getByTestId('not-for-your-role');
  await expect(notice.getByRole('heading', { name: 'Not available to your role' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Sign in');
  await shot(page, 'not-for-your-role');
  await notice.getByRole('link', { name: 'Go to My schedule' }).click();
  await expect(page.getByRole('heading', { name: 'My schedule' })).toBeVisible();
  await page.context().close();
});

test("the patient's page lists upcoming and past visits with clinic, address, phone, therapist and status; a cancelled one looks different", async ({ browser }) => {
  // a visit booked and one cancelled for whichever patient the demo login is linked to
  const desk = await token('frontdesk');
  const me = await ok(api<{ id: string; firstName: string; lastName: string }>(await token('patient'), 'GET', '/patients/me'), 200);
  // one visit in each of two windows a week and more apart: the slots of one search start at
  // the same few times across many therapists, and the patient cannot be in two places at once
  const booked: string[] = [];
  for (const [firstDay, lastDay] of [[2, 10], [14, 25]]) {
    const from = new Date(Date.now() + firstDay * 24 * 3600_000).toISOString();
    const to = new Date(Date.now() + lastDay * 24 * 3600_000).toISOString();
    const slots = await ok(api<{ startsAt: string; clinicId: string; therapistId: string }[]>(desk, 'GET', `/scheduling/availability?type=FOLLOW_UP&state=UT&limit=40&from=${from}&to=${to}`), 200);
    for (const slot of slots) {
      const made = await api<{ id: string }>(desk, 'POST', '/scheduling/appointments', { patientId: me.id, therapistId: slot.therapistId, clinicId: slot.clinicId, type: 'FOLLOW_UP', startsAt: slot.startsAt }, { 'Idempotency-Key': crypto.randomUUID() });
      if (made.status === 201) {
        booked.push(made.body.id);
        break;
      }
    }
  }
  expect(booked, 'two follow-ups booked for the demo patient').toHaveLength(2);
  await ok(api(desk, 'POST', `/scheduling/appointments/${booked[1]}/cancel`, { reason: 'Patient asked to cancel' }), 200);

  const page = await signInFromFinder(browser, 'patient');
  await page.waitForURL((url) => url.hash === '#/my');
  // the header names the patient record, not the login
  await expect(page.getByTestId('signed-in-as')).toContainText(`${me.firstName} ${me.lastName}`);
  const upcoming = page.getByRole('list', { name: 'Upcoming visits' });
  await expect(page.getByRole('heading', { name: 'Past visits' })).toBeVisible();
  const visits = upcoming.getByTestId('patient-visit');
  await expect(visits.first()).toBeVisible();
  for (const visit of await visits.all()) {
    // the clinic's address ends with its state and ZIP code
    await expect(visit).toContainText(/, [A-Z]{2} \d{5}/);
    await expect(visit.locator('a[href^="tel:"]')).toBeVisible();
    await expect(visit).toContainText(/ with (?!your therapist)\S+ \S+/);
  }
  const cancelled = upcoming.locator('[data-status="CANCELLED"]');
  await expect(cancelled.first()).toContainText('Cancelled');
  await expect(cancelled.first().locator('.when')).toHaveCSS('text-decoration-line', 'line-through');
  await shot(page, 'patient-visits');
  await page.context().close();
});
