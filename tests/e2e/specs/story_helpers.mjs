// Shared steps of the user stories, the accessibility and the layout specs
// (not a spec itself: Playwright only runs *.spec.mjs).
import { expect } from '@playwright/test';
import { strings } from './strings.mjs';

const S = strings('vi');

/** A screenshot of what the user sees (the viewport). */
export async function shot(page, path) {
  await page.screenshot({ path });
}

/** The task list of sections. */
export function nav(page, s = S) {
  return page.getByRole('navigation', { name: s.SectionsNav });
}

/** Opens a section from the task list; its heading takes focus. */
export async function openSection(page, name, s = S) {
  await nav(page, s).getByRole('button', { name }).first().click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeFocused();
}

/** The id of the focused element inside the widget's shadow root (read only). */
export async function focusedId(page) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-kehoach-bdg]');
    const el = host?.shadowRoot?.activeElement ?? document.activeElement;
    return el?.id ?? '';
  });
}

/** The errors and warnings listed by the "Kiểm tra toàn bộ" view. */
export async function checkFindings(page, s = S) {
  await expect(page.getByRole('heading', { level: 2, name: s.CheckTitle })).toBeVisible();
  return page.locator('.kh-check-error, .kh-check-warning').locator('.kh-check-message').allInnerTexts();
}

/**
 * From the "Kiểm tra toàn bộ" view, opens each section that still holds
 * only the tool's proposed text, and keeps it as read. Returns how many.
 */
export async function keepProposed(page, s = S) {
  for (let n = 0; ; n += 1) {
    await nav(page, s).getByRole('button', { name: s.CheckNav }).click();
    const open = page.getByRole('button', { name: new RegExp(`^${s.CheckOpenSection}: `) });
    if (await open.count() === 0) return n;
    await open.first().click();
    await page.getByRole('button', { name: s.ProposedKeep }).click();
    await expect(page.getByRole('status').filter({ hasText: s.ProposedKept })).toBeVisible();
  }
}

/** Fills the start screen and opens the starter plan. */
export async function startPlan(page, {
  kind = S.KindAnnual, level = S.LevelTieuHoc, year = '2026', issuer = 'Trường Tiểu học Hòa Bình',
  parent = 'Ủy ban nhân dân phường Hòa Bình', abbr = 'THHB', place = 'Hòa Bình', signer = 'Lê Thị Minh Hạnh',
} = {}) {
  await page.getByLabel(kind, { exact: true }).check();
  await page.getByLabel(S.FieldLevel, { exact: true }).selectOption({ label: level });
  await page.getByLabel(S.FieldYear, { exact: true }).fill(year);
  await page.getByLabel(S.FieldIssuer, { exact: true }).fill(issuer);
  await page.getByLabel(S.FieldParent, { exact: true }).fill(parent);
  await page.getByLabel(S.FieldAbbr, { exact: true }).fill(abbr);
  await page.getByLabel(S.FieldPlace, { exact: true }).fill(place);
  await page.getByLabel(S.FieldSignerName, { exact: true }).fill(signer);
  await page.getByRole('button', { name: S.StartButton }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecHeader })).toBeFocused();
}

/** Types a date "dd/mm/yyyy" over what the focused date field holds, key by key, as a user does. */
export async function typeDate(page, dmy) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(dmy);
}
