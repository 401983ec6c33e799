// Embedding on a school website: script mode (shadow root) on a page with
// aggressive global CSS, served from a sub-path; iframe mode with automatic
// height; a strict Content-Security-Policy.
import { test, expect } from '@playwright/test';
import { strings } from './strings.mjs';

const S = strings('vi');
const SUB = '/sub/path/kehoach-bdg';

// Computed styles of a few widget elements, read inside the shadow root.
async function widgetStyles(page) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-kehoach-bdg]');
    const root = host.shadowRoot ?? document;
    const pick = (sel) => {
      const el = root.querySelector(sel);
      if (!el) return null;
      const cs = getComputedStyle(el);
      return {
        fontFamily: cs.fontFamily, fontSize: cs.fontSize, color: cs.color, lineHeight: cs.lineHeight,
        backgroundImage: cs.backgroundImage, borderTopWidth: cs.borderTopWidth, borderTopStyle: cs.borderTopStyle,
        padding: cs.padding, textTransform: cs.textTransform, textAlign: cs.textAlign, width: cs.width,
        boxSizing: cs.boxSizing, letterSpacing: cs.letterSpacing, textIndent: cs.textIndent,
      };
    };
    return {
      title: pick('.kh-title'), button: pick('.kh-button'), input: pick('#start-issuer'),
      link: pick('.kh-section-link'), intro: pick('.kh-intro'),
    };
  });
}

test('script mode: mounts from a sub-path, takes its options, host CSS does not reach it', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const t0 = Date.now();
  await page.goto(`${SUB}/demo.html`);
  const issuer = page.getByLabel(S.FieldIssuer, { exact: true });
  await expect(issuer).toHaveValue('Trường Tiểu học Hòa Bình');
  const interactive = Date.now() - t0;
  console.log(`embed: time to interactive widget on the demo host page = ${interactive} ms`);
  await expect(page.getByLabel(S.FieldAbbr, { exact: true })).toHaveValue('THHB');
  await expect(page.getByLabel(S.FieldLevel, { exact: true })).toHaveValue('tieu-hoc');

  // Same widget styles as on a page with no host CSS at all.
  const onHost = await widgetStyles(page);
  await page.screenshot({ path: '../../target/screenshots/embed-demo-host.png', fullPage: true });
  await page.goto(`${SUB}/index.html`);
  await expect(page.getByRole('button', { name: S.StartButton })).toBeVisible();
  const alone = await widgetStyles(page);
  for (const key of Object.keys(alone)) {
    expect(alone[key], key).not.toBeNull();
    // Widths differ with the host's layout; everything else must be equal.
    const { width: _w1, ...a } = alone[key];
    const { width: _w2, ...b } = onHost[key];
    expect(b, `computed style of ${key}`).toEqual(a);
  }
  expect(errors).toEqual([]);
});

test('script mode: the widget adds no style to host elements', async ({ page }) => {
  await page.goto(`${SUB}/demo.html`);
  await expect(page.getByLabel(S.FieldIssuer, { exact: true })).toBeVisible();
  const host = await page.evaluate(() => {
    const cs = (sel) => {
      const c = getComputedStyle(document.querySelector(sel));
      return { bg: c.backgroundImage, indent: c.textIndent, font: c.fontFamily, transform: c.textTransform };
    };
    return {
      sheets: [...document.styleSheets].map((s) => s.href && new URL(s.href).pathname.split('/').pop()),
      button: cs('.host-button'), para: cs('.host-paragraph'),
    };
  });
  // Only the host's own stylesheet is in the document; ours is inside the shadow root.
  expect(host.sheets).toEqual(['demo-host.css']);
  expect(host.button.bg).toContain('linear-gradient');
  expect(host.button.transform).toBe('uppercase');
  expect(host.para.indent).toBe('40px');
  expect(host.para.font).toContain('Comic Sans');
});

