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
  // A first visit loads the start module only; the editor comes when needed.
  expect(requested.filter((p) => p.includes('kehoach-editor'))).toEqual([]);
});

test('starting hands over to the editor with everything typed, in the chosen language', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const En = strings('en');
  await page.goto('/index.html');
  await page.getByLabel(S.FieldIssuer, { exact: true }).fill('Trường Tiểu học Hòa Bình 🌸');
  await page.getByLabel(S.FieldPlace, { exact: true }).fill('Ho\u0300a Bi\u0300nh');
  await page.getByLabel(S.KindActionMonth).check();
  await page.getByRole('button', { name: new RegExp(`^${S.LanguageSwitch}`) }).click();
  await page.getByRole('button', { name: En.StartButton }).click();
  await expect(page.getByRole('heading', { level: 2, name: En.SecHeader })).toBeFocused();
  await expect(page.locator('.kh-root')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel(En.FieldIssuer, { exact: true })).toHaveValue('Trường Tiểu học Hòa Bình 🌸');
  await expect(page.getByLabel(En.FieldPlace, { exact: true })).toHaveValue('Hòa Bình');
  // The kind chosen before the editor existed is the plan's kind.
  await expect.poll(() => page.evaluate(() => Object.entries(localStorage)
    .some(([k, v]) => k.includes(':draft:') && v.includes('"kind":"action-month"')))).toBe(true);
  expect(errors).toEqual([]);
});

test('the editor cannot load: the teacher is told, nothing typed is lost, the next try works', async ({ page }) => {
  let refused = 0;
  await page.route('**/kehoach-editor*', (route) => {
    if (refused++ === 0) return route.abort('internetdisconnected');
    return route.continue();
  });
  await page.goto('/index.html');
  await page.getByLabel(S.FieldIssuer, { exact: true }).fill('Trường THCS Lê Lợi');
  await page.getByRole('button', { name: S.StartButton }).click();
  await expect(page.getByRole('alert').filter({ hasText: S.EditorLoadFailed })).toBeVisible();
  await expect(page.getByLabel(S.FieldIssuer, { exact: true })).toHaveValue('Trường THCS Lê Lợi');
  await page.getByRole('button', { name: S.StartButton }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecHeader })).toBeVisible();
  await expect(page.getByLabel(S.FieldIssuer, { exact: true })).toHaveValue('Trường THCS Lê Lợi');
});

test('a returning teacher gets the editor at once, with the drafts', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByRole('button', { name: S.StartButton }).click();
  await page.getByLabel(S.FieldIssuer, { exact: true }).fill('Trường Mầm non Sơn Ca');
  await expect(page.getByRole('status').filter({ hasText: S.DraftSavedAt })).toBeVisible();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.reload();
  await expect(page.getByLabel(S.FieldIssuer, { exact: true })).toHaveValue('Trường Mầm non Sơn Ca');
  expect(requested.some((p) => p.includes('kehoach-editor'))).toBe(true);
});

test('choosing a section makes it current and shows its heading', async ({ page }) => {
  await page.goto('/index.html');
  const nav = page.getByRole('navigation', { name: S.SectionsNav });
  await nav.getByRole('button', { name: S.SecTargets }).click();
  await expect(nav.getByRole('button', { name: S.SecTargets })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { level: 2, name: S.SecTargets })).toBeVisible();
});

test('a section chosen before "Bắt đầu soạn" opens the plan started from the form, not an empty one', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByLabel(S.FieldIssuer, { exact: true }).fill('Trường Tiểu học Hòa Bình');
  const nav = page.getByRole('navigation', { name: S.SectionsNav });
  await nav.getByRole('button', { name: S.SecFunding }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecFunding })).toBeVisible();
  // The starter's text is there, proposed, and what was typed came along.
  await expect(nav.getByRole('button', { name: new RegExp(`^${S.SecFunding} `) })).toContainText(S.StatusProposed);
  await expect(page.getByRole('complementary', { name: S.PreviewRegion })).toContainText('Trường Tiểu học Hòa Bình xây dựng Kế hoạch');
  await expect(page.getByText(S.ProposedNotice)).toBeVisible();
});
