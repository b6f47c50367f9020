// How the in-page layer follows the pack and survives the page: enforcement levels, reasons,
// pack text rendered as text, live policy changes, a missing policy (fail-open with a notice),
// pages without a composer, single-page navigation, several composers, and 300 composer
// open/close cycles without growing memory. Runs on the X (Draft.js) and Mastodon (textarea) fixtures.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack as packSchema, type Pack } from '../../lib/policy/schema';
import { CORE_PACK_PATH, loadPackFile } from '../../lib/policy/files';
import type { PolicySnapshot } from '../../lib/protocol';
import { launch, type Session } from './helpers/browser';
import { EDITOR_SELECTOR, fixtureRoutes } from './helpers/fixtures';
import { GUARDRAIL, modelText, published, wordBox } from './helpers/page';
import { ensurePolicyAnswers, overridePolicy, standInLog } from './helpers/policy';
import { SITES } from './fixtures/sites';

const X = SITES.find((s) => s.id === 'x')!;
const MASTODON = SITES.find((s) => s.id === 'mastodon')!;
const CODENAME_DRAFT = 'Big news soon about Project Heron for our nurses.';
const HOSTILE_MESSAGE = 'Codename <img src=x onerror="window.__xss=1"> found';
const NO_COMPOSER_URL = 'https://x.com/explore';

const core = loadPackFile(CORE_PACK_PATH);
function orgPack(settings: Partial<Pick<Pack, 'enforcement' | 'requireReason'>>): Pack {
  return packSchema.parse({
    pack: 'e2e-org',
    version: '1.0.0',
    extends: ['healthcare-core'],
    ...settings,
    rules: [
      {
        id: 'e2e/codename',
        category: 'confidential',
        type: 'existence',
        severity: 'error',
        terms: ['Project Heron'],
        message: HOSTILE_MESSAGE,
        explanation: '<b>Codenames</b> stay internal.',
      },
    ],
  });
}
const snapshot = (packs: Pack[], revision: string): PolicySnapshot => ({ packs, revision, active: true, author: 'nurse', exceptions: [] });

let session: Session;

beforeAll(async () => {
  const routes = await fixtureRoutes([X, MASTODON]);
  session = await launch({
    routes: (url) =>
      url.href === NO_COMPOSER_URL ? { body: '<!doctype html><link rel="icon" href="data:,"><h1>Explore</h1><p>No composer here.</p>' } : routes(url),
  });
  await ensurePolicyAnswers(session.context);
});

afterAll(async () => {
  await session?.close();
});

async function openX(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(X.url);
  await page.waitForFunction(() => window.__ready === true);
  return page;
}

async function typeDraft(page: Page, text: string): Promise<void> {
  await page.locator(EDITOR_SELECTOR.draft).click();
  await page.keyboard.type(text);
  await expect.poll(() => modelText(page)).toBe(text);
}

describe('pack enforcement', () => {
  it('"block" offers no "Post anyway", and "Edit" keeps the draft', async () => {
    await overridePolicy(session.context, snapshot([core, orgPack({ enforcement: 'block' })], 'block'));
    const page = await openX();
    await typeDraft(page, CODENAME_DRAFT);
    await page.locator('[data-guardrail-finding][data-rule="e2e/codename"]').waitFor();
    await page.locator(X.config.publish).click();
    await page.locator(GUARDRAIL.gate).waitFor();
    expect(await page.locator(GUARDRAIL.publish).count()).toBe(0);
    await page.locator(GUARDRAIL.edit).click();
    expect(await published(page)).toEqual([]);
    expect(await modelText(page)).toBe(CODENAME_DRAFT);
    await page.close();
  });

  it('"confirm" with a required reason enables "Post anyway" only after a reason is chosen', async () => {
    await overridePolicy(session.context, snapshot([core, orgPack({ enforcement: 'confirm', requireReason: true })], 'reason'));
    const page = await openX();
    await typeDraft(page, CODENAME_DRAFT);
    await page.locator('[data-guardrail-finding][data-rule="e2e/codename"]').waitFor();
    await page.locator(X.config.publish).click();
    const postAnyway = page.locator(GUARDRAIL.publish);
    expect(await postAnyway.isDisabled()).toBe(true);
    await page.locator('[data-guardrail-reason]').selectOption('approved');
    await postAnyway.click();
    await expect.poll(() => published(page)).toEqual([CODENAME_DRAFT]);
    const { events } = await standInLog(session.context);
    const gate = events.filter((e) => (e as { kind: string }).kind === 'gate');
    expect(gate).toContainEqual(expect.objectContaining({ outcome: 'posted-anyway', reason: 'approved', site: 'x.com' }));
    // Events name rules and outcomes, never the words of the draft.
    expect(JSON.stringify(events)).not.toMatch(/heron|nurses|big news/i);
    await page.close();
  });

  it('"warn" lets the post through with no gate', async () => {
    await overridePolicy(session.context, snapshot([core, orgPack({ enforcement: 'warn' })], 'warn'));
    const page = await openX();
    await typeDraft(page, CODENAME_DRAFT);
    await page.locator('[data-guardrail-finding][data-rule="e2e/codename"]').waitFor();
    await page.locator(X.config.publish).click();
    await expect.poll(() => published(page)).toEqual([CODENAME_DRAFT]);
    expect(await page.locator(GUARDRAIL.gate).count()).toBe(0);
    await page.close();
  });
});

