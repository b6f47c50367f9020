// What Guardrail costs a page before anything is typed: the X (Draft.js) and Facebook (Lexical)
// fixtures load in Chromium without and with the production build, nothing is typed for 8 s
// after the composer appears, then the page's long tasks and its JS heap after a GC are read.
// Written to test-results/inpage-idle.json for `npm run bench`; the timings never fail a test,
// only a run that did not measure (or an extension that did not watch the composer) does.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, ROOT } from './helpers/browser';
import { EDITOR_SELECTOR, fixtureRoutes } from './helpers/fixtures';
import { GUARDRAIL } from './helpers/page';
import { ensurePolicyAnswers } from './helpers/policy';
import { SITES } from './fixtures/sites';

const IDLE_MS = 8_000;
const results: Record<string, Record<string, unknown>> = {};

afterAll(() => {
  const out = path.join(ROOT, 'test-results/inpage-idle.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`idle page (${out}):\n${JSON.stringify(results, null, 2)}`);
});

interface Idle {
  longTasks: number[];
  heapMb: number;
}

/** Loads the site, waits IDLE_MS after its composer appears, and reads long tasks and heap. */
async function idle(page: Page, url: string, editor: string): Promise<Idle> {
  // Registered before any page script, so the long tasks of loading are counted too.
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  await page.goto(url);
  await page.locator(editor).first().waitFor({ state: 'attached' });
  await page.waitForTimeout(IDLE_MS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.map(Math.round));
  return { longTasks, heapMb: Math.round((usedSize / 1048576) * 10) / 10 };
}

describe.each(['x', 'facebook'])('%s, idle for 8 s after the composer appears', (id) => {
  const site = SITES.find((s) => s.id === id)!;

  it('without and with Guardrail', async () => {
    const routes = await fixtureRoutes([site]);
    const bare = await launch({ routes, extension: false });
    let without: Idle;
    try {
      without = await idle(await bare.context.newPage(), site.url, EDITOR_SELECTOR[site.editor]);
    } finally {
      await bare.close();
    }
    const guarded = await launch({ routes });
    let withExt: Idle;
    try {
      await ensurePolicyAnswers(guarded.context);
      const page = await guarded.context.newPage();
      withExt = await idle(page, site.url, EDITOR_SELECTOR[site.editor]);
      // The measurement counts only if Guardrail was really watching: a risky word gets its underline.
      await page.locator(EDITOR_SELECTOR[site.editor]).first().click();
      await page.keyboard.type('Keep the confidential roster to yourselves.');
      await page.locator(GUARDRAIL.errorFinding).first().waitFor({ state: 'visible' });
    } finally {
      await guarded.close();
    }
    results[id] = {
      withoutExtension: { longTasks: without.longTasks.length, longTasksMs: without.longTasks.reduce((a, b) => a + b, 0), longestMs: Math.max(0, ...without.longTasks), heapMb: without.heapMb },
      withGuardrail: { longTasks: withExt.longTasks.length, longTasksMs: withExt.longTasks.reduce((a, b) => a + b, 0), longestMs: Math.max(0, ...withExt.longTasks), heapMb: withExt.heapMb },
    };
    expect(without.heapMb).toBeGreaterThan(0);
    expect(withExt.heapMb).toBeGreaterThan(0);
  });
});
