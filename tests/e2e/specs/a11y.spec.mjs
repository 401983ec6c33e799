// Accessibility: axe-core on the start screen, on every section and on the
// "Kiểm tra toàn bộ" view (zero serious or critical violations; axe looks
// inside the widget's open shadow root), every form control named, focus on
// the heading after a section change, and every link of the checklist (error
// summary, "Sửa") landing on its field.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { strings } from './strings.mjs';
import { nav, openSection, focusedId } from './story_helpers.mjs';

const S = strings('vi');
const SECTIONS = ['SecHeader', 'SecTitle', 'SecBasis', 'SecPurposes', 'SecTargets', 'SecTasks',
  'SecOrganisation', 'SecFunding', 'SecReporting', 'SecClosing', 'SecRecipients', 'SecSignature', 'SecAppendices'];

/** Serious and critical axe violations, as short readable lines. */
async function axeProblems(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Visible inputs, selects and text areas that have no accessible name. */
async function unnamedControls(page) {
  const controls = page.locator('.kh-root').locator('input, select, textarea');
  const out = [];
  for (let i = 0; i < await controls.count(); i += 1) {
    const c = controls.nth(i);
    if (!(await c.isVisible())) continue;
    const tree = await c.ariaSnapshot();
    // "- textbox \"Số\"", "- 'checkbox \"…\" [checked]'": a role and a quoted name.
    if (!/^- '?[a-z]+ "[^"]+"/.test(tree)) out.push(`${await c.getAttribute('id')}: ${tree.split('\n')[0]}`);
  }
  return out;
}

/** Opens the folded parts (suggestions, linked targets) so axe sees them. */
async function unfold(page) {
  const closed = page.locator('.kh-main details:not([open]) > summary');
  for (let i = await closed.count(); i > 0; i -= 1) await closed.nth(i - 1).click();
}

test('axe: the start screen, every section and the check view', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/index.html');
  await expect(page.getByRole('heading', { level: 2, name: S.StartTitle })).toBeVisible();
  const found = {};
  found.start = await axeProblems(page);
  found.startUnnamed = await unnamedControls(page);
  await page.getByLabel(S.FieldIssuer, { exact: true }).fill('Trường Tiểu học Hòa Bình');
  await page.getByRole('button', { name: S.StartButton }).click();
  // Rows in the lists, so their controls are checked too.
  await openSection(page, S.SecTargets);
  await page.getByRole('button', { name: new RegExp(`^${S.SuggestionAdd}: `) }).first().click();
  await openSection(page, S.SecTasks);
  await page.locator('.kh-group').first().getByRole('button', { name: new RegExp(`^${S.SuggestionAdd}: `) }).first().click();
  for (const key of SECTIONS) {
    await openSection(page, S[key]);
    await unfold(page);
    const p = await axeProblems(page);
    const u = await unnamedControls(page);
    if (p.length) found[key] = p;
    if (u.length) found[`${key}Unnamed`] = u;
  }
  await nav(page).getByRole('button', { name: S.CheckNav }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.CheckTitle })).toBeFocused();
  await unfold(page);
  const c = await axeProblems(page);
  if (c.length) found.check = c;
  for (const k of Object.keys(found)) if (found[k].length === 0) delete found[k];
  expect(found).toEqual({});
});

test('every error-summary link moves focus to its field', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/index.html');
  await page.getByRole('button', { name: S.StartButton }).click();
  let links = 0;
  for (const key of SECTIONS) {
    await openSection(page, S[key]);
    const summary = page.getByRole('region', { name: S.ErrorSummaryTitle });
    if (await summary.count() === 0) continue;
    const hrefs = await summary.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) {
      await summary.locator(`a[href="${href}"]`).click();
      expect(await focusedId(page), `${S[key]}: ${href}`).toBe(href.slice(1));
      links += 1;
    }
  }
  // A fresh starter plan has findings to follow.
  expect(links).toBeGreaterThan(5);
});

test('every "Sửa" of the check view opens its section at the field', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/index.html');
  await page.getByRole('button', { name: S.StartButton }).click();
  await nav(page).getByRole('button', { name: S.CheckNav }).click();
  const fixes = page.locator('.kh-check-fix');
  // Hints sit in folded lists; open them so their "Sửa" can be pressed too.
  const targets = await fixes.evaluateAll((bs) => bs.map((b) => b.dataset.field));
  expect(targets.length).toBeGreaterThan(5);
  for (const [i, field] of targets.entries()) {
    await unfold(page);
    await fixes.nth(i).click();
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
    await expect.poll(() => focusedId(page), { message: field }).toBe(field);
    await nav(page).getByRole('button', { name: S.CheckNav }).click();
    await expect(page.getByRole('heading', { level: 2, name: S.CheckTitle })).toBeFocused();
  }
});

test('the language switch shows the English labels, and back', async ({ page }) => {
  const En = strings('en');
  await page.goto('/index.html');
  await page.getByLabel(S.FieldIssuer, { exact: true }).fill('Trường Tiểu học Hòa Bình');
  await page.getByRole('button', { name: new RegExp(`^${S.LanguageSwitch}`) }).click();
  const root = page.locator('.kh-root');
  await expect(root).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: En.AppName })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: En.StartTitle })).toBeVisible();
  // What was typed stays; the label around it changed language.
  await expect(page.getByLabel(En.FieldIssuer, { exact: true })).toHaveValue('Trường Tiểu học Hòa Bình');
  await page.getByRole('button', { name: En.StartButton, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: En.SecHeader })).toBeFocused();
  const enNav = nav(page, En);
  await expect(enNav.getByRole('button', { name: En.SecBasis })).toBeVisible();
  await openSection(page, En.SecSignature, En);
  await expect(page.getByLabel(En.FieldSignerName, { exact: true })).toBeVisible();
  await enNav.getByRole('button', { name: En.CheckNav }).click();
  await expect(page.getByRole('heading', { level: 2, name: En.CheckTitle })).toBeFocused();
  await expect(page.getByRole('button', { name: new RegExp(`^${En.CheckFix}: `) }).first()).toBeVisible();
  await page.screenshot({ path: new URL('../../../target/screenshots/check-en.png', import.meta.url).pathname });
  // And back to Vietnamese.
  await page.getByRole('button', { name: new RegExp(`^${En.LanguageSwitch}`) }).click();
  await expect(root).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 2, name: S.CheckTitle })).toBeVisible();
  await expect(nav(page).getByRole('button', { name: S.SecBasis })).toBeVisible();
  await expect(page.getByRole('button', { name: new RegExp(`^${S.CheckFix}: `) }).first()).toBeVisible();
});
