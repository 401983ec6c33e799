// Drafts that never lose a keystroke: autosave and reload, closing the page
// mid-typing, two tabs on one draft, importing draft files (good and bad), a
// full storage, a damaged stored value, a browser that blocks storage, and
// the "Bản nháp" dialog (rename, duplicate, delete + undo, download all).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { strings } from './strings.mjs';

const S = strings('vi');
const FIXTURES = new URL('../../fixtures/drafts/', import.meta.url).pathname;
const NS = 'kehoach-bdg';

/** Console errors and uncaught exceptions of a page. */
function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

/** Starts a plan from the start screen; the header editor opens. */
async function startPlan(page) {
  await page.goto('/index.html');
  await page.getByRole('button', { name: S.StartButton }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecHeader })).toBeVisible();
}

const issuer = (page) => page.getByLabel(S.FieldIssuer, { exact: true });
const savedStatus = (page) => page.getByRole('status').filter({ hasText: S.DraftSavedAt });

/** The stored draft values of the namespace. */
const storedDrafts = (page) => page.evaluate((ns) => Object.keys(localStorage)
  .filter((k) => k.startsWith(`${ns}:draft:`))
  .map((k) => localStorage.getItem(k)), NS);

/** Waits until some stored draft contains `text`. */
async function waitStored(page, text) {
  await expect.poll(async () => (await storedDrafts(page)).some((v) => v.includes(text))).toBe(true);
}

/** The index as stored. */
const storedIndex = (page) => page.evaluate((ns) => JSON.parse(localStorage.getItem(`${ns}:index`)), NS);