test('two widgets with different namespaces on one page keep separate drafts', async ({ page }) => {
  await page.goto(`${SUB}/demo-two.html`);
  const issuer = page.getByLabel(S.FieldIssuer, { exact: true });
  await expect(issuer).toHaveCount(2);
  await expect(issuer.nth(0)).toHaveValue('Trường Tiểu học Hòa Bình');
  await expect(issuer.nth(1)).toHaveValue('Trường THCS Lê Lợi');
  // Start a plan in each; each saves under its own namespace.
  await page.getByRole('button', { name: S.StartButton }).nth(0).click();
  await page.getByRole('button', { name: S.StartButton }).nth(0).click();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).sort().join(' ')))
    .toMatch(/th-hoa-binh:draft:.*thcs-le-loi:draft:|thcs-le-loi:draft:.*th-hoa-binh:draft:/s);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.every((k) => k.startsWith('th-hoa-binh:') || k.startsWith('thcs-le-loi:'))).toBe(true);
});

test('bad options get a visible message and a console warning; the widget still runs', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${SUB}/index.html?level=tieuhoc&issuer=Tr%C6%B0%E1%BB%9Dng%20A`);
  await expect(page.getByLabel(S.FieldIssuer, { exact: true })).toHaveValue('Trường A');
  await expect(page.getByRole('alert')).toContainText('tieuhoc');
  expect(warnings.join('\n')).toContain('tieuhoc');
});

test('iframe mode: options from the URL, height follows the content', async ({ page }) => {
  await page.goto(`${SUB}/demo-iframe.html`);
  const frame = page.frameLocator('#kh-frame');
  await expect(frame.getByLabel(S.FieldIssuer, { exact: true })).toHaveValue('Trường THCS Lê Lợi');
  const iframe = page.locator('#kh-frame');
  // host.js sets the iframe to the widget's height: no inner scrollbar.
  await expect.poll(async () => {
    return iframe.evaluate((f) => f.contentDocument.documentElement.scrollHeight - f.clientHeight);
  }).toBeLessThanOrEqual(1);
  const before = await iframe.evaluate((f) => f.clientHeight);
  expect(before).toBeGreaterThan(300);
  // Content grows (a section with more fields): the frame follows.
  await frame.getByRole('button', { name: S.StartButton }).click();
  await expect.poll(() => iframe.evaluate((f) => f.clientHeight)).not.toBe(before);
  await expect.poll(async () => {
    return iframe.evaluate((f) => f.contentDocument.documentElement.scrollHeight - f.clientHeight);
  }).toBeLessThanOrEqual(1);
});

test('iframe mode: autosave and download work inside the frame', async ({ page }) => {
  await page.goto(`${SUB}/demo-iframe.html`);
  const frame = page.frameLocator('#kh-frame');
  await frame.getByRole('button', { name: S.StartButton }).click();
  await frame.getByLabel(S.FieldPlace, { exact: true }).fill('Lê Lợi');
  await expect(frame.getByRole('status').filter({ hasText: S.DraftSavedAt })).toBeVisible();
  // Saved under the namespace the URL gave.
  const keys = await page.locator('#kh-frame').evaluate((f) => Object.keys(f.contentWindow.localStorage));
  expect(keys.some((k) => k.startsWith('thcs-le-loi:draft:'))).toBe(true);
  const download = page.waitForEvent('download');
  await frame.getByRole('button', { name: S.ExportDocx }).click();
  expect((await download).suggestedFilename()).toMatch(/^KH-BDG-\d{4}-[a-z0-9-]+\.docx$/);
});

test('strict Content-Security-Policy: no violation, the widget works', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text()); });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${SUB}/csp.html`);
  await expect(page.getByLabel(S.FieldIssuer, { exact: true })).toHaveValue('Trường THPT Nguyễn Du');
  await page.getByRole('button', { name: S.StartButton }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecHeader })).toBeVisible();
  const inPage = await page.evaluate(() => window.__cspViolations);
  expect([...violations, ...inPage]).toEqual([]);
});
