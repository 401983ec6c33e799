// User story 2: a Phòng Giáo dục và Đào tạo writes its "Bình đẳng giới và
// Trẻ em" plan for the schools of the district (the shape of seed 004: the
// district's plan as basis, measurable targets, groups of tasks, the
// schools' report deadlines), keyboard and mouse only, to 100 %.
// Screenshots go to target/screenshots/story-phong/.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { strings } from './strings.mjs';
import { keepProposed, shot, nav, openSection, checkFindings, startPlan, typeDate } from './story_helpers.mjs';

const S = strings('vi');
const dir = new URL('../../../target/screenshots/story-phong/', import.meta.url).pathname;
// A row of a list, by its heading ("Văn bản 1", "Chỉ tiêu 2").
const row = (page, heading) => page.getByRole('listitem')
  .filter({ has: page.getByRole('heading', { level: 3, name: heading, exact: true }) });

test('a Phòng GD&ĐT writes its 2024 "Bình đẳng giới và Trẻ em" plan (before 1/7/2025, when the Phòng still existed) and reaches 100 %', async ({ page }) => {
  test.setTimeout(180_000);
  mkdirSync(dir, { recursive: true });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.setViewportSize({ width: 1280, height: 900 });
  let step = 0;
  const snap = (name) => shot(page, `${dir}${String(++step).padStart(2, '0')}-${name}.png`);

  await page.goto('/index.html');
  await startPlan(page, {
    kind: S.KindGenderChildren,
    year: '2024',
    level: S.LevelPhong,
    issuer: 'Phòng Giáo dục và Đào tạo',
    parent: 'Ủy ban nhân dân quận Bình Minh',
    abbr: 'PGDĐT',
    place: 'Bình Minh',
    signer: 'Trần Văn Khôi',
  });

  // ---- Header: number and date, typed as on paper. ----
  await page.getByLabel(S.FieldNumber, { exact: true }).fill('57');
  await page.getByLabel(S.FieldDate, { exact: true }).focus();
  await typeDate(page, '20/04/2024');
  await expect(page.getByLabel(S.FieldDate, { exact: true })).toHaveValue('20/04/2024');
  await snap('header');

  // ---- Trích yếu in the office's own words. ----
  await openSection(page, S.SecTitle);
  await page.getByLabel(S.FieldSubject, { exact: true })
    .fill('Triển khai công tác bình đẳng giới và trẻ em ngành Giáo dục quận Bình Minh năm 2024');
  await snap('title');

  // ---- Căn cứ: "Thực hiện" the district's plan, typed by hand; two laws
  // from the starter; a decree from the catalogue. ----
  await openSection(page, S.SecBasis);
  const district = row(page, `${S.BasisItem} 1`);
  await expect(district.getByLabel(S.BasisVerb, { exact: true })).toHaveValue('thuc-hien');
  await district.getByLabel(S.BasisNumber, { exact: true }).fill('118');
  await district.getByLabel(S.BasisSymbol, { exact: true }).fill('KH-UBND');
  await district.getByLabel(S.BasisDate, { exact: true }).focus();
  await typeDate(page, '09/04/2024');
  await district.getByLabel(S.BasisIssuer, { exact: true }).fill('Ủy ban nhân dân quận Bình Minh');
  await district.getByLabel(S.BasisSubject, { exact: true })
    .fill('triển khai công tác bình đẳng giới và trẻ em trên địa bàn quận năm 2024');
  const catalogue = page.getByLabel(S.BasisCatalogueLabel, { exact: true });
  const decree = await catalogue.locator('option', { hasText: 'Nghị định số 56/2017/NĐ-CP' }).textContent();
  await catalogue.selectOption({ label: decree });
  await page.getByRole('button', { name: S.SuggestionAdd, exact: true }).click();
  await expect(page.getByText(S.BasisCatalogueAdded)).toBeVisible();
  await snap('basis');

  // ---- Mục tiêu, chỉ tiêu: two measurable targets of our own. ----
  await openSection(page, S.SecTargets);
  const targets = [
    ['được truyền thông về quyền trẻ em, bình đẳng giới và cách phòng ngừa xâm hại',
      'cán bộ quản lý, giáo viên, nhân viên các trường trong quận', '80'],
    ['tổ chức ít nhất một diễn đàn để học sinh nói lên ý kiến về trường học an toàn',
      'trường tiểu học và trung học cơ sở', '100'],
  ];
  for (const [i, [what, group, value]] of targets.entries()) {
    await page.getByRole('button', { name: S.TargetAdd, exact: true }).click();
    const t = row(page, `${S.TargetItem} ${i + 1}`);
    await t.getByLabel(S.TargetWhat, { exact: true }).fill(what);
    await t.getByLabel(S.TargetGroup, { exact: true }).fill(group);
    await t.getByLabel(S.TargetValue, { exact: true }).fill(value);
    await t.getByLabel(S.TargetByWhen, { exact: true }).fill('tháng 11/2024');
    await t.getByLabel(S.TargetOwner, { exact: true }).fill('Các cơ sở giáo dục');
  }
  await snap('targets');

  // ---- Nhiệm vụ: suggestions in the groups, one task typed, each target
  // linked to the task that serves it. ----
  await openSection(page, S.SecTasks);
  const groups = page.locator('.kh-group');
  const n = await groups.count();
  for (let g = 0; g < n; g += 1) {
    const picks = groups.nth(g).getByRole('button', { name: new RegExp(`^${S.SuggestionAdd}: `) });
    if (await picks.count() > 0) await picks.first().click();
  }
  const communication = groups.nth(1);
  await communication.getByRole('button', { name: S.TaskAdd, exact: true }).click();
  await page.keyboard.type('Tổ chức diễn đàn “Tiếng nói trẻ em” cấp quận trong Tháng hành động vì trẻ em.');
  const own = communication.locator('.kh-row').last();
  await own.getByLabel(S.TaskTiming, { exact: true }).fill('tháng 6/2024');
  await own.getByLabel(S.TaskLead, { exact: true }).fill('Các bộ phận chuyên môn thuộc Phòng');
  await own.getByText(S.TaskTargets).click();
  await own.getByLabel(new RegExp(`^${S.TargetItem} 2: `)).check();
  const first = communication.locator('.kh-row').first();
  await first.getByText(S.TaskTargets).click();
  await first.getByLabel(new RegExp(`^${S.TargetItem} 1: `)).check();
  await snap('tasks');

  // ---- Báo cáo: the schools report before 5/5 and 5/11, as in the seed. ----
  await openSection(page, S.SecReporting);
  const due = page.getByLabel(S.ReportDateLabel, { exact: true });
  await due.nth(0).focus();
  await typeDate(page, '05/05/2024');
  await due.nth(1).focus();
  await typeDate(page, '05/11/2024');
  await expect(due.nth(1)).toHaveValue('05/11/2024');
  await snap('reporting');

  // ---- Nơi nhận: one more line, typed. ----
  await openSection(page, S.SecRecipients);
  const recipients = page.getByRole('group', { name: S.RecipientsLabel, exact: true });
  await recipients.getByRole('button', { name: S.ListAdd, exact: true }).click();
  await page.keyboard.type('Phòng Văn hóa - Xã hội quận (để phối hợp)');
  await snap('recipients');

  await openSection(page, S.SecSignature);
  await expect(page.getByLabel(S.FieldSignerName, { exact: true })).toHaveValue('Trần Văn Khôi');
  await snap('signature');

  // ---- Kiểm tra toàn bộ: the starter's sections not yet read are listed;
  // each is opened, read and kept. ----
  await nav(page).getByRole('button', { name: S.CheckNav }).click();
  await expect(page.getByText(S.CheckProposedCount)).toBeVisible();
  expect(await keepProposed(page)).toBeGreaterThan(0);
  await nav(page).getByRole('button', { name: S.CheckNav }).click();
  const left = await checkFindings(page, S);
  expect(left, 'findings left in the Kiểm tra view').toEqual([]);
  await expect(page.getByText(S.CheckDone, { exact: true })).toBeVisible();
  await expect(page.locator('.kh-progress-value')).toHaveText('100 %');
  await snap('check-done');
  expect(errors).toEqual([]);
});