/** Serious and critical axe violations (axe looks inside the open shadow root). */
async function axeProblems(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function openPanel(page) {
  await page.getByRole('button', { name: S.DraftsButton, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: S.DraftsTitle });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('typing is saved, and a reload brings everything back', async ({ page }) => {
  const errors = watchErrors(page);
  await startPlan(page);
  await issuer(page).fill('Trường Tiểu học Hòa Bình');
  await expect(savedStatus(page)).toBeVisible();
  await waitStored(page, 'Trường Tiểu học Hòa Bình');

  await page.reload();
  // The last open draft reopens in the editor, without taking focus from the page.
  await expect(issuer(page)).toHaveValue('Trường Tiểu học Hòa Bình');
  await expect(savedStatus(page)).toBeVisible();
  const focusedInWidget = await page.evaluate(() => document.activeElement?.hasAttribute('data-kehoach-bdg') ?? false);
  expect(focusedInWidget).toBe(false);
  // One draft, the open one.
  const index = await storedIndex(page);
  expect(index.drafts).toHaveLength(1);
  expect(index.last_open).toBe(index.drafts[0].id);
  expect(errors).toEqual([]);
});

test('closing the page right after typing loses nothing', async ({ context }) => {
  const page = await context.newPage();
  await startPlan(page);
  await waitStored(page, '"schema_version"');
  // Typed and closed at once, well inside the 500 ms autosave delay.
  await issuer(page).fill('Trường THCS Lê Lợi');
  await page.close();

  const again = await context.newPage();
  await again.goto('/index.html');
  await expect(issuer(again)).toHaveValue('Trường THCS Lê Lợi');
});

test('two tabs on one draft: the other version can be loaded, or mine kept as a copy', async ({ context }) => {
  const a = await context.newPage();
  const errors = watchErrors(a);
  await startPlan(a);
  await issuer(a).fill('Bản của thẻ A');
  await waitStored(a, 'Bản của thẻ A');
  const draftId = (await storedIndex(a)).last_open;

  // Tab B opens the same draft (it is the last open one) and changes it.
  const b = await context.newPage();
  await b.goto('/index.html');
  await expect(issuer(b)).toHaveValue('Bản của thẻ A');
  await issuer(b).fill('Bản của thẻ B');
  await waitStored(b, 'Bản của thẻ B');

  const notice = a.getByRole('alert').filter({ hasText: S.DraftConflict });
  await expect(notice).toBeVisible();
  await expect(a.getByRole('status').filter({ hasText: S.DraftPaused })).toBeVisible();
  expect(await axeProblems(a)).toEqual([]);
  // While the notice is open, typing in A does not overwrite B's version.
  await issuer(a).fill('A gõ tiếp trong lúc chờ');
  await a.waitForTimeout(1200);
  const stored = await a.evaluate(([ns, id]) => localStorage.getItem(`${ns}:draft:${id}`), [NS, draftId]);
  expect(stored).toContain('Bản của thẻ B');
  expect(stored).not.toContain('A gõ tiếp');

  // Choice 1: load the other version.
  await notice.getByRole('button', { name: S.DraftTakeTheirs }).click();
  await expect(notice).toBeHidden();
  await expect(issuer(a)).toHaveValue('Bản của thẻ B');

  // B changes it again; choice 2: keep mine as a copy.
  await issuer(b).fill('Bản của thẻ B, lần hai');
  await waitStored(b, 'Bản của thẻ B, lần hai');
  await expect(notice).toBeVisible();
  await issuer(a).fill('Bản của thẻ A, giữ lại');
  await notice.getByRole('button', { name: S.DraftKeepMine }).click();
  await expect(notice).toBeHidden();
  await expect(issuer(a)).toHaveValue('Bản của thẻ A, giữ lại');
  await waitStored(a, 'Bản của thẻ A, giữ lại');

  const index = await storedIndex(a);
  expect(index.drafts).toHaveLength(2);
  const copy = index.drafts.find((d) => d.id !== draftId);
  expect(copy.name).toMatch(/\(bản sao 2\)$/);
  const values = await a.evaluate(([ns, ids]) => ids.map((id) => localStorage.getItem(`${ns}:draft:${id}`)),
    [NS, [draftId, copy.id]]);
  expect(values[0]).toContain('Bản của thẻ B, lần hai');
  expect(values[1]).toContain('Bản của thẻ A, giữ lại');
  expect(errors).toEqual([]);
});

test('importing draft files: good ones become drafts, bad ones change nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/index.html');
  const dialog = await openPanel(page);
  const input = dialog.getByLabel(S.DraftImport, { exact: true });
  const rows = dialog.locator('.kh-draft-row');

  await input.setInputFiles(FIXTURES + 'v2_export_2024.json');
  await expect(dialog.getByRole('status').filter({ hasText: S.DraftImported })).toContainText('BĐG năm 2024 — bản gửi tổ');
  await expect(rows).toHaveCount(1);

  // Version 1 files: an export with several drafts, and a bare stored envelope.
  await input.setInputFiles(FIXTURES + 'v1_export_2022.json');
  await expect(dialog.getByRole('status').filter({ hasText: S.DraftImported })).toContainText('Tháng hành động 2022');
  await input.setInputFiles(FIXTURES + 'v1_tieu_hoc_hoa_binh_2022.json');
  await expect(dialog.getByRole('status').filter({ hasText: S.DraftImported })).toContainText('bình đẳng giới');
  const imported = await rows.count();
  expect(imported).toBeGreaterThanOrEqual(3);
  const keysBefore = await page.evaluate(() => Object.keys(localStorage).sort());

  const bad = [
    [{ name: 'lon.json', mimeType: 'application/json', buffer: Buffer.alloc(2 * 1024 * 1024 + 10, 32) }, /Tệp quá lớn/],
    [{ name: 'ghi-chu.json', mimeType: 'application/json', buffer: Buffer.from('Đây không phải JSON {') }, /không phải JSON hợp lệ/],
    [FIXTURES + 'v3_from_newer_app.json', /phiên bản mới hơn/],
    [{ name: 'ke-hoach.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04rest-of-a-zip') }, /tệp Word/],
  ];
  for (const [file, message] of bad) {
    await input.setInputFiles(file);
    await expect(dialog.getByRole('alert')).toContainText(message);
    await expect(rows).toHaveCount(imported);
  }
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(keysBefore);

  // An imported draft opens in the editor.
  await dialog.getByRole('button', { name: `${S.DraftOpen}: BĐG năm 2024 — bản gửi tổ` }).click();
  await expect(dialog).toBeHidden();
  await expect(issuer(page)).toHaveValue('Trường Mầm non Hoa Sen');
  await expect(page.getByRole('heading', { level: 2, name: S.SecHeader })).toBeFocused();
  expect(errors).toEqual([]);
});

test('the start screen lists saved drafts and imports files', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByLabel(S.DraftImport, { exact: true }).setInputFiles(FIXTURES + 'v2_thcs_le_loi_2024.json');
  const list = page.getByRole('region', { name: S.DraftsTitle });
  const open = list.getByRole('button', { name: new RegExp(`^${S.DraftOpen}: `) });
  await expect(open).toHaveCount(1);
  await open.click();
  await expect(issuer(page)).toHaveValue('Trường THCS Lê Lợi');
});

