import { expect, test } from '@playwright/test';
import { shot, signIn } from './support';

test('a signed-in patient sees their own appointments and signs out', async ({ page }) => {
  await signIn(page, 'patient', 'my');
  await expect(page.getByRole('heading', { name: /My appointments, Rita Ready/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Initial evaluation' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Front desk' })).toHaveCount(0);
  await shot(page, 'patient-appointments');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/my'));
});
