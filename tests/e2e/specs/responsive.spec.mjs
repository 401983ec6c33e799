// Layout from phones to desktops: the editor with a filled section (tasks)
// and the final check at 360, 768 and 1280 px, screenshots under
// target/screenshots/responsive/ (look at them), and no sideways scrolling
// on a 360 px phone.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { strings } from './strings.mjs';
import { nav, openSection } from './story_helpers.mjs';

const S = strings('vi');
const dir = new URL('../../../target/screenshots/responsive/', import.meta.url).pathname;

/** How far the page scrolls sideways (0 when it fits). */
const overflow = (page) => page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);

for (const width of [360, 768, 1280]) {
  test(`the tasks editor at ${width} px`, async ({ page }) => {
    mkdirSync(dir, { recursive: true });
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/index.html');
    await page.screenshot({ path: `${dir}start-${width}.png` });
    await page.getByLabel(S.FieldIssuer, { exact: true }).fill('Trường Tiểu học Hòa Bình');
    await page.getByLabel(S.FieldAbbr, { exact: true }).fill('THHB');
    await page.getByRole('button', { name: S.StartButton }).click();
    await openSection(page, S.SecTargets);
    await page.getByRole('button', { name: new RegExp(`^${S.SuggestionAdd}: `) }).first().click();
    await openSection(page, S.SecTasks);
    for (const g of [0, 1, 2]) {
      await page.locator('.kh-group').nth(g)
        .getByRole('button', { name: new RegExp(`^${S.SuggestionAdd}: `) }).first().click();
    }
    await page.locator('.kh-group').first().locator('.kh-task-targets > summary').first().click();
    await page.getByRole('heading', { level: 2, name: S.SecTasks }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${dir}tasks-${width}.png` });
    await page.screenshot({ path: `${dir}tasks-${width}-full.png`, fullPage: true });
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    await nav(page).getByRole('button', { name: S.CheckNav }).click();
    await expect(page.getByRole('heading', { level: 2, name: S.CheckTitle })).toBeFocused();
    await page.screenshot({ path: `${dir}check-${width}.png` });
    expect(await overflow(page)).toBeLessThanOrEqual(1);
  });
}

test('no sideways scrolling on a 360 px phone, in any section', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/index.html');
  // The brief's measure, on the start screen and in every section.
  const wide = async () => page.evaluate(() => document.scrollingElement.scrollWidth);
  expect(await wide()).toBeLessThanOrEqual(361);
  await page.getByRole('button', { name: S.StartButton }).click();
  const sections = ['SecHeader', 'SecTitle', 'SecBasis', 'SecPurposes', 'SecTargets', 'SecTasks',
    'SecOrganisation', 'SecFunding', 'SecReporting', 'SecClosing', 'SecRecipients', 'SecSignature', 'SecAppendices'];
  const tooWide = {};
  for (const key of sections) {
    await openSection(page, S[key]);
    const w = await wide();
    if (w > 361) tooWide[key] = w;
  }
  expect(tooWide).toEqual({});
});
