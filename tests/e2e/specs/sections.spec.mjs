// The guided editor: a teacher starts a plan and visits every section; each
// shows its heading, the task list shows statuses, nothing throws.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { strings } from './strings.mjs';

const S = strings('vi');
const SECTIONS = ['SecHeader', 'SecTitle', 'SecBasis', 'SecPurposes', 'SecTargets', 'SecTasks',
  'SecOrganisation', 'SecFunding', 'SecReporting', 'SecClosing', 'SecRecipients', 'SecSignature', 'SecAppendices'];

test('start a plan, then every section opens without an error', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  mkdirSync('../../target/screenshots/sections', { recursive: true });
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto('/index.html');
  await page.getByLabel(S.FieldIssuer, { exact: true }).fill('Trường Tiểu học Hòa Bình');
  await page.getByLabel(S.FieldAbbr, { exact: true }).fill('THHB');
  await page.getByRole('button', { name: S.StartButton }).click();
  const nav = page.getByRole('navigation', { name: S.SectionsNav });
  for (const key of SECTIONS) {
    await nav.getByRole('button', { name: S[key] }).click();
    const heading = page.getByRole('heading', { level: 2, name: S[key] });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await page.screenshot({ path: `../../target/screenshots/sections/${key}.png` });
  }
  expect(errors).toEqual([]);
});

test('"Tiếp" and "Quay lại" walk the sections by keyboard', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByRole('button', { name: S.StartButton }).press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: S.SecHeader })).toBeVisible();
  const next = page.getByRole('button', { name: S.Next, exact: true });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: S.SecTitle })).toBeFocused();
  await page.getByRole('button', { name: S.Back, exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: S.SecHeader })).toBeFocused();
  // After the last section, the same button leads to the final check.
  const nav = page.getByRole('navigation', { name: S.SectionsNav });
  await nav.getByRole('button', { name: S.SecAppendices }).click();
  const main = page.getByRole('main');
  await main.getByRole('button', { name: S.CheckNav, exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: S.CheckTitle })).toBeFocused();
});

test('a list of rows by keyboard: add, delete with undo, focus follows (appendices)', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByRole('button', { name: S.StartButton }).click();
  await page.getByRole('navigation', { name: S.SectionsNav }).getByRole('button', { name: S.SecAppendices }).click();
  await expect(page.getByText(S.AppendixEmpty)).toBeVisible();
  const add = page.getByRole('button', { name: S.AppendixAdd, exact: true });
  await add.press('Enter');
  // The new row's first field has focus.
  const title = page.getByLabel(S.AppendixTitleLabel).first();
  await expect(title).toBeFocused();
  await page.keyboard.type('Danh sách thành viên Ban');
  const del = page.getByRole('button', { name: new RegExp(`^${S.ListDeleteLabel}: `) });
  await del.press('Enter');
  // Gone, focus on "add" (the list is empty), and the undo bar names it.
  await expect(page.getByText(S.AppendixEmpty)).toBeVisible();
  await expect(add).toBeFocused();
  await expect(page.locator('.kh-undo-text')).toContainText('Danh sách thành viên Ban');
  await page.getByRole('button', { name: S.UndoButton, exact: true }).press('Enter');
  await expect(page.getByLabel(S.AppendixTitleLabel).first()).toHaveValue('Danh sách thành viên Ban');
  await expect(page.getByLabel(S.AppendixTitleLabel).first()).toBeFocused();
});

