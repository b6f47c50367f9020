// One engine per browser, off the page (issue #16), on the production build: the engine's
// offscreen document starts only once a composer appears, ten tabs are answered by its one
// Worker, and closing the document mid-session costs one slow check, never the draft. The times
// and the memory of the extension's process are printed and written to
// test-results/engine-worker.json; they never fail a test (budgets are `npm run bench`'s).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_PACK_PATH, loadPackFile } from '../../lib/policy/files';
import { extensionPage, launch, ROOT, serviceWorker, type Session } from './helpers/browser';
import { EDITOR_SELECTOR, fixtureRoutes } from './helpers/fixtures';
import { GUARDRAIL, modelText } from './helpers/page';
import { ensurePolicyAnswers } from './helpers/policy';
import { SITES, type SiteFixture } from './fixtures/sites';

/** Ten composers that are on the page from the start (no click to open them). */
const TEN = SITES.filter((s) => !s.open).slice(0, 10);
const X = TEN.find((s) => s.id === 'x')!;
const RISKY = 'Please keep the confidential roster to yourselves.';
/** The DevTools port through which a test reaches the engine's Worker to end it. */
const DEBUG_PORT = 9339;

let session: Session;
const results: Record<string, unknown> = {};

beforeAll(async () => {
  session = await launch({ routes: await fixtureRoutes(TEN), debugPort: DEBUG_PORT });
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

/** Polls `fn` until it returns false or 5 s pass. */
async function poll(fn: () => boolean): Promise<boolean> {
  for (let i = 0; i < 50 && fn(); i++) await new Promise((r) => setTimeout(r, 100));
  return fn();
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

  it('answers an extension page over the message channel: round trip and a warm check', async () => {
    const page = await extensionPage(session.context, 'options.html');
    const packs = [loadPackFile(CORE_PACK_PATH)];
    // Each sample is one CheckRequest through the background and the offscreen document to the
    // Worker and back, as the content script sends it; a one-word draft measures the channel.
    const timings = await page.evaluate(
      async ({ packs, post }) => {
        const send = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ status: string }> } } }).chrome.runtime.sendMessage;
        const ask = (composer: string, revision: number, text: string, withPacks = false) =>
          send({ type: 'engine/check', composer, revision, text, platform: 'x', author: 'nurse', exceptions: [], policy: { revision: 'bench', ...(withPacks ? { packs } : {}) } });
        const first = await ask('bench:0', 1, 'hello', true);
        const sample = async (composer: string, text: string) => {
          const out: number[] = [];
          for (let i = 0; i < 30; i++) {
            const t = performance.now();
            const reply = await ask(composer, i + 2, `${text} ${i}`);
            if (reply.status !== 'ok') throw new Error(`engine answered ${reply.status}`);
            out.push(performance.now() - t);
          }
          return out;
        };
        return { first: first.status, word: await sample('bench:1', 'hello'), post: await sample('bench:2', post) };
      },
      { packs, post: 'Proud of our night shift team at Lakeside Clinic for pulling together during a very busy flu week.' },
    );
    await page.close();
    expect(timings.first).toBe('ok');
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
    results.roundTripMs = { median: Math.round(median(timings.word) * 10) / 10, p95: Math.round(p95(timings.word) * 10) / 10 };
    results.warmCheckRoundTripMs = { median: Math.round(median(timings.post) * 10) / 10, p95: Math.round(p95(timings.post) * 10) / 10 };
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

  it('a Worker that dies mid-session is replaced by the next check, and the draft is kept', async () => {
    const page = pages[1];
    const before = await modelText(page);
    // The Worker ends itself, as a crash would end it: its host hears nothing and replaces it.
    const devtools = await puppeteer.connect({ browserURL: `http://127.0.0.1:${DEBUG_PORT}` });
    try {
      // A fresh connection learns of the Worker's target asynchronously (and the offscreen document
      // may just have been recreated by the test before): wait for it rather than read the list once.
      const target = await devtools.waitForTarget((t) => t.url().endsWith('/engine-worker.js'), { timeout: 15_000 }).catch(() => undefined);
      expect(target).toBeDefined();
      const cdp = await target!.createCDPSession();
      await cdp.send('Runtime.evaluate', { expression: 'close()' }).catch(() => undefined);
      expect(await poll(() => devtools.targets().some((t) => t === target))).toBe(false);
    } finally {
      await devtools.disconnect();
    }
    const ms = await typeAndTime(page, ' Keep it confidential.');
    expect(await modelText(page)).toBe(`${before} Keep it confidential.`);
    results.afterWorkerEndedMs = Math.round(ms);
  });

  it('a service worker stopped for idleness is started again by the next check, which is answered', async () => {
    const page = pages[2];
    // The tab in front, as the one a user types in (a background tab's frames are throttled).
    await page.bringToFront();
    const before = await modelText(page);
    // Chrome stops an idle extension service worker after 30 s; the next message starts it again,
    // and that check waits for the background's script to run (why it holds no engine).
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const ms = await typeAndTime(page, ' Keep it confidential.');
    expect(await modelText(page)).toBe(`${before} Keep it confidential.`);
    results.afterServiceWorkerStoppedMs = Math.round(ms);
  });

  it('sent no request anywhere', () => {
    expect(session.leaks).toEqual([]);
  });
});