test('a full storage: the user is told, can download the draft, and saving resumes', async ({ page }) => {
  await startPlan(page);
  await waitStored(page, '"schema_version"');
  // Fill what is left of this origin's storage, down to the last bytes.
  await page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size >= 1) {
      try { localStorage.setItem(`filler-${n++}`, 'x'.repeat(size)); } catch { size = Math.floor(size / 2); }
    }
  });
  await issuer(page).fill('Trường Tiểu học Kim Đồng, phân hiệu 2');
  const alert = page.getByRole('alert').filter({ hasText: 'đã đầy' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: S.DraftNotSaved })).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: S.DraftDownloadCurrent }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^ban-nhap-kehoach-bdg-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.app).toBe('kehoach-bdg');
  expect(file.drafts[0].plan.header.issuer).toBe('Trường Tiểu học Kim Đồng, phân hiệu 2');

  // Space freed: "Thử lưu lại" saves.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await alert.getByRole('button', { name: S.DraftRetry }).click();
  await expect(alert).toBeHidden();
  await expect(savedStatus(page)).toBeVisible();
  await waitStored(page, 'Trường Tiểu học Kim Đồng, phân hiệu 2');
});

test('a damaged stored draft: message, raw download, never overwritten, the app still works', async ({ page }) => {
  const errors = watchErrors(page);
  await startPlan(page);
  await waitStored(page, '"schema_version"');
  const id = (await storedIndex(page)).last_open;
  const garbage = '{"schema_version": 2, "saved_at": "2026-11-23T01:00:00Z", "plan": {"header": {"issuer": "Trường';
  await page.evaluate(([ns, id, g]) => localStorage.setItem(`${ns}:draft:${id}`, g), [NS, id, garbage]);
  await page.reload();

  const alert = page.getByRole('alert').filter({ hasText: 'bị hỏng' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: S.StartTitle })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: S.DraftDownloadRaw }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(garbage);

  // The app works: a new plan starts and is saved elsewhere; the damaged value stays.
  await page.getByRole('button', { name: S.StartButton }).click();
  await issuer(page).fill('Trường mới');
  await waitStored(page, 'Trường mới');
  const kept = await page.evaluate(([ns, id]) => localStorage.getItem(`${ns}:draft:${id}`), [NS, id]);
  expect(kept).toBe(garbage);
  const backups = await page.evaluate((ns) => Object.keys(localStorage).filter((k) => k.startsWith(`${ns}:backup:`)), NS);
  expect(backups.length).toBeGreaterThanOrEqual(1);
  expect(errors).toEqual([]);
});

