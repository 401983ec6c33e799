// "Mở kế hoạch có sẵn": a plan the teacher already has (a .docx typed in
// Word, text pasted from a web page) is read by the export worker, reviewed
// before anything is saved, and opened as a new draft; files that cannot be
// read are explained and leave the drafts as they were. Also prints the time
// to read a ~15-page .docx in the browser (reported, not asserted).
import { test, expect } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { strings } from './strings.mjs';
import { flat, unzip } from './docx.mjs';

const S = strings('vi');
// Seed 001 typed into Word: a header table, the title centred, Nơi nhận
// beside the signer (written by tests/import_seeds.rs).
const FIXTURE = new URL('../../fixtures/docx/seed-001-word.docx', import.meta.url).pathname;
const SHOTS = new URL('../../../target/screenshots/', import.meta.url).pathname;
const NS = 'kehoach-bdg';
const WORKER_FILES = /export-worker(_loader\.js|\.js|_bg\.wasm)$/;

// Pasted from a school's web page: a post title and a time above, the two
// header columns glued on each line (test data written for this test).
const PASTED = [
  'Tin tức - Hoạt động | Đăng lúc 07:45 ngày 10/02/2026',
  'PHÒNG GD&ĐT HUYỆN HÒA AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TRƯỜNG THCS HÒA AN Độc lập - Tự do - Hạnh phúc',
  'Số: 12/KH-THCSHA Hòa An, ngày 9 tháng 2 năm 2026',
  'KẾ HOẠCH',
  'Thực hiện công tác bình đẳng giới năm 2026',
  'Căn cứ Kế hoạch số 45/KH-PGDĐT ngày 20/01/2026 của Phòng Giáo dục và Đào tạo huyện Hòa An về công tác bình đẳng giới năm 2026;',
  'Trường THCS Hòa An xây dựng kế hoạch như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  '- Giúp cán bộ, giáo viên và học sinh hiểu đúng về bình đẳng giới.',
  'II. NHIỆM VỤ',
  '1. Truyền thông',
  '- Tổ chức buổi sinh hoạt dưới cờ về bình đẳng giới trong tháng 3.',
  '- Treo khẩu hiệu về bình đẳng giới tại sân trường.',
].join('\n');

/** Console errors and uncaught exceptions of a page. */
function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

/** Everything the widget keeps in this browser. */
const stored = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
const draftKeys = (page) => page.evaluate((ns) => Object.keys(localStorage)
  .filter((k) => k.startsWith(`${ns}:draft:`)), NS);

/** First visit; the start module's button hands over to the editor's reader. */
async function openReader(page) {
  await page.goto('/index.html');
  await page.getByRole('button', { name: S.OpenButton }).click();
  await expect(page.getByRole('heading', { level: 3, name: S.OpenTitle })).toBeFocused();
}

const alert = (page) => page.locator('.kh-open [role=alert]');
const review = (page) => page.locator('.kh-open-review');

test('a .docx typed in Word: review, then a new draft in the editor, then a .docx out', async ({ page }) => {
  const errors = watchErrors(page);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await openReader(page);
  // The reader is the worker's: nothing of it is fetched before a file is chosen.
  expect(requests.filter((p) => WORKER_FILES.test(p))).toEqual([]);

  await page.getByLabel(S.OpenFile).setInputFiles(FIXTURE);
  const title = page.getByRole('heading', { level: 4, name: S.OpenReviewTitle.replace('{name}', 'seed-001-word.docx') });
  await expect(title).toBeFocused();
  const r = review(page);
  await expect(r).toContainText(S.OpenKindPlan);
  await expect(r).toContainText('TRƯỜNG TIỂU HỌC AN BÌNH');
  await expect(r).toContainText('Số: 08/KH-THAB');
  await expect(r).toContainText('KẾ HOẠCH');
  const sections = r.locator('.kh-open-sections > li');
  await expect(sections.filter({ hasText: S.SecBasis })).toContainText('605/KH-BVSTBPN');
  await expect(sections.filter({ hasText: S.SecTargets })).toContainText('I. MỤC TIÊU');
  await expect(sections.filter({ hasText: S.SecTasks })).toBeVisible();
  await expect(r.locator('.kh-open-findings')).toContainText(/\d+ lỗi/);
  // Nothing is saved before "Mở để sửa".
  expect(await draftKeys(page)).toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
  await r.screenshot({ path: `${SHOTS}open-existing.png` });
  // Every control labelled, the review's structure sound (axe, serious and critical).
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await r.getByRole('button', { name: S.OpenEdit }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecHeader })).toBeFocused();
  await expect(page.getByLabel(S.FieldIssuer, { exact: true })).toHaveValue('TRƯỜNG TIỂU HỌC AN BÌNH');
  await expect.poll(() => draftKeys(page)).toHaveLength(1);

  await page.getByRole('navigation', { name: S.SectionsNav }).getByRole('button', { name: S.SecBasis }).click();
  const first = page.getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: `${S.BasisItem} 1`, exact: true }) });
  await expect(first.getByLabel(S.BasisNumber, { exact: true })).toHaveValue('605');
  await expect(first.getByLabel(S.BasisSymbol, { exact: true })).toHaveValue('KH-BVSTBPN');

  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: S.ExportDocx, exact: true }).click();
  const file = await pending;
  const xml = flat(unzip(readFileSync(await file.path())).get('word/document.xml').toString('utf8'));
  expect(xml).toContain('TRƯỜNG TIỂU HỌC AN BÌNH');
  expect(xml).toContain('605/KH-BVSTBPN');
  expect(errors).toEqual([]);
});