test('right after starting, our proposed text is not counted as the teacher\'s work; keeping or editing it is', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByRole('button', { name: S.StartButton }).click();
  const percent = async () => Number((await page.locator('.kh-progress-value').innerText()).replace(/\D/g, ''));
  expect(await percent()).toBeLessThan(30);
  const sectionsNav = page.getByRole('navigation', { name: S.SectionsNav });
  const status = (name) => sectionsNav.getByRole('button', { name: new RegExp(`^${name} `) });
  // Every section the starter filled says so; none of them "Hoàn thành".
  for (const key of ['SecTitle', 'SecPurposes', 'SecTasks', 'SecOrganisation', 'SecFunding', 'SecClosing', 'SecRecipients']) {
    await expect(status(S[key])).toContainText(S.StatusProposed);
  }
  const before = await percent();

  // Kept after reading: counted.
  await sectionsNav.getByRole('button', { name: new RegExp(`^${S.SecFunding} `) }).click();
  await expect(page.getByText(S.ProposedNotice)).toBeVisible();
  await page.screenshot({ path: new URL('../../../target/screenshots/proposed-notice.png', import.meta.url).pathname });
  await page.getByRole('button', { name: S.ProposedKeep }).click();
  await expect(page.getByRole('status').filter({ hasText: S.ProposedKept })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: S.SecFunding })).toBeFocused();
  await expect(status(S.SecFunding)).not.toContainText(S.StatusProposed);
  await expect.poll(percent).toBeGreaterThan(before);

  // Edited: counted too, and the notice says so without moving what is under it.
  await sectionsNav.getByRole('button', { name: new RegExp(`^${S.SecClosing} `) }).click();
  const closing = page.getByLabel(S.ClosingLabel, { exact: true });
  const top = (await closing.boundingBox()).y;
  await closing.press('End');
  await closing.pressSequentially(' Mọi ý kiến gửi về tổ văn phòng.');
  await expect(page.getByRole('status').filter({ hasText: S.ProposedKept })).toBeVisible();
  expect((await closing.boundingBox()).y).toBe(top);
  await expect(status(S.SecClosing)).not.toContainText(S.StatusProposed);

  // The check view agrees with the sidebar: the proposed sections are listed, the verdict names them.
  await sectionsNav.getByRole('button', { name: S.CheckNav }).click();
  await expect(page.getByText(S.CheckProposedCount)).toBeVisible();
  await expect(page.getByRole('button', { name: `${S.CheckOpenSection}: ${S.SecTasks}` })).toBeVisible();
  await expect(page.getByRole('button', { name: `${S.CheckOpenSection}: ${S.SecFunding}` })).toHaveCount(0);
});

test('dates are typed and shown as Vietnamese write them; one that cannot be read is said and kept', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByRole('button', { name: S.StartButton }).click();
  const date = page.getByLabel(S.FieldDate, { exact: true });
  await date.fill('3/11/2026');
  await date.press('Tab');
  await expect(date).toHaveValue('03/11/2026');
  await expect(page.getByRole('complementary', { name: S.PreviewRegion })).toContainText('tháng 11 năm 2026');

  // Not a day of the calendar: said at once, kept as typed, marked invalid.
  await date.fill('31/02/2026');
  await date.press('Tab');
  await expect(date).toHaveValue('31/02/2026');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: '31/02/2026' })).toBeVisible();
  await date.fill('ngày 3 tháng 11 năm 2026');
  await date.press('Tab');
  await expect(date).toHaveValue('03/11/2026');
  await expect(page.getByRole('alert').filter({ hasText: '31/02/2026' })).toHaveCount(0);

  // The same in a list row: a report's deadline.
  const sectionsNav = page.getByRole('navigation', { name: S.SectionsNav });
  await sectionsNav.getByRole('button', { name: new RegExp(`^${S.SecReporting} `) }).click();
  const due = page.getByLabel(S.ReportDateLabel, { exact: true }).first();
  await due.fill('03-11-2026');
  await due.press('Tab');
  await expect(due).toHaveValue('03/11/2026');
  await due.fill('11/2026');
  await due.press('Tab');
  await expect(due).toHaveValue('11/2026');
  await expect(page.getByRole('alert').filter({ hasText: '11/2026' })).toBeVisible();
});

test('after "Soạn kế hoạch mới", a section chosen before starting opens the plan started from the form', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByRole('button', { name: S.StartButton }).click();
  await page.getByRole('button', { name: S.DraftsButton, exact: true }).click();
  await page.getByRole('button', { name: S.DraftNew }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.StartTitle })).toBeVisible();
  await page.getByLabel(S.FieldIssuer, { exact: true }).fill('Trường THCS Lê Lợi');
  const sectionsNav = page.getByRole('navigation', { name: S.SectionsNav });
  await sectionsNav.getByRole('button', { name: new RegExp(`^${S.SecFunding} `) }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecFunding })).toBeFocused();
  await expect(sectionsNav.getByRole('button', { name: new RegExp(`^${S.SecFunding} `) })).toContainText(S.StatusProposed);
  await expect(page.getByRole('complementary', { name: S.PreviewRegion })).toContainText('Trường THCS Lê Lợi xây dựng Kế hoạch');
});
