import { expect, test, type Browser } from '@playwright/test';
import { api, dayIn, npi, ok, runTag, shot, signIn, token } from './support';

interface Credential { id: string; version: number }

/** A therapist of this run, made by the credentialing administrator through the API. */
async function therapist(firstName: string, lastName: string): Promise<string> {
  const admin = await token('credadmin');
  let made: { status: number; body: { id: string } };
  do {
    made = await api<{ id: string }>(admin, 'POST', '/credentialing/therapists', { npi: npi(), firstName, lastName, email: `${firstName}.${lastName}@staff.ptpractice.example`.toLowerCase() });
  } while (made.status === 409);
  expect(made.status).toBe(201);
  return made.body.id;
}

/** A Utah therapist with every credential verified: eligible for dry needling there today. */
async function utahTherapist(lastName: string): Promise<string> {
  const admin = await token('credadmin');
  const id = await therapist('Noor', lastName);
  const add = (body: object) => ok(api<Credential>(admin, 'POST', `/credentialing/therapists/${id}/credentials`, body), 201);
  const verify = (c: Credential) => ok(api(admin, 'POST', `/credentialing/therapists/${id}/credentials/${c.id}/verification`, { outcome: 'VERIFIED', primarySource: 'Board lookup (browser test)', version: c.version }), 200);
  await verify(await add({ kind: 'STATE_LICENSE', state: 'UT', number: 'PT-UT-RV', issuedOn: '2015-01-15', expiresOn: '2040-01-31' }));
  await verify(await add({ kind: 'DRY_NEEDLING_ENDORSEMENT', state: 'UT', number: 'DN-UT-RV', issuedOn: '2019-06-01' }));
  await verify(await add({ kind: 'DRY_NEEDLING_CERTIFICATION', issuer: 'Test Dry Needling Institute', trainingHours: 60, supervisedSessions: 300, issuedOn: '2019-03-01' }));
  return id;
}

async function signedIn(browser: Browser, user: string, screen: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user, screen);
  return page;
}