test('pasted text with a glued header: reviewed; "Hủy" keeps the text and saves nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await openReader(page);
  const before = await stored(page);
  const paste = page.getByLabel(S.OpenPaste);
  await paste.fill(PASTED);
  await page.getByRole('button', { name: S.OpenRead, exact: true }).click();
  const title = page.getByRole('heading', { level: 4, name: S.OpenReviewTitle.replace('{name}', S.OpenPasted) });
  await expect(title).toBeFocused();
  const r = review(page);
  await expect(r).toContainText('TRƯỜNG THCS HÒA AN');
  await expect(r).toContainText('PHÒNG GD&ĐT HUYỆN HÒA AN');
  await expect(r.locator('.kh-open-sections > li').filter({ hasText: S.SecBasis })).toContainText('45/KH-PGDĐT');
  // The web page's line above the header is listed, not dropped.
  await expect(r.locator('.kh-open-unplaced')).toContainText('Đăng lúc 07:45');
  await expect(r.locator('.kh-open-unplaced')).toContainText(S.OpenUnplacedAbove);

  await r.getByRole('button', { name: S.OpenCancel }).click();
  await expect(review(page)).toHaveCount(0);
  await expect(page.getByLabel(S.OpenFile)).toBeFocused();
  await expect(paste).toHaveValue(PASTED);
  expect(await stored(page)).toBe(before);

  // Read again and open it: the teacher's own draft.
  await page.getByRole('button', { name: S.OpenRead, exact: true }).click();
  await review(page).getByRole('button', { name: S.OpenEdit }).click();
  await expect(page.getByLabel(S.FieldIssuer, { exact: true })).toHaveValue('TRƯỜNG THCS HÒA AN');
  await expect.poll(() => draftKeys(page)).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('a .pdf, a PNG renamed .docx, a .doc and an empty paste are explained; drafts untouched', async ({ page }) => {
  // A teacher with a draft already: back to the start screen first.
  await page.goto('/index.html');
  await page.getByRole('button', { name: S.StartButton }).click();
  await page.getByLabel(S.FieldIssuer, { exact: true }).fill('Trường Mầm non Sao Mai');
  await expect.poll(async () => (await stored(page)).includes('Sao Mai')).toBe(true);
  await page.getByRole('button', { name: S.DraftsButton, exact: true }).click();
  await page.getByRole('dialog', { name: S.DraftsTitle }).getByRole('button', { name: S.DraftNew }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.StartTitle })).toBeFocused();
  await page.waitForTimeout(500);
  const before = await stored(page);

  const input = page.getByLabel(S.OpenFile);
  const cases = [
    [{ name: 'ke-hoach.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n') }, S.ErrReadPdf],
    [{ name: 'ke-hoach.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) },
    S.ErrReadImage.replace('{format}', 'PNG')],
    [{ name: 'ke-hoach.doc', mimeType: 'application/msword',
      buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]) }, S.ErrReadOldWord],
  ];
  for (const [file, message] of cases) {
    await input.setInputFiles(file);
    await expect(alert(page)).toHaveText(message);
    await expect(review(page)).toHaveCount(0);
  }
  await page.getByRole('button', { name: S.OpenRead, exact: true }).click();
  await expect(alert(page)).toHaveText(S.OpenPasteEmpty);
  // Still on the start screen, and nothing stored has changed.
  await expect(page.getByRole('heading', { level: 2, name: S.StartTitle })).toBeVisible();
  expect(await stored(page)).toBe(before);
});

