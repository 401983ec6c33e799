// The first screen: loads cleanly, from this origin only, and shows the plan's shape.
import { test, expect } from '@playwright/test';
import { writeFileSync, mkdirSync } from 'node:fs';
import { strings } from './strings.mjs';

const S = strings('vi');

test('first visit: no console errors, no request outside the origin', async ({ page, baseURL }) => {
  const errors = [];
  const foreign = [];
  const requested = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== new URL(baseURL).origin && url.protocol !== 'data:') foreign.push(r.url());
    else requested.push(url.pathname);
  });

  await page.goto('/index.html');
  await expect(page.getByRole('heading', { level: 1, name: S.AppName })).toBeVisible();
  const nav = page.getByRole('navigation', { name: S.SectionsNav });
  await expect(nav.locator("[data-section]")).toHaveCount(13);
  await expect(nav.getByRole('button', { name: S.SecBasis })).toBeVisible();
  await page.waitForLoadState('networkidle');

  mkdirSync('../../target/screenshots', { recursive: true });
  await page.screenshot({ path: '../../target/screenshots/first-screen.png', fullPage: true });
  // What a first visit fetched, for the size report (tests/e2e/size.mjs).
  writeFileSync('../../target/first-visit.json', JSON.stringify([...new Set(requested)], null, 1));

  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('choosing a section makes it current and shows its heading', async ({ page }) => {
  await page.goto('/index.html');
  const nav = page.getByRole('navigation', { name: S.SectionsNav });
  await nav.getByRole('button', { name: S.SecTargets }).click();
  await expect(nav.getByRole('button', { name: S.SecTargets })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { level: 2, name: S.SecTargets })).toBeVisible();
});