test('damaged data kept in the browser: listed in the drafts dialog, downloaded, deleted for good', async ({ page }) => {
  const errors = watchErrors(page);
  await startPlan(page);
  await issuer(page).fill('Trường THCS Lê Lợi');
  await waitStored(page, 'Trường THCS Lê Lợi');
  const id = (await storedIndex(page)).last_open;
  const garbage = '{"schema_version": 2, "saved_at": "2026-11-23T01:00:00Z", "plan": {"header": {"issuer": "Trường THCS';
  await page.evaluate(([ns, id, g]) => localStorage.setItem(`${ns}:draft:${id}`, g), [NS, id, garbage]);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'bị hỏng' })).toBeVisible();

  // The damaged draft is deleted from the list; its original text stays kept.
  let dialog = await openPanel(page);
  const kept = dialog.getByRole('region', { name: S.DraftKeptTitle });
  await expect(kept).toBeVisible();
  const draft = dialog.getByRole('list').first().getByRole('listitem');
  await draft.getByRole('button', { name: new RegExp(`^${S.DraftDelete}: `) }).click();
  await draft.getByRole('button', { name: new RegExp(`^${S.DraftDeleteYes}: `) }).click();
  await expect(dialog.getByText(S.DraftsEmpty)).toBeVisible();
  await expect(kept).toBeVisible();
  const row = kept.getByRole('listitem');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(S.DraftKeptOfDraft);
  await kept.screenshot({ path: new URL('../../../target/screenshots/drafts-kept.png', import.meta.url).pathname });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('button', { name: new RegExp(`^${S.DraftDownloadRaw.replace(/[().]/g, '\\$&')}`) }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(garbage);

  // Deleting asks first, by keyboard too; then the copy is gone from storage.
  await row.getByRole('button', { name: new RegExp(`^${S.DraftDelete}: `) }).click();
  const cancel = row.getByRole('button', { name: S.DraftCancel });
  await expect(cancel).toBeFocused();
  await cancel.press('Enter');
  await expect(row.getByRole('button', { name: new RegExp(`^${S.DraftDelete}: `) })).toBeFocused();
  await row.getByRole('button', { name: new RegExp(`^${S.DraftDelete}: `) }).click();
  await row.getByRole('button', { name: new RegExp(`^${S.DraftKeptDeleteYes}: `) }).click();
  await expect(kept).toBeHidden();
  await expect(dialog.getByRole('status').filter({ hasText: `${S.DraftKeptDeleted}: ${S.DraftKeptOfDraft} “Trường THCS”` })).toBeVisible();
  const backups = await page.evaluate((ns) => Object.keys(localStorage).filter((k) => k.includes('backup')), NS);
  expect(backups).toEqual([]);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Reopened later, the dialog has nothing kept to show.
  await page.keyboard.press('Escape');
  dialog = await openPanel(page);
  await expect(dialog.getByRole('region', { name: S.DraftKeptTitle })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('ten seconds of continuous typing, then the tab crashes: at most about 2 s of typing is lost', async ({ page }) => {
  test.setTimeout(60_000);
  await startPlan(page);
  await issuer(page).click();
  const typed = []; // [ms since start, length typed]
  const start = Date.now();
  let n = 0;
  while (Date.now() - start < 10_000) {
    await page.keyboard.type('x');
    n += 1;
    typed.push([Date.now() - start, n]);
    await page.waitForTimeout(90);
  }
  // What a crash would leave: the stored drafts at this instant (a real
  // `Page.crash` takes the whole headless browser down with it here).
  const crashAt = Date.now() - start;
  const kept = Math.max(0, ...(await storedDrafts(page))
    .map((v) => (JSON.parse(v).plan.header.issuer.match(/x/g) ?? []).length));
  // Typing kept up to the keystroke of length `kept`; what came after is lost.
  const keptAt = kept === 0 ? 0 : typed[kept - 1][0];
  const lost = crashAt - keptAt;
  console.log(`autosave: ${n} keys over ${crashAt} ms, ${kept} kept, ${lost} ms of typing lost at the crash`);
  expect(kept).toBeGreaterThan(0);
  expect(lost).toBeLessThan(2600);
});

test('leaving the page asks first exactly when typing is not kept anywhere', async ({ browser }) => {
  /** Closes `page` as a user closing the tab; the beforeunload dialogs it raised. */
  const close = async (page) => {
    const asked = [];
    page.on('dialog', async (d) => { asked.push(d.type()); await d.accept(); });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    return asked;
  };
  // Saved in this browser: closing just closes, even right after a keystroke.
  let context = await browser.newContext();
  let page = await context.newPage();
  await startPlan(page);
  await issuer(page).pressSequentially('Trường Mầm non Sen Hồng');
  expect(await close(page)).toEqual([]);
  await context.close();

  // The browser keeps nothing: typing is only in this page until downloaded.
  context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  page = await context.newPage();
  await startPlan(page);
  await issuer(page).pressSequentially('Trường Mầm non Sen Hồng');
  expect(await close(page)).toEqual(['beforeunload']);
  page = await context.newPage();
  await startPlan(page);
  await issuer(page).pressSequentially('Trường Mầm non Sen Hồng');
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: S.DraftDownloadCurrent }).click(),
  ]);
  expect(await close(page)).toEqual([]);
  await context.close();
});

test('storage blocked by the browser: a warning, the editor works in memory, the draft can be downloaded', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await startPlan(page);
  await expect(page.getByText('bản nháp sẽ không được tự động lưu')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: S.DraftMemoryOnly })).toBeVisible();
  await issuer(page).fill('Chỉ trong bộ nhớ');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: S.DraftDownloadCurrent }).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.drafts[0].plan.header.issuer).toBe('Chỉ trong bộ nhớ');

  // A draft file can still be opened, to go on with it in memory.
  const dialog = await openPanel(page);
  await dialog.getByLabel(S.DraftImport, { exact: true }).setInputFiles(FIXTURES + 'v2_export_2024.json');
  await expect(dialog).toBeHidden();
  await expect(issuer(page)).toHaveValue('Trường Mầm non Hoa Sen');
});

test('a damaged draft list: message, raw download, the drafts are found again', async ({ page }) => {
  const errors = watchErrors(page);
  await startPlan(page);
  await issuer(page).fill('Trường Tiểu học Hòa Bình');
  await waitStored(page, 'Trường Tiểu học Hòa Bình');
  const garbage = '{"schema_version": 1, "drafts": [';
  await page.evaluate(([ns, g]) => localStorage.setItem(`${ns}:index`, g), [NS, garbage]);
  await page.reload();

  const alert = page.getByRole('alert').filter({ hasText: 'Danh sách bản nháp bị hỏng' });
  await expect(alert).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: S.DraftDownloadRaw }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(garbage);
  // The list is rebuilt from the stored drafts; the draft opens from the start screen.
  const list = page.getByRole('region', { name: S.DraftsTitle });
  await list.getByRole('button', { name: new RegExp(`^${S.DraftOpen}: `) }).click();
  await expect(issuer(page)).toHaveValue('Trường Tiểu học Hòa Bình');
  const backups = await page.evaluate((ns) => Object.keys(localStorage).filter((k) => k.startsWith(`${ns}:index-backup:`)), NS);
  expect(backups).toHaveLength(1);
  // Dismissing the notice hands focus to the "Bản nháp" button.
  await alert.getByRole('button', { name: S.DraftDismiss }).click();
  await expect(alert).toBeHidden();
  await expect(page.getByRole('button', { name: S.DraftsButton, exact: true })).toBeFocused();
  expect(errors).toEqual([]);
});

