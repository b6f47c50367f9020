// How the content script survives hostile pages and its own failures, on the production build:
// a composer removed in the middle of a check, a storm of mutations around the editor while
// typing, an internal error (kept in the extension's own log, never thrown into the page), and
// an extension reload that invalidates the running content script. Runs on the X (Draft.js) and
// Mastodon (textarea) fixtures; every test also asserts that the page saw no error.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../lib/protocol';
import { extensionPage, launch, serviceWorker, type Session } from './helpers/browser';
import { EDITOR_SELECTOR, fixtureRoutes } from './helpers/fixtures';
import { GUARDRAIL, modelText, published, wordBox } from './helpers/page';
import { ensurePolicyAnswers, overridePolicy } from './helpers/policy';
import { SITES } from './fixtures/sites';

const X = SITES.find((s) => s.id === 'x')!;
const MASTODON = SITES.find((s) => s.id === 'mastodon')!;
const RISKY = 'Sharing the confidential plan today.';
const COMPOSER_HOSTS = 'guardrail-ui[data-purpose="composer"]';

let session: Session;

beforeAll(async () => {
  session = await launch({ routes: await fixtureRoutes([X, MASTODON]) });
  await ensurePolicyAnswers(session.context);
});

afterAll(async () => {
  await session?.close();
});

/** Opens a fixture and collects everything the page itself would see as an error. */
async function open(site: typeof X): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(site.url);
  await page.waitForFunction(() => window.__ready === true);
  return { page, errors };
}

