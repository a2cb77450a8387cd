// Test data made through the API with real Keycloak tokens, sign-in through Keycloak's own
// form, and screenshots for the README.
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const GATEWAY = process.env.WEB_BASE_URL ?? 'http://localhost:8080';
const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';
export const SCREENSHOTS = 'target/screenshots';

export async function token(user: string): Promise<string> {
  const response = await fetch(`${KEYCLOAK}/realms/clinic/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'clinic-cli', username: user, password: `${user}-demo` }),
  });
  expect(response.status, `token for ${user}`).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

export async function api<T>(bearer: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${GATEWAY}/api${path}`, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

export async function ok<T>(call: Promise<{ status: number; body: T }>, ...statuses: number[]): Promise<T> {
  const { status, body } = await call;
  expect(statuses, `status ${status}: ${JSON.stringify(body)}`).toContain(status);
  return body;
}

/** Letters only, so names pass every validation; unique per run. */
export function runTag(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let tag = '';
  for (let i = 0; i < 8; i++) tag += letters[Math.floor(Math.random() * letters.length)];
  return tag.charAt(0).toUpperCase() + tag.slice(1);
}

/** A random NPI that passes the Luhn check over 80840 + the number. */
export function npi(): string {
  const base = String(Math.floor(100_000_000 + Math.random() * 800_000_000));
  for (let check = 0; check < 10; check++) {
    const digits = `80840${base}${check}`;
    let sum = 0;
    [...digits].reverse().forEach((c, i) => {
      let d = Number(c);
      if (i % 2 === 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    });
    if (sum % 10 === 0) return base + check;
  }
  throw new Error('no check digit');
}

/** Signs in through Keycloak's login form and lands on the given screen. */
export async function signIn(page: Page, user: string, screen: string): Promise<void> {
  await page.goto(`/bff/login?returnTo=${encodeURIComponent(`/#/${screen}`)}`);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(`${user}-demo`);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.origin === new URL(GATEWAY).origin && url.hash.startsWith(`#/${screen}`));
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** "YYYY-MM-DD" of an instant in a zone. */
export function dayIn(instant: string, zone: string, plusDays = 0): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString().slice(0, 10);
}

/** Picks from a server-backed type-ahead (the clinic and therapist pickers): types, then clicks the match. */
export async function pick(scope: Page | Locator, label: string, typed: string, match: RegExp): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).fill(typed);
  await scope.getByRole('listbox', { name: `${label}: matches` }).getByRole('option', { name: match }).click();
}
