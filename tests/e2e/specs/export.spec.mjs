// Exports: the .docx comes from the export worker (its own wasm, fetched on
// the first export only), the .txt and the print view from the main thread.
// Also prints the worker's speed on a 300-item plan and its size; neither is
// asserted (budgets are reported, not tested).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { strings } from './strings.mjs';
import { flat, unzip } from './docx.mjs';

const S = strings('vi');
const ISSUER = 'Trường Tiểu học Hòa Bình';
const ISSUER_CAPS = 'TRƯỜNG TIỂU HỌC HÒA BÌNH';
const WORKER_FILES = /export-worker(_loader\.js|\.js|_bg\.wasm)$/;

/// Opens the page and starts a plan for the test school.
async function startPlan(page, path = '/index.html') {
  await page.goto(path);
  await page.getByLabel(S.FieldIssuer, { exact: true }).fill(ISSUER);
  await page.getByLabel(S.FieldAbbr, { exact: true }).fill('THHB');
  await page.getByRole('button', { name: S.StartButton }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecHeader })).toBeVisible();
}

function collect(page) {
  const seen = { requests: [], errors: [] };
  page.on('request', (r) => seen.requests.push(new URL(r.url()).pathname));
  page.on('response', (r) => { if (r.status() >= 400) seen.errors.push(`${r.status()} ${new URL(r.url()).pathname}`); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  // Failed loads are counted from the responses above; the console line
  // also covers the browser's own /favicon.ico probe (csp.html links no icon).
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) seen.errors.push(m.text());
  });
  return seen;
}

async function download(page, label) {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: label, exact: true }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('.docx: the worker is fetched on the first export only, the file is a Decree 30 .docx', async ({ page }) => {
  const seen = collect(page);
  await startPlan(page);
  await page.waitForLoadState('networkidle');
  expect(seen.requests.filter((p) => WORKER_FILES.test(p))).toEqual([]);

  const docx = await download(page, S.ExportDocx);
  expect(docx.name).toMatch(/^KH-BDG-\d{4}-[a-z0-9-]+\.docx$/);
  expect(docx.name).toContain('truong-th-hoa-binh');
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const parts = unzip(docx.bytes);
  expect([...parts.keys()]).toContain('word/document.xml');
  const xml = flat(parts.get('word/document.xml').toString('utf8'));
  expect(xml.includes(ISSUER_CAPS), 'issuer in capitals').toBe(true);
  expect(xml.includes('KẾ HOẠCH'), 'tên loại').toBe(true);
  await expect(page.locator('.kh-export-status[role=status]'))
    .toHaveText(S.ExportDone.replace('{file}', docx.name));

  const fetched = seen.requests.filter((p) => WORKER_FILES.test(p));
  expect(fetched.map((p) => p.split('/').pop()).sort())
    .toEqual(['export-worker.js', 'export-worker_bg.wasm', 'export-worker_loader.js']);

  // The worker is kept: a second export fetches nothing more.
  const again = await download(page, S.ExportDocx);
  expect(again.name).toBe(docx.name);
  expect(seen.requests.filter((p) => WORKER_FILES.test(p))).toHaveLength(3);
  expect(seen.errors).toEqual([]);
});