test('a practice administrator opens a clinic and assigns hours, and the front desk finds its slots', async ({ page, browser }) => {
  const tag = runTag();
  const lastName = `Hale${tag.toLowerCase()}`;
  await therapist('Morgan', lastName);
  const clinicName = `PT Ogden ${tag}`;

  await signIn(page, 'practiceadmin', 'practice');
  await expect(page.getByRole('link', { name: 'Clinics' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('clinic-count')).toContainText('Showing 1–');
  await page.getByRole('button', { name: 'Open a new clinic…' }).click();
  const form = page.getByRole('form', { name: 'Open a new clinic' });
  await form.getByLabel('Name').fill(clinicName);
  await form.getByLabel('Street address').fill('2550 Washington Blvd');
  await form.getByLabel('City').fill('Ogden');
  await form.getByLabel('State').selectOption('UT');
  await form.getByLabel('ZIP code').fill('84401');
  await form.getByLabel('Phone').fill('+1 801 555 0177');
  await form.getByLabel('Time zone').selectOption({ label: 'Mountain time, America/Denver' });
  await form.getByLabel('Latitude').fill('41.2230');
  await form.getByLabel('Longitude').fill('-111.9738');
  await form.getByRole('button', { name: 'Open clinic' }).click();

  const detail = page.getByTestId('clinic-detail');
  await expect(detail.getByRole('heading', { name: clinicName })).toBeVisible();
  await expect(detail).toContainText('times in Mountain time, America/Denver');
  await detail.getByRole('tab', { name: 'Therapists and hours' }).click();
  await detail.getByRole('button', { name: 'Assign a therapist…' }).click();
  const assign = detail.getByRole('form', { name: 'Assign a therapist' });
  await assign.getByRole('combobox', { name: 'Therapist' }).fill(lastName);
  await assign.getByRole('option', { name: new RegExp(`${lastName}, Morgan`) }).click();
  await assign.getByRole('checkbox', { name: 'Saturday' }).check();
  await assign.getByRole('checkbox', { name: 'Sunday' }).check();
  await assign.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(detail.getByTestId('assignment').filter({ hasText: `Morgan ${lastName}` })).toContainText('Monday 08:00–17:00');
  await shot(page, 'practice-clinic-hours');

  // the front desk finds the new clinic's slots, named, on days in the clinic's own zone
  const desk = await signedIn(browser, 'frontdesk', 'desk');
  const tomorrow = dayIn(new Date().toISOString(), 'America/Denver', 1);
  await desk.getByRole('combobox', { name: 'Visit type' }).selectOption('INITIAL_EVALUATION');
  await desk.getByRole('combobox', { name: 'Clinic', exact: true }).fill(clinicName);
  await desk.getByRole('option', { name: new RegExp(clinicName) }).click();
  await desk.getByLabel('From').fill(tomorrow);
  await desk.getByLabel('To', { exact: true }).fill(tomorrow);
  await desk.getByRole('button', { name: 'Find free slots' }).click();
  const slots = desk.getByTestId('slot');
  await expect(slots.first()).toContainText(`Morgan ${lastName}`);
  await expect(slots.first()).toContainText(clinicName);
  await expect(slots.first()).toContainText('8:00 AM');
  for (const text of await slots.allTextContents()) expect(text).toContain(new Date(`${tomorrow}T12:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }));
  await shot(desk, 'practice-desk-finds-slots');
  await desk.context().close();
});

test('a credentialing administrator previews a future-dated rule, sees whom it affects, and adds it', async ({ page }) => {
  const lastName = `Rule${runTag().toLowerCase()}`;
  await utahTherapist(lastName);
  const admin = await token('credadmin');
  const history = await ok(api<{ versions: { effectiveFrom: string }[] }>(admin, 'GET', '/credentialing/state-rules/UT'), 200);
  const newest = history.versions[history.versions.length - 1].effectiveFrom;
  const inAYear = dayIn(new Date().toISOString(), 'America/Denver', 400);
  const from = newest >= inAYear ? dayIn(`${newest}T12:00:00Z`, 'UTC', 1) : inAYear;

  await signIn(page, 'credadmin', 'admin');
  await page.getByRole('tab', { name: 'State rules' }).click();
  await page.getByRole('button', { name: 'Add a rule version…' }).click();
  const form = page.getByRole('form', { name: 'Add a rule version' });
  await form.getByRole('combobox', { name: 'State', exact: true }).selectOption('UT');
  await form.getByRole('combobox', { name: 'Status', exact: true }).selectOption('PERMITTED_WITH_ENDORSEMENT');
  await form.getByLabel('In force from').fill(from);
  await form.getByLabel('Training hours (optional)').fill('500');
  await form.getByRole('checkbox', { name: /Endorsement or registration/ }).check();
  await form.getByLabel('Source (statute, rule or board page)').fill('Utah Admin. Code R156-24b, proposed amendment (browser test)');
  await form.getByRole('button', { name: 'Preview whose standing changes' }).click();

  const preview = page.getByTestId('rule-preview');
  const change = preview.getByTestId('preview-change').filter({ hasText: lastName });
  await expect(change).toContainText(from);
  await expect(change).toContainText('Eligible → Not eligible');
  await shot(page, 'credentialing-rule-preview');

  await form.getByRole('button', { name: /^Add version UT-/ }).click();
  const added = page.getByTestId('rule-history');
  await expect(added).toContainText(`from ${from}`);
  await expect(added).toContainText('500 training hours');
});

test('searches that match more than a page show the count and the next page', async ({ page, browser }) => {
  const tag = runTag();
  const family = `Page${tag.toLowerCase()}`;
  const admin = await token('credadmin');
  const desk = await token('frontdesk');
  const firsts = ['Avery', 'Blake', 'Casey', 'Devon', 'Emery', 'Finley', 'Gray', 'Harper', 'Indy', 'Jordan', 'Kai', 'Logan', 'Morgan', 'Noel', 'Oakley', 'Parker', 'Quinn', 'Reese', 'Sage', 'Taylor', 'Umber', 'Val', 'Wren', 'Xen', 'Yael'];
  for (const first of firsts) {
    let made;
    do made = await api(admin, 'POST', '/credentialing/therapists', { npi: npi(), firstName: first, lastName: family, email: `${first}.${family}@staff.ptpractice.example`.toLowerCase() });
    while (made.status === 409);
    expect(made.status).toBe(201);
    await ok(api(desk, 'POST', '/patients', {
      firstName: first, lastName: family, birthDate: '1979-04-12', sex: 'UNKNOWN', phone: '+1 801 555 0190',
      address: { line1: '1 Test Way', city: 'Salt Lake City', state: 'UT', postalCode: '84101' }, confirmedDifferentPerson: true,
    }), 201);
  }

  await signIn(page, 'credadmin', 'admin');
  await page.getByLabel('Name or NPI').fill(family);
  await page.getByLabel('Name or NPI').press('Enter');
  await expect(page.getByTestId('therapist-count')).toContainText('Showing 1–20 of 25');
  await expect(page.getByTestId('therapist')).toHaveCount(20);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByTestId('therapist-count')).toContainText('Showing 21–25 of 25');
  await expect(page.getByTestId('therapist').first()).toContainText(`${family}, Umber`);
  await shot(page, 'credentialing-therapists-paged');

  const front = await signedIn(browser, 'frontdesk', 'desk');
  await front.getByLabel('Name', { exact: true }).fill(family);
  await front.getByRole('button', { name: 'Find patient' }).click();
  await expect(front.getByTestId('patient-count')).toContainText('Showing 1–20 of 25 matching patients');
  await front.getByRole('button', { name: 'Next page' }).click();
  await expect(front.getByTestId('patient-count')).toContainText('Showing 21–25 of 25 matching patients');
  await expect(front.getByRole('list', { name: 'Matching patients' }).getByRole('button')).toHaveCount(5);
  await front.context().close();
});

test('a credentialing administrator adds a therapist, the NPI checked as typed, links a sign-in and reads the audit trail', async ({ page }) => {
  const lastName = `Added${runTag().toLowerCase()}`;
  const good = npi();
  const wrong = good.slice(0, 9) + String((Number(good[9]) + 1) % 10);

  await signIn(page, 'credadmin', 'admin');
  await page.getByRole('button', { name: 'Add a therapist…' }).click();
  const form = page.getByRole('form', { name: 'Add a therapist' });
  await form.getByLabel('NPI (National Provider Identifier)').fill(wrong);
  await expect(form.getByRole('status')).toHaveText(/its last digit does not check/);
  await form.getByLabel('NPI (National Provider Identifier)').fill(good);
  await expect(form.getByRole('status')).toHaveText('The NPI checks out.');
  await form.getByLabel('First name').fill('Rowan');
  await form.getByLabel('Last name').fill(lastName);
  await form.getByLabel('Work email').fill(`rowan.${lastName}@staff.ptpractice.example`);
  await form.getByRole('button', { name: 'Add therapist' }).click();

  const detail = page.getByTestId('therapist-detail');
  await expect(detail.getByRole('heading', { name: `Rowan ${lastName}` })).toBeVisible();
  await expect(page.getByTestId('therapist-count')).toContainText('Showing 1–1 of 1');
  const login = detail.getByTestId('therapist-login');
  await expect(login).toContainText('No sign-in linked');
  await login.getByRole('button', { name: 'Link a sign-in…' }).click();
  const subject = crypto.randomUUID();
  await login.getByLabel(/Sign-in user id/).fill(subject);
  await login.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(login).toContainText(`Linked to sign-in user ${subject}`);

  await detail.getByTestId('audit-trail').locator('summary').click();
  const trail = detail.getByTestId('audit-trail');
  await expect(trail).toContainText('Therapist created');
  await expect(trail).toContainText(`login subject: — → ${subject}`);
  // who: the administrator's name (their sign-in's), with the login id as the title
  const actor = trail.getByTestId('audit-actor').first();
  await expect(actor).toHaveText('Ruth Adeyemi');
  await expect(actor).toHaveAttribute('title', 'Login id: a1b2c3d4-0000-4000-8000-000000000003');
  await shot(page, 'credentialing-add-therapist');
});
