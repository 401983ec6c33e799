// The widget on host pages built like real school portals (issue 17): a
// portal theme that makes every div a flex box, an article laid out in a
// table, a menu fixed to the top of the window, and iframe mode with the
// frame as tall as the widget (host.js). The host pages are in
// tests/e2e/hosts/, served at /test-hosts/. Screenshots in
// target/screenshots/embed/ (look at them).
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { strings } from './strings.mjs';
import { nav, openSection } from './story_helpers.mjs';

const S = strings('vi');
const dir = new URL('../../../target/screenshots/embed/', import.meta.url).pathname;
const NAME = 'Trường Tiểu học Hòa Bình';
const SECTIONS = ['SecHeader', 'SecTitle', 'SecBasis', 'SecPurposes', 'SecTargets', 'SecTasks',
  'SecOrganisation', 'SecFunding', 'SecReporting', 'SecClosing', 'SecRecipients', 'SecSignature', 'SecAppendices'];

test.beforeAll(() => mkdirSync(dir, { recursive: true }));

/** How far the host page scrolls sideways (0 when it fits). */
const sideways = (page) => page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);

/** Widths of the widget, of the place the host gives it, and of its first field. */
function widths(page) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-kehoach-bdg]');
    const parent = host.parentElement;
    const cs = getComputedStyle(parent);
    return {
      widget: host.getBoundingClientRect().width,
      root: host.shadowRoot.querySelector('.kh-root').getBoundingClientRect().width,
      given: parent.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight),
      field: host.shadowRoot.getElementById('start-issuer').getBoundingClientRect().width,
    };
  });
}

/** Types a Vietnamese school name key by key into the first field and reads it back. */
async function typeName(page) {
  const issuer = page.getByLabel(S.FieldIssuer, { exact: true });
  await issuer.click();
  await issuer.pressSequentially(NAME);
  await expect(issuer).toHaveValue(NAME);
}

for (const { page: hostPage, label } of [
  { page: 'flex.html', label: 'a portal theme with every div a flex box' },
  { page: 'table.html', label: 'an article laid out in a table cell' },
]) {
  test(`${label}: the widget takes the width it is given and is usable`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/test-hosts/${hostPage}`);
    await expect(page.getByLabel(S.FieldIssuer, { exact: true })).toBeVisible();
    const w = await widths(page);
    console.log(`embed-hosts ${hostPage} at 1280 px: widget ${w.widget} px (given ${w.given}), field ${w.field} px`);
    expect(w.widget).toBeGreaterThanOrEqual(320);
    // All the width its place has (a table cell grows the table to the page).
    expect(w.widget).toBeGreaterThanOrEqual(w.given - 1);
    expect(w.root).toBeGreaterThanOrEqual(w.widget - 10);
    expect(w.field).toBeGreaterThanOrEqual(300);
    if (hostPage === 'table.html') {
      const table = await page.evaluate(() => [
        document.querySelector('table').getBoundingClientRect().width, document.body.clientWidth]);
      expect(table[0]).toBeGreaterThanOrEqual(table[1] - 1);
    }
    await typeName(page);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${dir}${hostPage.replace('.html', '')}-1280.png` });
    // The editor, after the start: still as wide, still no sideways scrollbar.
    await page.getByRole('button', { name: S.StartButton }).click();
    await expect(page.getByRole('heading', { level: 2, name: S.SecHeader })).toBeFocused();
    const after = await page.evaluate(() => document.querySelector('[data-kehoach-bdg]').getBoundingClientRect().width);
    expect(after).toBeGreaterThanOrEqual(w.widget - 1);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${dir}${hostPage.replace('.html', '')}-editor-1280.png` });
  });
}

test('a portal theme with every div a flex box, on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/test-hosts/flex.html');
  await expect(page.getByLabel(S.FieldIssuer, { exact: true })).toBeVisible();
  const w = await widths(page);
  console.log(`embed-hosts flex.html at 360 px: widget ${w.widget} px (given ${w.given}), field ${w.field} px`);
  expect(w.widget).toBeGreaterThanOrEqual(320);
  await typeName(page);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${dir}flex-360.png` });
});