test('.txt: plain text from the main thread, named by the rule', async ({ page }) => {
  const seen = collect(page);
  await startPlan(page);
  const txt = await download(page, S.ExportTxt);
  expect(txt.name).toMatch(/^KH-BDG-\d{4}-[a-z0-9-]+\.txt$/);
  const text = txt.bytes.toString('utf8');
  expect(flat(text).includes(ISSUER_CAPS), 'issuer in capitals').toBe(true);
  expect(text.includes('\nKẾ HOẠCH\n'), 'tên loại on its own line').toBe(true);
  expect(text.includes('<'), 'no markup').toBe(false);
  await expect(page.locator('.kh-export-status[role=status]'))
    .toHaveText(S.ExportDone.replace('{file}', txt.name));
  expect(seen.requests.filter((p) => WORKER_FILES.test(p))).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('print view: the plan alone, in A4 with the decree margins', async ({ page }) => {
  const seen = collect(page);
  await startPlan(page);
  await page.getByRole('button', { name: S.ExportPrint, exact: true }).click();
  await expect(page.locator('.kh-export-status[role=status]')).toHaveText(S.ExportPrintOpened);
  const frame = page.locator('iframe.kh-print-frame').contentFrame();
  await expect(frame.locator('main.kh-doc h1, main.kh-doc p').filter({ hasText: /^KẾ HOẠCH$/ })).toHaveCount(1);
  const shown = flat(await frame.locator('main.kh-doc').innerText());
  expect(shown.includes(ISSUER_CAPS), 'issuer in capitals').toBe(true);
  const page1 = await frame.locator('html').evaluate((html) => {
    const doc = html.ownerDocument;
    const rules = [...doc.adoptedStyleSheets].flatMap((s) => [...s.cssRules]);
    const pageRule = rules.find((r) => r.constructor.name === 'CSSPageRule' && r.selectorText === '');
    return {
      lang: html.lang,
      title: doc.title,
      page: pageRule ? pageRule.style.cssText : '',
      // Only the document: no widget, no script in the frame.
      widget: doc.querySelectorAll('.kh-root, script').length,
    };
  });
  expect(page1.lang).toBe('vi');
  expect(page1.title).toMatch(/^KH-BDG-\d{4}-[a-z0-9-]+$/);
  expect(page1.page).toMatch(/size: A4/i);
  expect(page1.page).toContain('margin: 20mm 15mm 20mm 30mm');
  expect(page1.widget).toBe(0);
  // A second print replaces the frame instead of adding one.
  await page.getByRole('button', { name: S.ExportPrint, exact: true }).click();
  await expect(page.locator('iframe.kh-print-frame')).toHaveCount(1);
  expect(seen.requests.filter((p) => WORKER_FILES.test(p))).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('under a strict CSP, from a sub-path: .docx and a styled print view', async ({ page }) => {
  const seen = collect(page);
  // public/csp.html: default-src 'self', style-src 'self', worker-src 'self'.
  await page.goto('/sub/path/kehoach-bdg/csp.html');
  await page.getByRole('button', { name: S.StartButton }).click();
  const docx = await download(page, S.ExportDocx);
  expect(docx.name).toMatch(/^KH-BDG-\d{4}-[a-z0-9-]+\.docx$/);
  const xml = flat(unzip(docx.bytes).get('word/document.xml').toString('utf8'));
  expect(xml.includes('TRƯỜNG THPT NGUYỄN DU'), 'issuer in capitals').toBe(true);
  expect(seen.requests).toContain('/sub/path/kehoach-bdg/export-worker_bg.wasm');

  await page.getByRole('button', { name: S.ExportPrint, exact: true }).click();
  const frame = page.locator('iframe.kh-print-frame').contentFrame();
  await expect(frame.locator('main.kh-doc')).toContainText('KẾ HOẠCH');
  // The inline sizes and the page sheet apply although inline styles are forbidden.
  const styled = await frame.locator('main.kh-doc').evaluate((main) => {
    const win = main.ownerDocument.defaultView;
    const paras = [...main.querySelectorAll('p, h1, h2, h3')];
    return {
      paras: paras.length,
      // Each paragraph's computed size is its inline size (pt → px).
      wrong: paras.filter((p) => Math.abs(parseFloat(win.getComputedStyle(p).fontSize) - parseFloat(p.style.fontSize) * 4 / 3) > 0.1).length,
      sizes: [...new Set(paras.map((p) => p.style.fontSize))].sort(),
      font: win.getComputedStyle(main).fontFamily,
      grid: win.getComputedStyle(main.querySelector('.kh-columns')).display,
    };
  });
  expect(styled.paras).toBeGreaterThan(10);
  expect(styled.wrong).toBe(0);
  expect(styled.sizes).toEqual(expect.arrayContaining(['13pt', '14pt']));
  expect(styled.font).toContain('Times New Roman');
  expect(styled.grid).toBe('grid');
  expect(seen.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('a worker that cannot load gives an alert; the next export starts a new one', async ({ page }) => {
  await startPlan(page);
  await page.route('**/export-worker_loader.js', (r) => r.fulfill({ status: 404, body: 'not found' }));
  await page.getByRole('button', { name: S.ExportDocx, exact: true }).click();
  const alert = page.locator('.kh-export-error[role=alert]');
  await expect(alert).not.toBeEmpty();
  await expect(page.locator('.kh-export-status[role=status]')).toBeEmpty();
  await page.unroute('**/export-worker_loader.js');
  const docx = await download(page, S.ExportDocx);
  expect(docx.name).toMatch(/^KH-BDG-\d{4}-[a-z0-9-]+\.docx$/);
  await expect(alert).toBeEmpty();
});

/// A plan of 300 list items: 20 citations, 30 targets, 200 tasks, 30
/// assignments, 10 reports, 10 recipients (test data written for this test).
function bigPlan() {
  let id = 1;
  const next = () => id++;
  const many = (n, f) => Array.from({ length: n }, (_, i) => f(i + 1));
  return {
    kind: 'annual',
    level: 'tieu-hoc',
    period: { type: 'year', year: 2025 },
    header: { parent_body: 'UBND xã Hòa Bình', issuer: ISSUER, issuer_abbr: 'THHB', place: 'Hòa Bình', number: '12' },
    title: { subject: 'Thực hiện công tác bình đẳng giới năm 2025' },
    basis: many(20, (i) => ({ id: next(), number: String(100 + i), symbol: 'KH-UBND', issuer: 'UBND xã Hòa Bình', subject: `về nội dung thử số ${i}` })),
    lead_in: 'Trường Tiểu học Hòa Bình xây dựng kế hoạch như sau:',
    purposes: ['Mục đích thử nghiệm thứ nhất.', 'Mục đích thử nghiệm thứ hai.'],
    requirements: ['Yêu cầu thử nghiệm.'],
    general_aim: 'Mục tiêu chung để đo thời gian xuất tệp.',
    targets: many(30, (i) => ({ id: next(), what: `được tập huấn nội dung ${i}`, group: 'cán bộ, giáo viên', value: '100', by_when: 'cuối năm', owner: 'Hiệu trưởng' })),
    task_groups: many(5, (g) => ({
      id: next(),
      title: `Nhóm nhiệm vụ thử ${g}`,
      items: many(40, (i) => ({ id: next(), text: `Nhiệm vụ thử số ${g}.${i}, có một câu đủ dài để xuống dòng trong văn bản in ra giấy khổ A4.`, timing: 'tháng 10/2025', lead: 'Tổ chuyên môn', participants: 'giáo viên chủ nhiệm' })),
    })),
    assignments: many(30, (i) => ({ id: next(), role: `Bộ phận thử ${i}`, duties: ['Triển khai các nhiệm vụ được giao.'] })),
    funding: 'Kinh phí thường xuyên của nhà trường.',
    reports: many(10, (i) => ({ id: next(), content: `Báo cáo thử ${i}`, recipient: 'UBND xã', channel: 'qua thư điện tử' })),
    closing: 'Trên đây là kế hoạch thử.',
    recipients: many(10, (i) => `Nơi nhận thử ${i}`),
    archive_units: 'VP',
    signer: { title: 'HIỆU TRƯỞNG', name: 'Nguyễn Thị Lan' },
    next_id: id + 100,
  };
}

test('benchmark: docx export of a 300-item plan in the worker; worker size', async ({ page, baseURL }) => {
  await page.goto('/index.html');
  await expect(page.getByRole('heading', { level: 1, name: S.AppName })).toBeVisible();
  const r = await page.evaluate(async (planJson) => {
    const w = new Worker(globalThis.kehoachBdg.base + 'export-worker_loader.js');
    await new Promise((resolve, reject) => {
      w.onmessage = (e) => { if (e.data && e.data.ready) resolve(); };
      w.onerror = () => reject(new Error('worker failed to load'));
    });
    const run = (id) => new Promise((resolve) => {
      w.onmessage = (e) => resolve(e.data);
      w.postMessage({ id, format: 'docx', plan_json: planJson });
    });
    const warm = await run(0);
    const times = [];
    for (let id = 1; id <= 20; id++) {
      const t = performance.now();
      const answer = await run(id);
      times.push(performance.now() - t);
      if (!answer.ok || answer.id !== id) throw new Error(answer.error || 'wrong answer');
    }
    w.terminate();
    times.sort((a, b) => a - b);
    return {
      ok: warm.ok,
      error: warm.error,
      head: String.fromCharCode(warm.bytes[0], warm.bytes[1]),
      size: warm.bytes.length,
      median: (times[9] + times[10]) / 2,
    };
  }, JSON.stringify(bigPlan()));
  expect(r.error).toBeUndefined();
  expect(r.ok).toBe(true);
  expect(r.head).toBe('PK');
  console.log(`export: docx median of 20 = ${r.median.toFixed(1)} ms (300 items, ${r.size} B file)`);

  // The worker's wasm as served (the dist/ this run tests).
  const wasm = Buffer.from(await (await fetch(`${baseURL}/export-worker_bg.wasm`)).arrayBuffer());
  const gz = gzipSync(wasm, { level: 9 }).length;
  const br = brotliCompressSync(wasm, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`export: worker wasm raw=${wasm.length} gz=${gz} br=${br}`);
  expect(wasm.subarray(0, 4).toString('latin1')).toBe('\0asm');
});
