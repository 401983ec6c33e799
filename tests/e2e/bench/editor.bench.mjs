// Editor benchmark (issue 4): prints numbers, never asserts. Not part of the
// Playwright suite; run it against a release build:
//
//   trunk build --release --offline --dist /tmp/dist-bench
//   node tests/e2e/bench/editor.bench.mjs /tmp/dist-bench [--runs 5] [--keys 200]
//        [--tasks 300] [--rates 1,4] [--port 8097] [--css '<rules for experiments>']
//
// Measures, with the CPU throttled 1× and 4× (CDP Emulation.setCPUThrottlingRate):
// - navigation → interactive start screen ("Bắt đầu soạn" enabled), empty browser;
// - navigation → sections usable, reopening a stored plan of 300 tasks
//   (autosaved draft under `<ns>:draft:<id>`, see src/domain/draft.rs);
// - opening the tasks section of that plan (click → 300 rows on screen);
// - per keystroke in a task text field of that plan, over N keystrokes:
//   script time (keydown → the input event handled, the effects it queued
//   included; and keydown → the next task),
//   keydown → next frame (requestAnimationFrame), keydown → frame done, and
//   Event Timing `processingEnd - processingStart` (only entries of 16 ms or
//   more are reported by the browser: a count of 0 means every keystroke was
//   under 16 ms). Each as median and p95.
// Every printed line starts with "bench:". Budgets (issue 4): interactive
// under 1 s at 1×, script p95 per keystroke under 4 ms at 1×.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const dist = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist');
const RUNS = opt('runs', 5);
const KEYS = opt('keys', 200);
const TASKS = opt('tasks', 300);
const PORT = opt('port', 8097);
const BASE = `http://127.0.0.1:${PORT}`;
const RATES = (args.includes('--rates') ? args[args.indexOf('--rates') + 1] : '1,4').split(',').map(Number);
// Experiments: extra CSS put into the widget's shadow root before typing
// (e.g. --css '.kh-preview{display:none}' to see what the preview costs).
const EXTRA_CSS = args.includes('--css') ? args[args.indexOf('--css') + 1] : '';

const out = (line) => console.log(`bench: ${line}`);
const ms = (x) => (x == null ? 'n/a' : `${x.toFixed(2)} ms`);
function stats(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { n: 0, median: null, p95: null, max: null };
  const at = (q) => v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)];
  return { n: v.length, median: at(0.5), p95: at(0.95), max: v[v.length - 1] };
}
const fmt = (s) => `median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)} (n=${s.n})`;

// ---- static server: the same one the Playwright config uses ----
const server = spawn(process.execPath, [new URL('../serve.mjs', import.meta.url).pathname, dist, String(PORT)], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
process.on('exit', () => server.kill());
for (let i = 0; ; i += 1) {
  try {
    if ((await fetch(`${BASE}/index.html`)).ok) break;
  } catch { /* not up yet */ }
  if (i > 100) throw new Error(`server on ${BASE} did not start`);
  await sleep(100);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
out(`dist ${dist}, ${RUNS} runs, ${KEYS} keystrokes, ${TASKS} tasks, Chromium ${browser.version()}`);

// In every page: the moment (performance.now(), i.e. since navigation start)
// when the widget first becomes usable, seen from a requestAnimationFrame
// loop (so it is the frame where the user could act).
const probe = () => {
  const root = () => document.querySelector('[data-kehoach-bdg]')?.shadowRoot;
  const tick = () => {
    const r = root();
    if (r) {
      const start = r.querySelector('form.kh-start button[type="submit"]');
      if (start && !start.disabled && window.__khStart == null) window.__khStart = performance.now();
      const sections = r.querySelectorAll('nav [data-section]').length;
      if (sections === 13 && r.querySelector('main h2') && !r.querySelector('form.kh-start')
        && window.__khSections == null) window.__khSections = performance.now();
    }
    if ((window.__khStart == null || window.__khSections == null) && performance.now() < 120_000) {
      requestAnimationFrame(tick);
    }
  };
  requestAnimationFrame(tick);
};

async function newPage(rate, storage) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (storage) {
    await context.addInitScript((items) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
        sessionStorage.setItem('bench-seeded', '1');
      }
    }, storage);
  }
  await context.addInitScript(probe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page };
}

async function waitFor(page, expr, timeout = 60_000) {
  await page.waitForFunction(expr, null, { timeout, polling: 50 });
  return page.evaluate(expr);
}