test('the drafts dialog: rename, duplicate, delete with undo, download all, new plan', async ({ page }) => {
  const errors = watchErrors(page);
  await startPlan(page);
  await issuer(page).fill('Trường Tiểu học Hòa Bình');
  await waitStored(page, 'Trường Tiểu học Hòa Bình');
  const dialog = await openPanel(page);
  await expect(dialog.getByRole('heading', { level: 2, name: S.DraftsTitle })).toBeFocused();
  const rows = dialog.locator('.kh-draft-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(S.DraftOpenNow);

  // Rename.
  await dialog.getByRole('button', { name: new RegExp(`^${S.DraftRename}: `) }).click();
  const nameInput = dialog.getByLabel(new RegExp(`^${S.DraftRenameLabel}: `));
  await expect(nameInput).toBeFocused();
  await nameInput.fill('Kế hoạch của cô Lan');
  await dialog.getByRole('button', { name: S.DraftRenameSave }).click();
  await expect(dialog.getByRole('heading', { level: 3, name: /Kế hoạch của cô Lan/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: `${S.DraftRename}: Kế hoạch của cô Lan` })).toBeFocused();

  // Duplicate.
  await dialog.getByRole('button', { name: `${S.DraftDuplicate}: Kế hoạch của cô Lan` }).click();
  await expect(rows).toHaveCount(2);
  await expect(dialog.getByRole('heading', { level: 3, name: 'Kế hoạch của cô Lan (bản sao 2)' })).toBeVisible();

  // Download all.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: S.DraftExportAll }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tat-ca-ban-nhap-kehoach-bdg-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8')).drafts).toHaveLength(2);

  // Delete the copy: confirm, then undo.
  await dialog.getByRole('button', { name: `${S.DraftDelete}: Kế hoạch của cô Lan (bản sao 2)` }).click();
  await expect(dialog.getByRole('button', { name: S.DraftCancel })).toBeFocused();
  expect(await axeProblems(page)).toEqual([]);
  await dialog.getByRole('button', { name: `${S.DraftDeleteYes}: Kế hoạch của cô Lan (bản sao 2)` }).click();
  await expect(rows).toHaveCount(1);
  expect((await storedIndex(page)).drafts).toHaveLength(1);
  await dialog.getByRole('button', { name: S.UndoButton }).click();
  await expect(rows).toHaveCount(2);
  expect((await storedIndex(page)).drafts).toHaveLength(2);
  // The open draft is still the original one.
  await expect(rows.filter({ hasText: S.DraftOpenNow })).toContainText('Kế hoạch của cô Lan');
  await expect(rows.filter({ hasText: S.DraftOpenNow })).not.toContainText('bản sao');

  // Escape closes the dialog; focus returns to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: S.DraftsButton, exact: true })).toBeFocused();

  // "Soạn kế hoạch mới": back to the start screen; nothing is saved until a plan starts.
  await (await openPanel(page)).getByRole('button', { name: S.DraftNew }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.StartTitle })).toBeFocused();
  await page.waitForTimeout(800);
  expect((await storedIndex(page)).drafts).toHaveLength(2);
  expect((await storedIndex(page)).last_open).toBeNull();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: S.StartTitle })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('in Vietnam, just after midnight', () => {
  test.use({ timezoneId: 'Asia/Ho_Chi_Minh' });

  test('save times are shown in local time, with the local date', async ({ page }) => {
    // 20:30 UTC on 22/11 is 03:30 on 23/11 in Hà Nội (UTC+7).
    await page.clock.setFixedTime(new Date('2026-11-22T20:30:00Z'));
    await startPlan(page);
    await expect(page.getByRole('status').filter({ hasText: `${S.DraftSavedAt} 03:30` })).toBeVisible();
    const dialog = await openPanel(page);
    await expect(dialog.locator('.kh-draft-row')).toContainText(`${S.DraftLastSaved}: 03:30, 23/11/2026`);
  });
});
