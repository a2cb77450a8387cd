import { expect, test } from '@playwright/test';
import { shot, signIn } from './support';

test('a signed-in patient sees their own appointments and signs out', async ({ page }) => {
  await signIn(page, 'patient', 'my');
  // the demo login is Laura Bennett's record unless a test has linked it to another patient since
  await expect(page.getByRole('heading', { name: /^My appointments, / })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Upcoming visits' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Past visits' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Front desk' })).toHaveCount(0);
  await shot(page, 'patient-appointments');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/my'));
});
