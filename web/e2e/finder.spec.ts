import { expect, test } from '@playwright/test';
import { shot } from './support';

test('the public finder lists a Utah clinic with its next needling slot, and no California one', async ({ page }) => {
  await page.goto('/#/finder');
  await expect(page.getByRole('heading', { name: 'Find a clinic that offers dry needling' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('UT');
  await page.getByRole('button', { name: 'Search' }).click();
  const utah = page.getByTestId('clinic').filter({ hasText: 'PT Demo Salt Lake City' });
  await expect(utah).toBeVisible();
  await expect(utah).toContainText('Next dry-needling opening');
  await expect(utah).toContainText('America/Denver');
  await expect(page.getByTestId('clinic').filter({ hasText: ', CA ' })).toHaveCount(0);
  await shot(page, 'finder-utah');

  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('CA');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('finder-empty')).toContainText('No clinic offers dry needling in CA');
  await expect(page.getByTestId('clinic')).toHaveCount(0);

  await page.getByLabel('near a place').check();
  await page.getByRole('combobox', { name: 'Place', exact: true }).selectOption({ label: 'Denver, CO' });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('clinic').filter({ hasText: 'PT Demo Denver' })).toBeVisible();
  await expect(page.getByTestId('clinic').filter({ hasText: 'Sacramento' })).toHaveCount(0);
  await shot(page, 'finder-near-denver');
});