describe('composers removed mid-check', () => {
  it('leaves no overlay behind and throws nothing into the page', async () => {
    const { page, errors } = await open(MASTODON);
    await page.locator(COMPOSER_HOSTS).waitFor({ state: 'attached' });
    // Removed at several moments of a long check: before the pause ends, in its first slices, later.
    const removed = await page.evaluate(async () => {
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      let text = 'Sharing the confidential plan with the team. ';
      for (let i = 1; text.length < 30_000; i++) text += `Our volunteers handed out ${i} bottles of water at booth ${i % 97} today. `;
      let count = 0;
      for (const delay of [50, 160, 180, 220, 300, 500]) {
        const form = document.createElement('form');
        form.className = 'compose-form';
        form.innerHTML = '<textarea aria-label="Reply"></textarea>';
        document.body.append(form);
        const area = form.querySelector('textarea')!;
        area.focus();
        document.execCommand('insertText', false, text);
        await sleep(delay);
        form.remove();
        count++;
      }
      // The fixture's own composer goes too, after its draft has been underlined.
      document.querySelector<HTMLTextAreaElement>('form.compose-form textarea')!.focus();
      document.execCommand('insertText', false, text);
      return count;
    });
    expect(removed).toBe(6);
    await page.locator(GUARDRAIL.errorFinding).first().waitFor();
    await page.evaluate(() => document.querySelector('form.compose-form')!.remove());
    await expect.poll(() => page.locator(COMPOSER_HOSTS).count()).toBe(0);
    expect(await page.locator(GUARDRAIL.finding).count()).toBe(0);
    expect(await page.locator(GUARDRAIL.badge).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('mutation storm', () => {
  it('keeps the page responsive while ancestors mutate thousands of times a second, and the underline in place after', async () => {
    const { page, errors } = await open(X);
    const editor = page.locator(EDITOR_SELECTOR.draft);
    await editor.click();
    const STORM_MS = 3_000;
    await page.evaluate(
      ([sel, ms]) => {
        const el = document.querySelector(sel)!;
        const ancestors: Element[] = [];
        for (let n = el.parentElement; n && n !== document.documentElement; n = n.parentElement) ancestors.push(n);
        const storm = { mutations: 0, frames: 0, started: performance.now(), elapsed: 0 };
        (window as unknown as { __storm: typeof storm }).__storm = storm;
        const tick = () => {
          storm.elapsed = performance.now() - storm.started;
          if (storm.elapsed >= ms) return;
          for (let i = 0; i < 40; i++) {
            const a = ancestors[i % ancestors.length];
            a.setAttribute('data-storm', String(storm.mutations));
            a.classList.toggle('storming');
            const div = document.createElement('div');
            div.textContent = 'noise';
            a.append(div);
            div.remove();
            storm.mutations += 4;
          }
          setTimeout(tick, 0);
        };
        const frame = () => {
          storm.frames++;
          if (performance.now() - storm.started < ms) requestAnimationFrame(frame);
        };
        tick();
        requestAnimationFrame(frame);
      },
      [EDITOR_SELECTOR.draft, STORM_MS] as const,
    );
    await page.keyboard.type(RISKY);
    await page.waitForFunction((ms) => (window as unknown as { __storm: { elapsed: number } }).__storm.elapsed >= ms, STORM_MS);
    const storm = await page.evaluate(() => (window as unknown as { __storm: { mutations: number; frames: number; elapsed: number } }).__storm);
    const perSecond = (n: number) => Math.round((n * 1000) / storm.elapsed);
    console.log(`mutation storm: ${perSecond(storm.mutations)} mutations/s for ${Math.round(storm.elapsed)} ms; ${perSecond(storm.frames)} animation frames/s`);
    expect(perSecond(storm.mutations)).toBeGreaterThan(2_000);
    // A hang guard, far below a normal frame rate: a frozen page draws no frames at all.
    expect(perSecond(storm.frames)).toBeGreaterThan(10);
    expect(await modelText(page)).toBe(RISKY);
    const underline = page.locator(GUARDRAIL.errorFinding);
    await underline.waitFor();
    const word = (await wordBox(page, EDITOR_SELECTOR.draft, 'confidential'))!;
    await expect.poll(async () => Math.abs((await underline.boundingBox())!.x - word.x)).toBeLessThan(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('internal errors', () => {
  it('are kept in the extension’s own log, with no draft text, and never thrown into the page', async () => {
    // A snapshot that looks like one but whose pack is not (as a corrupted store could give):
    // compiling it throws inside the content script.
    const pack = { pack: 'corrupted', version: '1.0.0', rules: 'not a list' };
    const broken = { packs: [pack], revision: 'corrupted', active: true, author: 'nurse', exceptions: [] } as unknown as PolicySnapshot;
    await overridePolicy(session.context, broken);
    try {
      await expectLoggedNotThrown();
    } finally {
      await overridePolicy(session.context, null);
    }
  });
});

/** Types into a composer whose policy fails to compile, then reads the options page's error log. */
async function expectLoggedNotThrown(): Promise<void> {
  const { page, errors } = await open(X);
  await page.locator(EDITOR_SELECTOR.draft).click();
  await page.keyboard.type(RISKY);
  const badge = page.locator(GUARDRAIL.badge);
  await expect.poll(() => badge.getAttribute('data-notice')).toBe('Guardrail could not load its policy');
  expect(await page.locator(GUARDRAIL.finding).count()).toBe(0);
  // Publishing still works (fail-open).
  await page.locator(X.config.publish).click();
  expect(await published(page)).toEqual([RISKY]);
  expect(errors).toEqual([]);

  const options = await extensionPage(session.context, 'options.html#/data');
  const log = options.locator('[data-testid="error-log"]');
  await log.waitFor({ state: 'attached' });
  await log.locator('summary').click();
  await expect.poll(async () => (await log.textContent()) ?? '').toContain('content/policy');
  expect(await log.textContent()).not.toMatch(/confidential plan|sharing/i);
  await options.close();
  await page.close();
}

describe('extension update (invalidated context)', () => {
  it('the old content script takes its overlay down, and the page keeps working with no error', async () => {
    const { page, errors } = await open(MASTODON);
    await page.locator('textarea').click();
    await page.keyboard.type(RISKY);
    await page.locator(GUARDRAIL.errorFinding).waitFor();
    const worker = await serviceWorker(session.context);
    // The worker goes away while answering: its evaluation may reject.
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await expect.poll(() => page.locator(COMPOSER_HOSTS).count(), { timeout: 15_000 }).toBe(0);
    // Typing, hovering and publishing go on as if Guardrail had never been there.
    await page.locator('textarea').click();
    await page.keyboard.type(' More news soon.');
    await page.mouse.move(200, 200);
    await page.mouse.move(220, 210);
    expect(await modelText(page)).toBe(`${RISKY} More news soon.`);
    await page.locator(MASTODON.config.publish).click();
    expect(await published(page)).toEqual([`${RISKY} More news soon.`]);
    expect(await page.locator('guardrail-ui').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sent no request anywhere', () => {
    expect(session.leaks).toEqual([]);
  });
});
