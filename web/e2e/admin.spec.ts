import { expect, test } from '@playwright/test';
import { api, npi, ok, runTag, shot, signIn, token } from './support';

interface Credential { id: string; version: number; kind: string }

/** A therapist of this run with every Utah credential verified except the certification. */
async function therapistAwaitingVerification(lastName: string): Promise<void> {
  const admin = await token('credadmin');
  let made: { status: number; body: { id: string } };
  do {
    made = await api<{ id: string }>(admin, 'POST', '/credentialing/therapists', { npi: npi(), firstName: 'Tess', lastName, email: `tess.${lastName.toLowerCase()}@test.ptpractice.example` });
  } while (made.status === 409);
  expect(made.status).toBe(201);
  const id = made.body.id;
  const add = (body: object) => ok(api<Credential>(admin, 'POST', `/credentialing/therapists/${id}/credentials`, body), 201);
  const verify = (c: Credential) => ok(api(admin, 'POST', `/credentialing/therapists/${id}/credentials/${c.id}/verification`, { outcome: 'VERIFIED', primarySource: 'Board lookup (browser test)', version: c.version }), 200);
  await verify(await add({ kind: 'STATE_LICENSE', state: 'UT', number: 'PT-UT-PW', issuedOn: '2015-01-15', expiresOn: '2030-01-31' }));
  await verify(await add({ kind: 'DRY_NEEDLING_ENDORSEMENT', state: 'UT', number: 'DN-UT-PW', issuedOn: '2019-06-01' }));
  await add({ kind: 'DRY_NEEDLING_CERTIFICATION', issuer: 'Test Dry Needling Institute', trainingHours: 60, supervisedSessions: 300, issuedOn: '2019-03-01' });
}

test('a credentialing admin verifies a credential and the badge changes', async ({ page }) => {
  const lastName = `Pw${runTag().toLowerCase()}`;
  await therapistAwaitingVerification(lastName);

  await signIn(page, 'credadmin', 'admin');
  await expect(page.getByTestId('therapist').first()).toBeVisible();
  await expect(page.getByTestId('therapist-count')).toContainText(/Showing 1–\d+ of \d+/);
  await shot(page, 'admin-therapists');

  await page.getByLabel('Name or NPI').fill(lastName);
  await page.getByLabel('Name or NPI').press('Enter');
  await expect(page.getByTestId('therapist-count')).toContainText('Showing 1–1 of 1');
  const row = page.getByTestId('therapist').filter({ hasText: lastName });
  await expect(row.getByTestId('badge-UT')).toHaveText('UT: Pending verification');
  await row.getByRole('button', { name: new RegExp(lastName) }).click();

  const detail = page.getByTestId('therapist-detail');
  const certification = detail.getByTestId('credential').filter({ hasText: 'Dry needling certification' });
  await expect(certification).toContainText('Pending');
  await certification.getByRole('button', { name: 'Verify…' }).click();
  await certification.getByLabel('Primary source checked').fill('Institute registry lookup (browser test)');
  await certification.getByRole('button', { name: 'Record verification' }).click();

  await expect(certification).toContainText('Verified');
  await expect(row.getByTestId('badge-UT')).toHaveText('UT: Eligible');
  await expect(detail.getByTestId('badge-UT')).toHaveText('UT: Eligible');
  await shot(page, 'admin-verified');

  await page.getByRole('tab', { name: 'State rules' }).click();
  await page.getByRole('button', { name: 'Utah: show history' }).click();
  await expect(page.getByTestId('rule-history')).toContainText('every version');
  await expect(page.getByTestId('rule-history')).toContainText('Permitted');
  await shot(page, 'admin-state-rules');

  await page.getByRole('tab', { name: 'Expiring soon' }).click();
  await expect(page.getByTestId('expiring').filter({ hasText: 'Marcus Bell' })).toBeVisible();
  await shot(page, 'admin-expiring');
});

test('the state rules show a second-edition version with its provenance, and where to verify with the state board', async ({ page }) => {
  await signIn(page, 'credadmin', 'admin');
  await page.getByRole('tab', { name: 'State rules' }).click();

  const wyoming = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Wyoming: show history' }) });
  await expect(wyoming).toContainText('Low confidence: verify with the state board');
  const nevada = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Nevada: show history' }) });
  await expect(nevada).toContainText('150 training hours, endorsement or registration');
  await expect(nevada).not.toContainText('verify with the state board');

  await page.getByRole('button', { name: 'Nevada: show history' }).click();
  const history = page.getByTestId('rule-history');
  await expect(history).toContainText('version NV-2026-12-02');
  await expect(history).toContainText('Source: ptboard.nv.gov/Licensure/Dry_Needling');
  await expect(history).toContainText('High confidence');
  await expect(history).toContainText('Researched on 2026-12-02');
  await expect(history).toContainText('until 2026-12-02');
  await expect(history).toContainText('Confidence not rated');
  await shot(page, 'admin-state-rules-second-edition');
});