// ---- a stored plan of TASKS tasks, made from the app's own starter ----
async function bigDraft() {
  const { context, page } = await newPage(1);
  await page.goto(`${BASE}/index.html`);
  await page.locator('#start-issuer').fill('Trường Tiểu học Hòa Bình');
  await page.locator('#start-abbr').fill('THHB');
  await page.locator('form.kh-start button[type="submit"]').click();
  // Autosave writes the draft and the index.
  const keys = await waitFor(page, `(() => { const k = Object.keys(localStorage);
    return k.some((x) => x.includes(':draft:')) && k.some((x) => x.endsWith(':index')) ? k : null; })()`);
  const storage = await page.evaluate((ks) => Object.fromEntries(ks.map((k) => [k, localStorage.getItem(k)])), keys);
  await context.close();
  const draftKey = Object.keys(storage).find((k) => k.includes(':draft:'));
  const envelope = JSON.parse(storage[draftKey]);
  const plan = envelope.plan;
  const words = ['Tuyên truyền', 'Tập huấn', 'Tổ chức', 'Rà soát', 'Phối hợp', 'Kiểm tra'];
  let id = plan.next_id;
  const groups = plan.task_groups;
  for (let i = 0; i < TASKS; i += 1) {
    groups[i % groups.length].items.push({
      id: id++,
      text: `${words[i % words.length]} nội dung bình đẳng giới số ${i + 1} cho cán bộ, giáo viên và học sinh.`,
      timing: `tháng ${(i % 12) + 1}/${plan.period.year ?? 2026}`,
      lead: plan.assignments[i % plan.assignments.length]?.role ?? '',
      participants: '',
      targets: [],
    });
  }
  plan.next_id = id;
  envelope.saved_at = new Date().toISOString();
  storage[draftKey] = JSON.stringify(envelope);
  return storage;
}

