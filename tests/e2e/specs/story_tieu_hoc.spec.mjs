// User story 1: from an empty browser, a primary-school teacher writes the
// school's annual plan with the keyboard and the mouse only, mixing
// suggestions and her own words, pastes the superior's citation, is pointed
// by the checklist to a wrong date, fixes it, and reaches 100 % with no
// errors. A screenshot of every step goes to target/screenshots/story-tieu-hoc/.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { strings } from './strings.mjs';
import { keepProposed, shot, nav, openSection, focusedId, checkFindings, startPlan, typeDate } from './story_helpers.mjs';

const S = strings('vi');
// One row of the căn cứ list, by its heading ("Văn bản 2").
const citation = (page, n) => page.getByRole('listitem')
  .filter({ has: page.getByRole('heading', { level: 3, name: `${S.BasisItem} ${n}`, exact: true }) });
const dir = new URL('../../../target/screenshots/story-tieu-hoc/', import.meta.url).pathname;

test('a tiểu học teacher writes the annual plan and reaches 100 %', async ({ page, context }) => {
  test.setTimeout(180_000);
  mkdirSync(dir, { recursive: true });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.setViewportSize({ width: 1280, height: 900 });
  let step = 0;
  const snap = (name) => shot(page, `${dir}${String(++step).padStart(2, '0')}-${name}.png`);

  // ---- An empty browser: the start screen. ----
  await page.goto('/index.html');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await expect(page.getByRole('heading', { level: 2, name: S.StartTitle })).toBeVisible();
  await page.getByLabel(S.KindAnnual, { exact: true }).check();
  await page.getByLabel(S.FieldLevel, { exact: true }).selectOption({ label: S.LevelTieuHoc });
  await page.getByLabel(S.FieldIssuer, { exact: true }).fill('Trường Tiểu học Hòa Bình');
  await snap('start');
  await startPlan(page);

  // ---- Thông tin văn bản: number and date of issue. ----
  await page.getByLabel(S.FieldNumber, { exact: true }).fill('18');
  await page.getByLabel(S.FieldDate, { exact: true }).fill('10/3/2026');
  await snap('header');

  // ---- Trích yếu: the starter's subject, kept, read in the preview. ----
  await page.getByRole('button', { name: S.Next, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecTitle })).toBeFocused();
  await expect(page.getByLabel(S.FieldSubject, { exact: true })).toHaveValue(/năm 2026/);
  await snap('title');

  // ---- Căn cứ: paste the superior's plan (with a typo in its year). ----
  await page.getByRole('button', { name: S.Next, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecBasis })).toBeFocused();
  // The starter's empty "Kế hoạch" row is replaced by the pasted one.
  await page.getByRole('button', { name: `${S.ListDeleteLabel}: ${S.BasisItem} 1: Kế hoạch` }).click();
  await expect(page.getByRole('status').filter({ hasText: S.UndoDeleted })).toBeVisible();
  const paste = page.getByLabel(S.BasisPasteLabel, { exact: true });
  await paste.click();
  await page.keyboard.insertText(
    'Căn cứ Kế hoạch số 35/KH-UBND ngày 26/12/2026 của Ủy ban nhân dân phường Hòa Bình '
    + 'về thực hiện công tác bình đẳng giới năm 2026',
  );
  await snap('basis-pasted');
  await page.getByRole('button', { name: S.BasisParse, exact: true }).click();
  await expect(page.getByText(`${S.BasisParsedCount} 1`)).toBeVisible();
  await expect(paste).toHaveValue('');
  // The parsed row carries every part of the citation.
  const parsed = citation(page, 2);
  await expect(parsed.getByLabel(S.BasisNumber, { exact: true })).toHaveValue('35');
  await expect(parsed.getByLabel(S.BasisSymbol, { exact: true })).toHaveValue('KH-UBND');
  await expect(parsed.getByLabel(S.BasisIssuer, { exact: true })).toHaveValue(/Ủy ban nhân dân phường Hòa Bình/);
  // The checklist: cited after the plan's own date. The error summary's link
  // leads to the date of that citation.
  const summary = page.getByRole('region', { name: S.ErrorSummaryTitle });
  const wrong = summary.getByRole('link', { name: /26\/12\/2026/ });
  await expect(wrong).toBeVisible();
  await snap('basis-wrong-date');
  await wrong.click();
  const dateId = await focusedId(page);
  expect(dateId).toMatch(/^f-citation-\d+-date$/);
  await typeDate(page, '26/02/2026');
  await expect(page.locator(`#${dateId}`)).toHaveValue('26/02/2026');
  await expect(summary.getByRole('link', { name: /26\/12\/2026/ })).toHaveCount(0);
  // The Luật Bình đẳng giới of the starter, plus a decree typed by hand.
  await page.getByRole('button', { name: S.BasisAdd, exact: true }).click();
  const manual = citation(page, 3);
  await manual.getByLabel(S.BasisDocType, { exact: true }).selectOption({ label: 'Nghị định' });
  await manual.getByLabel(S.BasisNumber, { exact: true }).fill('48');
  await manual.getByLabel(S.BasisSymbol, { exact: true }).fill('2009/NĐ-CP');
  await manual.getByLabel(S.BasisDate, { exact: true }).fill('19/05/2009');
  await manual.getByLabel(S.BasisIssuer, { exact: true }).fill('Chính phủ');
  await manual.getByLabel(S.BasisSubject, { exact: true })
    .fill('quy định về các biện pháp bảo đảm bình đẳng giới');
  await snap('basis-done');

  // ---- Mục đích, yêu cầu: the starter's lines plus one of our own. ----
  await openSection(page, S.SecPurposes);
  const purposes = page.getByRole('group', { name: S.PurposesLabel, exact: true });
  await purposes.getByRole('button', { name: S.ListAdd, exact: true }).click();
  await page.keyboard.type('Mỗi lớp có ít nhất một hoạt động về tôn trọng bạn bè khác giới trong năm học.');
  await snap('purposes');

  // ---- Mục tiêu, chỉ tiêu: one suggestion, one target typed by hand. ----
  await openSection(page, S.SecTargets);
  await page.getByRole('button', { name: new RegExp(`^${S.SuggestionAdd}: `) }).first().click();
  await page.getByRole('button', { name: S.TargetAdd, exact: true }).click();
  const own = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `${S.TargetItem} 2` }) });
  await own.getByLabel(S.TargetWhat, { exact: true }).fill('tham gia ít nhất một buổi sinh hoạt về phòng, chống xâm hại');
  await own.getByLabel(S.TargetGroup, { exact: true }).fill('học sinh khối 4 và khối 5');
  await own.getByLabel(S.TargetValue, { exact: true }).fill('100');
  await own.getByLabel(S.TargetByWhen, { exact: true }).fill('tháng 12/2026');
  await snap('targets');

  // ---- Nhiệm vụ: suggestions in the groups the checklist asks for. ----
  await openSection(page, S.SecTasks);
  for (const g of [1, 2, 3, 4, 5, 7]) {
    const item = page.locator('.kh-group').nth(g - 1);
    await item.getByRole('button', { name: new RegExp(`^${S.SuggestionAdd}: `) }).first().click();
  }
  // One task in our own words, in the first group.
  const first = page.locator('.kh-group').first();
  await first.getByRole('button', { name: S.TaskAdd, exact: true }).click();
  await page.keyboard.type('Họp Ban vì sự tiến bộ phụ nữ đầu năm để phân công phụ trách từng hoạt động.');
  const newTask = first.locator('.kh-row').last();
  await newTask.getByLabel(S.TaskTiming, { exact: true }).fill('tháng 3/2026');
  await newTask.getByLabel(S.TaskLead, { exact: true }).fill('Hiệu trưởng');
  await snap('tasks');
  // The groups she has nothing for go, so the plan prints no empty heading;
  // one delete is undone on the way.
  const empty = page.locator('.kh-group').filter({ hasText: S.TaskEmpty });
  const groupDelete = new RegExp(`^${S.ListDeleteLabel}: ${S.TaskGroupItem} \\d+`);
  const before = await empty.count();
  expect(before).toBeGreaterThan(0);
  await empty.last().getByRole('button', { name: groupDelete }).click();
  await expect(empty).toHaveCount(before - 1);
  await page.getByRole('button', { name: S.UndoButton, exact: true }).click();
  await expect(empty).toHaveCount(before);
  while (await empty.count() > 0) {
    const n = await empty.count();
    await empty.last().getByRole('button', { name: groupDelete }).click();
    await expect(empty).toHaveCount(n - 1);
  }
  await snap('tasks-empty-groups-deleted');

  // ---- Báo cáo: a deadline before the plan's date, caught by the checklist. ----
  await openSection(page, S.SecReporting);
  const dates = page.getByLabel(S.ReportDateLabel, { exact: true });
  await dates.nth(0).fill('15/01/2026');
  await dates.nth(1).fill('ngày 30 tháng 11 năm 2026');
  await snap('reporting-wrong-date');

  // ---- Kiểm tra toàn bộ: the wrong deadline is listed; "Sửa" leads to it. ----
  await nav(page).getByRole('button', { name: S.CheckNav }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.CheckTitle })).toBeFocused();
  await snap('check-with-problems');
  const fix = page.getByRole('button', { name: new RegExp(`^${S.CheckFix}: .*15/0?1/2026`) });
  await expect(fix).toHaveCount(1);
  await fix.click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecReporting })).toBeVisible();
  const reportId = await focusedId(page);
  expect(reportId).toMatch(/^f-report-\d+-date$/);
  await typeDate(page, '10/06/2026');
  await expect(page.locator(`#${reportId}`)).toHaveValue('10/06/2026');
  await snap('reporting-fixed');

  // ---- Everything else from the starter: read, then the final check. ----
  for (const s of [S.SecOrganisation, S.SecFunding, S.SecClosing, S.SecRecipients, S.SecSignature]) {
    await openSection(page, s);
    await snap(`section-${s}`);
    // Read and found right: kept as the school's own.
    const keep = page.getByRole('button', { name: S.ProposedKeep });
    if (await keep.count() > 0) await keep.click();
  }
  await keepProposed(page);
  await nav(page).getByRole('button', { name: S.CheckNav }).click();
  const left = await checkFindings(page, S);
  expect(left, 'findings left in the Kiểm tra view').toEqual([]);
  await expect(page.getByText(S.CheckDone, { exact: true })).toBeVisible();
  await expect(page.locator('.kh-progress-value')).toHaveText('100 %');
  await snap('check-done');
  expect(errors).toEqual([]);
});