/// A ~15-page plan (as the native benchmark's: 20 citations, 30 targets,
/// 60 tasks in 3 groups, 30 roles, 10 reports; test data written here).
function longPlan() {
  let id = 1;
  const next = () => id++;
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i + 1));
  return {
    kind: 'annual',
    level: 'thcs',
    period: { type: 'year', year: 2026 },
    header: { parent_body: 'UBND phường Hòa Bình', issuer: 'Trường THCS Hòa Bình', issuer_abbr: 'THCSHB', place: 'Hòa Bình', number: '21' },
    title: { subject: 'Thực hiện công tác bình đẳng giới năm 2026' },
    basis: many(20, (i) => ({ id: next(), doc_type: 'ke-hoach', number: String(100 + i), symbol: 'KH-PGDĐT', issuer: 'Phòng Giáo dục và Đào tạo', subject: `triển khai nhiệm vụ số ${i} về bình đẳng giới năm 2026` })),
    lead_in: 'Trường THCS Hòa Bình xây dựng Kế hoạch thực hiện công tác bình đẳng giới năm 2026 như sau:',
    purposes: many(5, (i) => `Mục đích thứ ${i}: nâng cao nhận thức, trách nhiệm của tập thể sư phạm về bình đẳng giới.`),
    requirements: many(5, (i) => `Yêu cầu thứ ${i}: bám sát chỉ đạo của cấp trên, phù hợp với điều kiện thực tế.`),
    targets: many(30, (i) => ({ id: next(), what: `tham gia hoạt động truyền thông về bình đẳng giới số ${i}`, group: 'học sinh', value: String(50 + i), unit: 'percent', by_when: 'cuối năm học', owner: 'Hiệu trưởng' })),
    task_groups: many(3, (g) => ({
      id: next(),
      title: `Nhóm nhiệm vụ số ${g}`,
      items: many(20, (i) => ({ id: next(), text: `Tổ chức cho học sinh lớp ${i} vẽ tranh, viết bài về chủ đề tôn trọng sự khác biệt và chung tay chấm dứt bạo lực học đường (nhóm ${g}).`, timing: `tháng ${1 + (i % 12)}/2026`, lead: 'Tổng phụ trách Đội', participants: 'Giáo viên, học sinh' })),
    })),
    assignments: many(30, (i) => ({ id: next(), role: `Tổ chuyên môn số ${i}`, duties: [`Triển khai kế hoạch đến bộ phận số ${i} và theo dõi việc thực hiện.`, 'Báo cáo kết quả với Hiệu trưởng vào cuối mỗi học kỳ.'] })),
    funding: 'Kinh phí thực hiện từ nguồn chi thường xuyên của nhà trường.',
    reports: many(10, (i) => ({ id: next(), content: `Báo cáo định kỳ số ${i}`, recipient: 'Phòng Giáo dục và Đào tạo', channel: 'qua thư điện tử' })),
    closing: 'Trên đây là Kế hoạch thực hiện công tác bình đẳng giới năm 2026 của nhà trường.',
    recipients: many(10, (i) => `Tổ chuyên môn số ${i}`),
    archive_units: 'VP',
    signer: { authority: 'kt', title: 'HIỆU TRƯỞNG', deputy_title: 'PHÓ HIỆU TRƯỞNG', name: 'Lê Văn Minh' },
    next_id: id + 100,
  };
}

test('benchmark: reading a ~15-page .docx in the worker, and through the widget', async ({ page }) => {
  await openReader(page);
  const r = await page.evaluate(async (planJson) => {
    const w = new Worker(globalThis.kehoachBdg.base + 'export-worker_loader.js');
    await new Promise((resolve, reject) => {
      w.onmessage = (e) => { if (e.data && e.data.ready) resolve(); };
      w.onerror = () => reject(new Error('worker failed to load'));
    });
    const ask = (msg, transfer = []) => new Promise((resolve) => {
      w.onmessage = (e) => resolve(e.data);
      w.postMessage(msg, transfer);
    });
    const docx = await ask({ id: 0, format: 'docx', plan_json: planJson });
    const txt = await ask({ id: 0, format: 'txt', plan_json: planJson });
    const words = new TextDecoder().decode(txt.bytes).split(/\s+/).filter(Boolean).length;
    const times = [];
    let last;
    for (let id = 1; id <= 11; id++) {
      // Each read gets its own copy: the buffer is transferred, as the widget does.
      const copy = docx.bytes.slice().buffer;
      const t = performance.now();
      last = await ask({ id, read: true, bytes: copy }, [copy]);
      times.push(performance.now() - t);
      if (!last.ok) throw new Error(last.error);
    }
    w.terminate();
    times.sort((a, b) => a - b);
    return { size: docx.bytes.length, words, median: times[5], review: JSON.parse(last.review_json), docx: Array.from(docx.bytes) };
  }, JSON.stringify(longPlan()));
  const tasks = r.review.sections.find((s) => s.section === 'tasks');
  expect(tasks.items).toBe(60);
  console.log(`open: read (+ the original-text rules) of a ${r.words}-word (~${Math.round(r.words / 370)} pages) .docx of ${r.size} B in the worker: median of 11 = ${r.median.toFixed(1)} ms`);

  // The same file through the widget, from choosing it to the review shown
  // (the checklist runs in the editor then): the widget's own worker (not
  // the one above) is loaded on the first read.
  const t0 = Date.now();
  await page.getByLabel(S.OpenFile).setInputFiles({ name: 'ke-hoach-15-trang.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(r.docx) });
  await expect(review(page).locator('.kh-open-sections > li').filter({ hasText: S.SecTasks })).toContainText('60');
  const first = Date.now() - t0;
  const t1 = Date.now();
  await review(page).getByRole('button', { name: S.OpenCancel }).click();
  await page.getByLabel(S.OpenFile).setInputFiles({ name: 'ke-hoach-15-trang-2.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(r.docx) });
  await expect(review(page).locator('.kh-open-sections > li').filter({ hasText: S.SecTasks })).toContainText('60');
  const again = Date.now() - t1;
  console.log(`open: ~15-page .docx chosen → review shown: ${first} ms (first, loading the worker), ${again} ms (worker loaded)`);
});