test('an article in a table cell, on a 360 px phone: no sideways scrollbar', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/test-hosts/table.html');
  await expect(page.getByLabel(S.FieldIssuer, { exact: true })).toBeVisible();
  const w = await widths(page);
  console.log(`embed-hosts table.html at 360 px: widget ${w.widget} px (given ${w.given}), field ${w.field} px`);
  await typeName(page);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${dir}table-360.png` });
});

/** Where the focused element of the widget is, against the host's fixed menu. */
function focusedAgainstMenu(page) {
  return page.evaluate(() => {
    const el = document.querySelector('[data-kehoach-bdg]').shadowRoot.activeElement;
    const r = el.getBoundingClientRect();
    return {
      id: el.id, top: r.top, bottom: r.bottom,
      menu: document.querySelector('.menu').getBoundingClientRect().bottom, window: window.innerHeight,
    };
  });
}

test('a fixed top menu: error links, "Tiếp" and undo bring the field below the menu', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/test-hosts/fixed-menu.html');
  await typeName(page);
  await page.getByRole('button', { name: S.StartButton }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecHeader })).toBeFocused();
  const { links, closest } = await followErrorLinks(page, page, SECTIONS, 'fixed-menu-error-link.png');
  console.log(`embed-hosts fixed-menu: ${links} error links, closest field top ${closest} px below the menu`);
  expect(links).toBeGreaterThan(5);

  // "Tiếp" at the bottom of a long section: the next heading, below the menu.
  await openSection(page, S.SecBasis);
  await page.getByRole('button', { name: S.Next, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecPurposes })).toBeFocused();
  const next = await focusedAgainstMenu(page);
  console.log(`embed-hosts fixed-menu: heading after "Tiếp" at ${next.top} px, menu bottom ${next.menu} px`);
  expect(next.top).toBeGreaterThanOrEqual(next.menu);

  // Undo of a deleted row: its field comes back with focus, below the menu.
  await openSection(page, S.SecBasis);
  const dels = page.getByRole('button', { name: new RegExp(`^${S.ListDeleteLabel}: `) });
  await dels.first().click();
  await page.evaluate(() => window.scrollTo({ top: document.scrollingElement.scrollHeight, behavior: 'instant' }));
  await page.getByRole('button', { name: S.UndoButton, exact: true }).click();
  const undone = await focusedAgainstMenu(page);
  console.log(`embed-hosts fixed-menu: field after undo at ${undone.top} px, menu bottom ${undone.menu} px`);
  expect(undone.top).toBeGreaterThanOrEqual(undone.menu);
  expect(undone.bottom).toBeLessThanOrEqual(undone.window);
});

test('data-offset-top: the field lands below the height the webmaster gives', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // The host page sets data-offset-top="120" on the mount element from its URL.
  await page.goto('/test-hosts/fixed-menu.html?offset-top=120');
  await page.getByRole('button', { name: S.StartButton }).click();
  await openSection(page, S.SecBasis);
  const summary = page.getByRole('region', { name: S.ErrorSummaryTitle });
  const href = await summary.getByRole('link').first().getAttribute('href');
  await page.evaluate(() => window.scrollTo({ top: document.scrollingElement.scrollHeight, behavior: 'instant' }));
  await summary.locator(`a[href="${href}"]`).click();
  const f = await focusedAgainstMenu(page);
  expect(f.id).toBe(href.slice(1));
  expect(f.top).toBeGreaterThanOrEqual(120);
  expect(f.bottom).toBeLessThanOrEqual(f.window);
});

/**
 * Follows every error-summary link of these sections, each time from the
 * bottom of the host page (as after filling the section; or `from` its top):
 * focus lands on the
 * field, which is below the host's menu and, unless taller than the window
 * (a whole list), inside it. `scope` is the page, or the frame in iframe mode;
 * boxes are in the host window's coordinates. A screenshot of the first field
 * brought right below the menu.
 */
async function followErrorLinks(page, scope, keys, picture, { from = 'bottom' } = {}) {
  const height = page.viewportSize().height;
  let links = 0;
  let closest = Infinity;
  for (const key of keys) {
    await openSection(scope, S[key]);
    const summary = scope.getByRole('region', { name: S.ErrorSummaryTitle });
    if (await summary.count() === 0) continue;
    const hrefs = await summary.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) {
      const where = `${S[key]}: ${href}`;
      await page.evaluate((end) => window.scrollTo({
        top: end ? document.scrollingElement.scrollHeight : 0, behavior: 'instant',
      }), from === 'bottom');
      await summary.locator(`a[href="${href}"]`).click();
      const field = scope.locator(href);
      await expect(field, where).toBeFocused();
      const box = await field.boundingBox();
      const menu = await menuBottom(page);
      expect(box.y, `${where} below the menu`).toBeGreaterThanOrEqual(menu);
      if (box.height <= height - menu - 40) {
        expect(box.y + box.height, `${where} inside the window`).toBeLessThanOrEqual(height);
      }
      if (box.y - menu < 40 && closest >= 40) await page.screenshot({ path: `${dir}${picture}` });
      closest = Math.min(closest, box.y - menu);
      links += 1;
    }
  }
  return { links, closest };
}

test('a sticky menu under a banner (it sticks once the page scrolls): fields land below it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/test-hosts/fixed-menu.html?menu=sticky');
  await page.getByRole('button', { name: S.StartButton }).click();
  await expect(page.getByRole('heading', { level: 2, name: S.SecHeader })).toBeFocused();
  // From the top of the page, the menu sits under the banner and sticks
  // only once the page scrolls to the field: the widget looks again.
  const { links, closest } = await followErrorLinks(page, page, ['SecHeader', 'SecBasis'],
    'sticky-menu-error-link.png', { from: 'top' });
  console.log(`embed-hosts sticky menu: ${links} error links, closest field top ${closest} px below the menu`);
  expect(links).toBeGreaterThan(2);
});

/** The tall-iframe host and its frame (the widget, from another origin). */
async function openTallFrame(page) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/test-hosts/tall-iframe.html');
  const frame = page.frameLocator('#kh-frame');
  await expect(frame.getByLabel(S.FieldIssuer, { exact: true })).toBeVisible();
  return frame;
}

const menuBottom = (page) => page.evaluate(() => document.querySelector('.menu').getBoundingClientRect().bottom);

/** Opens the drafts dialog from the widget's header and checks it is wholly in sight. */
async function dialogInSight(page, frame, label) {
  // Whatever scrolling the last focus move asked of the host page is done.
  await expect.poll(async () => {
    const y = await page.evaluate(() => window.scrollY);
    await page.waitForTimeout(150);
    return y === await page.evaluate(() => window.scrollY);
  }).toBe(true);
  await frame.getByRole('button', { name: S.DraftsButton, exact: true }).click();
  const dialog = frame.getByRole('dialog', { name: S.DraftsTitle });
  try {
    await expect(dialog).toBeVisible();
  } catch (e) {
    const frameBox = await page.locator('#kh-frame').boundingBox();
    console.log(`embed-hosts tall-iframe ${label}: no dialog; page at ${await page.evaluate(() => window.scrollY)}, frame at ${frameBox.y}`);
    await page.screenshot({ path: `${dir}tall-iframe-no-dialog.png` });
    throw e;
  }
  await expect(frame.getByRole('heading', { name: S.DraftsTitle })).toBeFocused();
  const menu = await menuBottom(page);
  // boundingBox is in the host window's coordinates.
  await expect.poll(async () => (await dialog.boundingBox()).y, { message: label }).toBeGreaterThanOrEqual(menu);
  const box = await dialog.boundingBox();
  const frameBox = await page.locator('#kh-frame').boundingBox();
  console.log(`embed-hosts tall-iframe ${label}: dialog y ${box.y}–${box.y + box.height} in a 900 px window `
    + `(menu bottom ${menu}), frame ${Math.round(frameBox.height)} px tall at y ${Math.round(frameBox.y)}`);
  expect(box.y + box.height, label).toBeLessThanOrEqual(900);
  return { dialog, box };
}

test('a tall iframe: the drafts dialog opens in the part of the frame in sight', async ({ page }) => {
  test.setTimeout(120_000);
  const frame = await openTallFrame(page);
  await frame.getByLabel(S.FieldIssuer, { exact: true }).fill(NAME);
  await frame.getByRole('button', { name: S.StartButton }).click();
  await expect(frame.getByRole('heading', { level: 2, name: S.SecHeader })).toBeFocused();
  const first = await dialogInSight(page, frame, 'first section');
  await page.screenshot({ path: `${dir}tall-iframe-dialog.png` });
  await followsTheScroll(page, first.dialog, 500, 'first section');
  await frame.getByRole('button', { name: S.DraftsClose, exact: true }).click();

  // A long section (tasks, with suggestions added): the frame is far taller
  // than the window, and the dialog still opens where the teacher looks.
  await openSection(frame, S.SecTargets);
  await frame.getByRole('button', { name: new RegExp(`^${S.SuggestionAdd}: `) }).first().click();
  await openSection(frame, S.SecTasks);
  for (const g of [0, 1, 2]) {
    await frame.locator('.kh-group').nth(g)
      .getByRole('button', { name: new RegExp(`^${S.SuggestionAdd}: `) }).first().click();
  }
  const tall = await page.locator('#kh-frame').evaluate((f) => f.clientHeight);
  expect(tall).toBeGreaterThan(1800);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  const long = await dialogInSight(page, frame, 'long section');
  await page.screenshot({ path: `${dir}tall-iframe-dialog-long.png` });
  await followsTheScroll(page, long.dialog, 4000, 'long section');
  await page.screenshot({ path: `${dir}tall-iframe-dialog-long-scrolled.png` });
});

/** The host page scrolls under the open dialog (the wheel over it): the dialog stays in sight. */
async function followsTheScroll(page, dialog, by, label) {
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.move(640, 880);
  await page.mouse.wheel(0, by);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + by / 2);
  await expect.poll(async () => {
    const b = await dialog.boundingBox();
    return b.y >= 56 && b.y + b.height <= 900;
  }, { message: `${label}: in sight after scrolling` }).toBe(true);
  const b = await dialog.boundingBox();
  const y = await page.evaluate(() => window.scrollY);
  console.log(`embed-hosts tall-iframe ${label}: page scrolled to ${y}, dialog y ${b.y}–${b.y + b.height}`);
}

test('a tall iframe: an error link brings its field below the host page\'s menu', async ({ page }) => {
  test.setTimeout(120_000);
  const frame = await openTallFrame(page);
  await frame.getByRole('button', { name: S.StartButton }).click();
  await expect(frame.getByRole('heading', { level: 2, name: S.SecHeader })).toBeFocused();
  const { links, closest } = await followErrorLinks(page, frame,
    ['SecHeader', 'SecBasis', 'SecTasks', 'SecSignature'], 'tall-iframe-error-link.png');
  console.log(`embed-hosts tall-iframe: ${links} error links, closest field top ${closest} px below the menu`);
  expect(links).toBeGreaterThan(2);
});
