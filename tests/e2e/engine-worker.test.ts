// One engine per browser, off the page (issue #16), on the production build: the engine's
// offscreen document starts only once a composer appears, ten tabs are answered by its one
// Worker, and closing the document mid-session costs one slow check, never the draft. The times
// and the memory of the extension's process are printed and written to
// test-results/engine-worker.json; they never fail a test (budgets are `npm run bench`'s).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, serviceWorker, type Session } from './helpers/browser';
import { EDITOR_SELECTOR, fixtureRoutes } from './helpers/fixtures';
import { GUARDRAIL, modelText } from './helpers/page';
import { ensurePolicyAnswers } from './helpers/policy';
import { SITES, type SiteFixture } from './fixtures/sites';

/** Ten composers that are on the page from the start (no click to open them). */
const TEN = SITES.filter((s) => !s.open).slice(0, 10);
const X = TEN.find((s) => s.id === 'x')!;
const RISKY = 'Please keep the confidential roster to yourselves.';

let session: Session;
const results: Record<string, unknown> = {};

beforeAll(async () => {
  session = await launch({ routes: await fixtureRoutes(TEN) });
  await ensurePolicyAnswers(session.context);
});

afterAll(async () => {
  await session?.close();
  const out = path.join(ROOT, 'test-results/engine-worker.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`engine worker (${out}):\n${JSON.stringify(results, null, 2)}`);
});

/** Offscreen documents the extension has open, as the browser counts them. */
async function offscreenDocuments(): Promise<number> {
  const sw = await serviceWorker(session.context);
  return sw.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } }).chrome.runtime;
    return (await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
  });
}

/** Resident and proportional memory of the extension's renderer (service worker, offscreen document, engine Worker), in MB. */
function extensionProcessMemory(): { rssMb: number; pssMb: number } | undefined {
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmdline.includes('--extension-process') || !cmdline.includes(session.userDataDir)) continue;
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
    return { rssMb: Math.round(kb('Rss') / 102.4) / 10, pssMb: Math.round(kb('Pss') / 102.4) / 10 };
  }
  return undefined;
}

async function openComposer(site: SiteFixture): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => window.__ready === true);
  await page.locator(EDITOR_SELECTOR[site.editor]).first().click();
  return page;
}

/** Starts timing in the page: the last keydown, then the first frame showing an underline. */
function armProbe(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __latency: Promise<number> };
    const onKey = () => (w.__lastKey = performance.now());
    window.addEventListener('keydown', onKey, true);
    const count = () => [...document.querySelectorAll('guardrail-ui')].reduce((n, h) => n + (h.shadowRoot?.querySelectorAll('[data-guardrail-finding]:not([hidden])').length ?? 0), 0);
    const before = count();
    w.__latency = new Promise((resolve) => {
      const poll = () => {
        if (count() > before) {
          window.removeEventListener('keydown', onKey, true);
          resolve(performance.now() - w.__lastKey);
        } else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
  });
}

const latency = (page: Page) => page.evaluate(() => (window as unknown as { __latency: Promise<number> }).__latency);

/** Types `text` at the end of the draft and returns the time from its last key to a new underline. */
async function typeAndTime(page: Page, text: string): Promise<number> {
  await armProbe(page);
  await page.keyboard.type(text);
  return latency(page);
}

describe('one engine per browser', () => {
  const pages: Page[] = [];

  it('starts no engine before a composer appears; the first underline after the cold start arrives', async () => {
    expect(await offscreenDocuments()).toBe(0);
    const page = await openComposer(X);
    pages.push(page);
    const ms = await typeAndTime(page, RISKY);
    await page.locator(GUARDRAIL.errorFinding).first().waitFor({ state: 'visible' });
    results.coldStartFirstUnderlineMs = Math.round(ms);
    expect(await offscreenDocuments()).toBe(1);
    await page.waitForTimeout(1_000);
    results.oneTab = { extensionProcess: extensionProcessMemory() };
  });

  it('answers ten tabs with composers from one offscreen document', async () => {
    for (const site of TEN.filter((s) => s !== X)) pages.push(await openComposer(site));
    for (const page of pages.slice(1)) await page.keyboard.type(RISKY);
    for (const page of pages) await page.locator(GUARDRAIL.errorFinding).first().waitFor({ state: 'visible' });
    expect(pages).toHaveLength(10);
    expect(await offscreenDocuments()).toBe(1);
    await pages[0].waitForTimeout(1_000);
    results.tenTabs = { extensionProcess: extensionProcessMemory() };
  });

  it('a closed offscreen document is created again by the next check, and the draft is kept', async () => {
    const page = pages[0];
    const before = await modelText(page);
    const sw = await serviceWorker(session.context);
    await sw.evaluate(() => (globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void> } } }).chrome.offscreen.closeDocument());
    expect(await offscreenDocuments()).toBe(0);
    const ms = await typeAndTime(page, ' Keep it confidential.');
    expect(await modelText(page)).toBe(`${before} Keep it confidential.`);
    results.afterOffscreenClosedMs = Math.round(ms);
    expect(await offscreenDocuments()).toBe(1);
  });

  it('sent no request anywhere', () => {
    expect(session.leaks).toEqual([]);
  });
});