// In the page: per-keystroke timings, from listeners that run first.
const keyProbe = () => {
  const w = window;
  w.__keys = [];
  w.__events = [];
  const channel = new MessageChannel();
  const pending = [];
  channel.port1.onmessage = () => {
    const k = pending.shift();
    if (k) k.taskEnd = performance.now();
  };
  // Bubbling to the window, after the widget's own (delegated) input
  // handler and the microtasks it queued (Leptos effects): the keystroke's
  // script, measured without the scheduler's say on when a task runs.
  window.addEventListener('input', () => {
    const k = w.__keys[w.__keys.length - 1];
    if (k && k.inputEnd == null) k.inputEnd = performance.now();
  });
  window.addEventListener('keydown', (e) => {
    if (e.key.length !== 1) return;
    const k = { t0: performance.now(), ts: e.timeStamp };
    w.__keys.push(k);
    // Runs after the key's task (keydown, keypress, input and their
    // microtasks, where Leptos runs its effects).
    pending.push(k);
    channel.port2.postMessage(0);
    requestAnimationFrame(() => {
      k.frame = performance.now();
      // After this frame's style, layout and paint.
      setTimeout(() => { k.frameDone = performance.now(); }, 0);
    });
  }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      w.__events.push({
        name: e.name, start: e.startTime, from: e.processingStart, to: e.processingEnd,
        proc: e.processingEnd - e.processingStart,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

const results = [];
const storage = await bigDraft();
const sample = 'cap nhat noi dung ke hoach binh dang gioi nam hoc moi ';

for (const rate of RATES) {
  // 1. Empty browser → start screen usable.
  const cold = [];
  for (let r = 0; r < RUNS; r += 1) {
    const { context, page } = await newPage(rate);
    await page.goto(`${BASE}/index.html`);
    cold.push(await waitFor(page, 'window.__khStart'));
    await context.close();
  }
  const coldS = stats(cold);
  out(`cpu ${rate}x | navigation -> interactive start screen: ${fmt(coldS)}`);

  // 1b. First visit: "Bắt đầu soạn" -> the editor's first section, the
  // editor module fetched at the click (a), or while the teacher was in
  // the form (b: a field focused 1 s before, which starts the prefetch).
  for (const prefetched of [false, true]) {
    const times = [];
    for (let r = 0; r < RUNS; r += 1) {
      const { context, page } = await newPage(rate);
      await page.goto(`${BASE}/index.html`);
      await waitFor(page, 'window.__khStart');
      if (prefetched) {
        await page.evaluate(() => document.querySelector('[data-kehoach-bdg]').shadowRoot
          .querySelector('#start-issuer').focus());
        await sleep(1000);
      }
      await page.evaluate(() => {
        window.__khSections = null;
        window.__t0 = performance.now();
        document.querySelector('[data-kehoach-bdg]').shadowRoot
          .querySelector('form.kh-start button[type="submit"]').click();
      });
      times.push(await waitFor(page, 'window.__khSections && window.__khSections - window.__t0'));
      await context.close();
    }
    out(`cpu ${rate}x | first visit, start -> editor's first section (${prefetched ? 'prefetched while in the form' : 'fetched at the click'}): ${fmt(stats(times))}`);
  }

  // 2. Reopen the 300-task plan → sections usable; open the tasks section.
  const reopen = [];
  const openTasks = [];
  for (let r = 0; r < RUNS; r += 1) {
    const { context, page } = await newPage(rate, storage);
    await page.goto(`${BASE}/index.html`);
    reopen.push(await waitFor(page, 'window.__khSections'));
    await page.evaluate((want) => {
      const r = document.querySelector('[data-kehoach-bdg]').shadowRoot;
      r.querySelector('nav [data-section="tasks"]').addEventListener('click', () => {
        const t0 = performance.now();
        const tick = () => {
          if (r.querySelectorAll('textarea[id^="f-task-"][id$="-text"]').length >= want) {
            window.__openTasks = performance.now() - t0;
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }, { capture: true, once: true });
    }, TASKS);
    await page.locator('nav [data-section="tasks"]').click();
    openTasks.push(await waitFor(page, 'window.__openTasks'));
    if (r < RUNS - 1) {
      await context.close();
      continue;
    }

    // 3. Keystrokes in a task text field, in the middle of the list.
    const field = page.locator('textarea[id^="f-task-"][id$="-text"]').nth(Math.floor(TASKS / 2));
    await field.scrollIntoViewIfNeeded();
    await field.click();
    await page.keyboard.press('End');
    if (EXTRA_CSS) {
      await page.evaluate((css) => {
        const st = document.createElement('style');
        st.textContent = css;
        document.querySelector('[data-kehoach-bdg]').shadowRoot.append(st);
      }, EXTRA_CSS);
      out(`extra css: ${EXTRA_CSS}`);
    }
    await page.evaluate(keyProbe);
    let text = '';
    while (text.length < KEYS) text += sample;
    // One key at a time, each after the previous one's frame is done, so a
    // keystroke is measured alone (no queue of keys behind a slow one).
    for (const [i, ch] of [...text.slice(0, KEYS)].entries()) {
      await page.keyboard.type(ch);
      await page.waitForFunction((n) => window.__keys.length > n && window.__keys[n].frameDone != null,
        i, { polling: 'raf', timeout: 60_000 });
    }
    await sleep(500);
    const { keys, events } = await page.evaluate(() => ({ keys: window.__keys, events: window.__events }));
    const script = stats(keys.map((k) => k.inputEnd - k.t0));
    const task = stats(keys.map((k) => k.taskEnd - k.t0));
    const frame = stats(keys.map((k) => k.frame - k.t0));
    const frameDone = stats(keys.map((k) => k.frameDone - k.t0));
    // Event Timing entries of one keystroke: from its keydown to the next.
    // Their processing spans nest (input runs inside keypress), so a
    // keystroke's script time is the union of its spans, not their sum.
    const spans = new Map();
    for (const e of events) {
      if (!['keydown', 'keypress', 'beforeinput', 'input', 'keyup'].includes(e.name)) continue;
      let owner = -1;
      keys.forEach((k, i) => { if (k.ts <= e.start + 0.5) owner = i; });
      if (owner >= 0) spans.set(owner, [...(spans.get(owner) ?? []), [e.from, e.to]]);
    }
    const perKey = new Map([...spans].map(([i, list]) => {
      list.sort((a, b) => a[0] - b[0]);
      let total = 0;
      let [from, to] = list[0];
      for (const [a, b] of list.slice(1)) {
        if (a > to) { total += to - from; [from, to] = [a, b]; } else to = Math.max(to, b);
      }
      return [i, total + (to - from)];
    }));
    const et = stats([...perKey.values()]);
    out(`cpu ${rate}x | reopen ${TASKS}-task plan -> sections usable: ${fmt(stats(reopen))}`);
    out(`cpu ${rate}x | open tasks section (${TASKS} rows on screen): ${fmt(stats(openTasks))}`);
    out(`cpu ${rate}x | keystroke script (keydown -> input handled, effects included): ${fmt(script)}`);
    out(`cpu ${rate}x | keystroke task (keydown -> next task): ${fmt(task)}`);
    out(`cpu ${rate}x | keystroke keydown -> next frame (rAF): ${fmt(frame)}`);
    out(`cpu ${rate}x | keystroke keydown -> frame done: ${fmt(frameDone)}`);
    out(`cpu ${rate}x | Event Timing processing (entries >= 16 ms only): ${fmt(et)}; `
      + `${perKey.size} of ${keys.length} keystrokes had one`);
    const byType = ['keydown', 'keypress', 'beforeinput', 'input', 'keyup'].map((name) => {
      const st = stats(events.filter((e) => e.name === name).map((e) => e.proc));
      return `${name} ${st.n ? `${ms(st.median)} (n=${st.n})` : '-'}`;
    });
    out(`cpu ${rate}x | Event Timing processing by event (median): ${byType.join(', ')}`);
    results.push({ rate, cold: coldS, script, frame });
    await context.close();
  }
}

const one = results.find((r) => r.rate === 1);
if (one) {
  out(`budget interactive < 1000 ms at 1x: median ${ms(one.cold.median)} -> ${one.cold.median < 1000 ? 'within' : 'OVER'}`);
  out(`budget keystroke script p95 < 4 ms at 1x: ${ms(one.script.p95)} -> ${one.script.p95 < 4 ? 'within' : 'OVER'}`);
}
await browser.close();
server.kill();