describe('policy', () => {
  it("shows a pack's message and explanation as text, never as markup", async () => {
    await overridePolicy(session.context, snapshot([core, orgPack({})], 'hostile'));
    const page = await openX();
    await typeDraft(page, CODENAME_DRAFT);
    const underline = page.locator('[data-guardrail-finding][data-rule="e2e/codename"]');
    await underline.waitFor();
    const box = (await underline.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const card = page.locator(GUARDRAIL.card);
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain(HOSTILE_MESSAGE);
    expect(await card.textContent()).toContain('<b>Codenames</b>');
    expect(await card.locator('img, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  it('re-checks open composers when the policy changes, without a reload', async () => {
    await overridePolicy(session.context, snapshot([core], 'core-only'));
    const page = await openX();
    await typeDraft(page, CODENAME_DRAFT);
    await expect.poll(() => page.locator(GUARDRAIL.badge).getAttribute('data-count')).toBe('0');
    await overridePolicy(session.context, snapshot([core, orgPack({})], 'with-codenames'));
    await page.locator('[data-guardrail-finding][data-rule="e2e/codename"]').waitFor();
    expect(await modelText(page)).toBe(CODENAME_DRAFT);
    await page.close();
  });

  it('without a policy, says so on the badge and stays out of the way (fail-open)', async () => {
    await overridePolicy(session.context, { broken: true });
    const page = await openX();
    await typeDraft(page, 'Sharing the confidential plan today.');
    const badge = page.locator(GUARDRAIL.badge);
    await expect.poll(() => badge.getAttribute('data-notice')).toBe('Guardrail could not load its policy');
    expect(await badge.isVisible()).toBe(true);
    expect(await page.locator(GUARDRAIL.finding).count()).toBe(0);
    await page.locator(X.config.publish).click();
    expect(await published(page)).toEqual(['Sharing the confidential plan today.']);
    expect(await page.locator(GUARDRAIL.gate).count()).toBe(0);
    await page.close();
  });
});

describe('keyboard', () => {
  it('opens the card from the badge with the keyboard, and Escape returns to the editor', async () => {
    await overridePolicy(session.context, null);
    const page = await openX();
    await typeDraft(page, 'Sharing the confidential plan today.');
    await page.locator(GUARDRAIL.errorFinding).waitFor();
    await page.locator(GUARDRAIL.badge).focus();
    await page.keyboard.press('Enter');
    const card = page.locator(GUARDRAIL.card);
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GUARDRAIL-UI');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    await page.close();
  });
});

describe('geometry', () => {
  it('keeps the underline on its word when the page scrolls', async () => {
    await overridePolicy(session.context, null);
    const page = await openX();
    await page.evaluate(() => (document.body.style.minHeight = '3000px'));
    await typeDraft(page, 'Sharing the confidential plan today.');
    const underline = page.locator(GUARDRAIL.errorFinding);
    await underline.waitFor();
    const word = () => wordBox(page, EDITOR_SELECTOR.draft, 'confidential');
    const before = (await underline.boundingBox())!;
    // A small scroll, so that the word stays in view.
    await page.mouse.wheel(0, 30);
    await expect.poll(async () => (await word())!.y).toBeLessThan(before.y - 20);
    await expect.poll(async () => Math.round((await underline.boundingBox())!.y)).toBe(Math.round((await word())!.y));
    const after = (await underline.boundingBox())!;
    expect(Math.abs(after.x - (await word())!.x)).toBeLessThan(2);
    await page.close();
  });
});

describe('pages', () => {
  beforeAll(async () => {
    await overridePolicy(session.context, null);
  });

  it('does nothing on a page without a composer: no overlay, no policy request', async () => {
    const before = (await standInLog(session.context)).policyRequests;
    const page = await session.context.newPage();
    await page.goto(NO_COMPOSER_URL);
    await page.waitForTimeout(500);
    expect(await page.locator('guardrail-ui').count()).toBe(0);
    expect((await standInLog(session.context)).policyRequests).toBe(before);
    await page.close();
  });

  it('follows single-page navigation: a composer mounted later is checked, a removed one is torn down', async () => {
    const page = await session.context.newPage();
    await page.goto(MASTODON.url);
    await page.waitForFunction(() => window.__ready === true);
    await page.locator(GUARDRAIL.badge).waitFor({ state: 'attached' });
    await page.evaluate(() => {
      history.pushState({}, '', '/explore');
      document.querySelector('form.compose-form')!.remove();
    });
    await expect.poll(() => page.locator('guardrail-ui').count()).toBe(0);
    await page.evaluate(() => {
      history.pushState({}, '', '/home');
      const form = document.createElement('form');
      form.className = 'compose-form';
      form.innerHTML = '<textarea class="box" aria-label="Post"></textarea>';
      document.body.append(form);
    });
    await page.locator('form.compose-form textarea').click();
    await page.keyboard.type('Sharing the confidential plan today.');
    await page.locator(GUARDRAIL.errorFinding).waitFor();
    await page.close();
  });

  it('keeps one badge per composer and underlines each composer on its own', async () => {
    const page = await session.context.newPage();
    await page.goto(MASTODON.url);
    await page.waitForFunction(() => window.__ready === true);
    await page.evaluate(() => {
      const form = document.createElement('form');
      form.className = 'compose-form';
      form.innerHTML = '<textarea class="box" aria-label="Reply"></textarea>';
      document.body.append(form);
    });
    await expect.poll(() => page.locator(GUARDRAIL.badge).count()).toBe(2);
    await page.locator('textarea[aria-label="Reply"]').click();
    await page.keyboard.type('This stays confidential for now.');
    await page.locator(GUARDRAIL.errorFinding).waitFor();
    const counts = await page.locator(GUARDRAIL.badge).evaluateAll((els) => els.map((e) => e.getAttribute('data-count')).sort());
    expect(counts).toEqual(['0', '1']);
    await page.close();
  });

  it('checks a 200,000-character paste in slices, with a notice that only part was checked', async () => {
    const page = await session.context.newPage();
    await page.goto(MASTODON.url);
    await page.waitForFunction(() => window.__ready === true);
    await page.locator('textarea').click();
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[]; __checks: number[] };
      w.__longTasks = [];
      w.__checks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => e.name === 'guardrail:check' && w.__checks.push(e.duration))).observe({ type: 'measure' });
    });
    const started = Date.now();
    await page.evaluate(() => {
      let text = 'Sharing the confidential plan with the team. ';
      // Every sentence differs, so that nothing is served from the sentence cache.
      for (let i = 1; text.length < 200_000; i++) text += `Our volunteers handed out ${i} bottles of water at booth ${i % 97} today. `;
      document.execCommand('insertText', false, text);
    });
    expect((await modelText(page)).length).toBeGreaterThanOrEqual(200_000);
    const badge = page.locator(GUARDRAIL.badge);
    await expect.poll(() => badge.getAttribute('data-notice'), { timeout: 60_000 }).toMatch(/checked the first [\d,]+ characters only/);
    console.log(`200,000-character paste: notice after ${Date.now() - started} ms`);
    await page.locator(GUARDRAIL.errorFinding).waitFor();
    // The paste itself is one long task of the editor's; Guardrail's own share is its checks.
    const { longTasks, checks } = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[]; __checks: number[] };
      return { longTasks: w.__longTasks.map(Math.round), checks: w.__checks.map(Math.round) };
    });
    console.log(`200,000-character paste: long tasks ${JSON.stringify(longTasks)}; checks ${checks.length}, longest ${Math.max(0, ...checks)} ms`);
    expect(checks.length).toBeGreaterThan(0);
    // The page still answers (nothing left running).
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await page.close();
  });

  it('does not grow memory over 300 composer open/close cycles', async () => {
    const page = await session.context.newPage();
    await page.goto(MASTODON.url);
    await page.waitForFunction(() => window.__ready === true);
    const cdp: CDPSession = await session.context.newCDPSession(page);
    /** Opens and closes composers; returns how many of them Guardrail attached to. */
    const cycles = (n: number) =>
      page.evaluate(async (count) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const hosts = () => document.querySelectorAll('guardrail-ui').length;
        let attached = 0;
        for (let i = 0; i < count; i++) {
          const before = hosts();
          const form = document.createElement('form');
          form.className = 'compose-form';
          form.innerHTML = '<textarea aria-label="Post">Sharing the confidential plan.</textarea>';
          document.body.append(form);
          await frame();
          if (hosts() > before) attached++;
          form.remove();
          await frame();
        }
        return attached;
      }, n);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const hosts = () => page.locator('guardrail-ui').count();
    const baseHosts = await hosts();
    expect(await cycles(30)).toBe(30);
    const before = await heap();
    expect(await cycles(300)).toBe(300);
    const after = await heap();
    const growthKb = Math.round((after - before) / 1024);
    console.log(`heap after 30 warm-up cycles: ${Math.round(before / 1024)} KB; after 300 more: ${Math.round(after / 1024)} KB (${growthKb} KB)`);
    expect(await hosts()).toBe(baseHosts);
    expect(growthKb).toBeLessThan(1024);
    await page.close();
  });

  it('sent no request anywhere', () => {
    expect(session.leaks).toEqual([]);
  });
});
