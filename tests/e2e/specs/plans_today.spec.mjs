// Plans written today (REFERENCES.md §9): an old 2024 draft keeps its
// district chain unflagged; a webmaster's catalogue file adds this year's
// letters to the căn cứ picker, and a broken one is told without breaking
// the built-in catalogue; a plan begun today is for the year its period begins.
import { test, expect } from '@playwright/test';
import { strings } from './strings.mjs';
import { nav, openSection, checkFindings, startPlan } from './story_helpers.mjs';

const S = strings('vi');
const FIXTURES = new URL('../../fixtures/drafts/', import.meta.url).pathname;

const LETTER_2027 = {
  version: 1,
  updated: '02/2027',
  entries: [{
    id: 'cv-bnv-2027', type: 'Công văn', number: '512', symbol: 'BNV-CTTN&BĐG',
    date: '15/03/2027', issuer: 'Bộ Nội vụ',
    subject: 'hướng dẫn thực hiện công tác bình đẳng giới năm 2027',
    period: [2027, 2027], status: 'running', confidence: 'high',
  }],
};

test('an old 2024 draft keeps its Phòng GD&ĐT chain without being flagged', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByLabel(S.DraftImport, { exact: true }).setInputFiles(FIXTURES + 'v2_thcs_le_loi_2024.json');
  const list = page.getByRole('region', { name: S.DraftsTitle });
  await list.getByRole('button', { name: new RegExp(`^${S.DraftOpen}: `) }).click();
  await expect(page.getByLabel(S.FieldParent, { exact: true })).toHaveValue('UBND quận Hải Châu');
  await nav(page).getByRole('button', { name: S.CheckNav }).click();
  const findings = await checkFindings(page, S);
  expect(findings.filter((f) => f.includes('01/7/2025'))).toEqual([]);
});

test('a catalogue file next to the widget adds the year\'s letter to the picker', async ({ page }) => {
  await page.route('**/danh-muc-2027.json', (route) => route.fulfill({
    contentType: 'application/json', body: JSON.stringify(LETTER_2027),
  }));
  await page.goto('/index.html?catalogue=danh-muc-2027.json');
  await startPlan(page, { year: '2027' });
  await openSection(page, S.SecBasis);
  const picker = page.getByLabel(S.BasisCatalogueLabel, { exact: true });
  await expect(picker.locator('option', { hasText: 'Công văn số 512/BNV-CTTN&BĐG' })).toHaveCount(1);
  await expect(page.getByText('Danh mục cập nhật đến 2/2027')).toBeVisible();
  const label = await picker.locator('option', { hasText: '512/BNV-CTTN&BĐG' }).textContent();
  await picker.selectOption({ label });
  await page.getByRole('button', { name: S.SuggestionAdd, exact: true }).click();
  await expect(page.getByText(S.BasisCatalogueAdded)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'tệp danh mục' })).toHaveCount(0);
});

test('a broken catalogue file is told and the built-in catalogue still works', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.route('**/danh-muc-hong.json', (route) => route.fulfill({
    contentType: 'application/json', body: '{"version": 1, "entries": [ {"id": "x", ',
  }));
  await page.goto('/index.html?catalogue=danh-muc-hong.json');
  await startPlan(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Không dùng được tệp danh mục văn bản' })).toBeVisible();
  await openSection(page, S.SecBasis);
  const picker = page.getByLabel(S.BasisCatalogueLabel, { exact: true });
  await expect(picker.locator('option', { hasText: 'Nghị định số 56/2017/NĐ-CP' })).toHaveCount(1);
  await expect(page.getByText('Danh mục cập nhật đến 12/2026')).toBeVisible();
  expect(warnings.some((w) => w.includes('catalogue file'))).toBe(true);
});

test('on 4/12/2026 the start form proposes 2027 for a year\'s plan and 2026 for the Action Month; a typed year stays', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-04T09:00:00+07:00'));
  await page.goto('/index.html');
  const year = page.getByLabel(S.FieldYear, { exact: true });
  await expect(year).toHaveValue('2027');
  await page.getByLabel(S.KindActionMonth, { exact: true }).check();
  await expect(year).toHaveValue('2026');
  await page.getByLabel(S.KindAnnual, { exact: true }).check();
  await expect(year).toHaveValue('2027');
  await year.fill('2028');
  await page.getByLabel(S.KindActionMonth, { exact: true }).check();
  await expect(year).toHaveValue('2028');
  await page.getByRole('button', { name: S.StartButton }).click();
  await expect(page.getByRole('complementary', { name: S.PreviewRegion })).toContainText('bạo lực trên cơ sở giới năm 2028');
});
