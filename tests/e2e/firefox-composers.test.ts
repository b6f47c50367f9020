// The production Firefox build in Debian's firefox-esr (puppeteer-core over WebDriver BiDi), on
// the same fixture pages as the Chromium suite: one per editor family (textarea, Draft.js,
// Lexical, ProseMirror). Same drafts as composers.test.ts, flagged by the built-in core pack.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_SELECTOR, fixtureRoutes } from './helpers/fixtures';
import { seriousViolations } from './helpers/axe';
import { launchFirefox, until, type FirefoxSession } from './helpers/firefox';
import { GUARDRAIL } from './helpers/page';
import { SITES, type SiteFixture } from './fixtures/sites';

const RISKY = 'Sharing the confidential staffing plan for next week with everyone.';
const PHI = 'Mrs. Alvarez in room 412 had her bypass today.';
const FIXABLE = 'Our diabetics deserve better care.';
const FIXED = 'Our people with diabetes deserve better care.';
const CLEAN = 'Flu shots are free at Lakeside Clinic this week.';
const FIREFOX_SITES = ['mastodon', 'x', 'facebook', 'bluesky'].map((id) => SITES.find((s) => s.id === id)!);

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox({ routes: await fixtureRoutes(FIREFOX_SITES) });
});

afterAll(async () => {
  await session?.close();
});

/** Guardrail's UI lives in open shadow roots: `>>>` pierces them. */
const deep = (selector: string) => `>>> ${selector}`;
const modelText = (page: Page) => page.evaluate(() => window.__modelText());
const published = (page: Page) => page.evaluate(() => window.__published.slice());
const count = (page: Page, selector: string) => page.$$(deep(selector)).then((all) => all.length);
const attr = (page: Page, selector: string, name: string) =>
  page.$(deep(selector)).then((h) => (h ? h.evaluate((e, n) => e.getAttribute(n), name) : null));

async function typeInto(page: Page, site: SiteFixture, text: string): Promise<void> {
  // Click the first line, as a person does: a click in a rich editor's empty padding lets Firefox
  // put the caret outside the empty paragraph, and ProseMirror then reads the typing as a second one.
  const editor = EDITOR_SELECTOR[site.editor];
  await page.click((await page.$(`${editor} > :first-child`)) ? `${editor} > :first-child` : editor);
  await page.keyboard.type(text);
  expect(await until(() => modelText(page), (t) => t === text)).toBe(text);
}

/** Empties the editor through its model and waits for the empty draft to be checked. */
async function clear(page: Page): Promise<void> {
  await page.evaluate(() => window.__clear());
  expect(await until(() => attr(page, GUARDRAIL.badge, 'data-count'), (c) => c === '0')).toBe('0');
}

async function pointAt(page: Page, handle: ElementHandle): Promise<void> {
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

const shortcut = (site: SiteFixture) => (site.config.shortcut === 'mod-enter' ? ['Control', 'Enter'] : ['Enter']);
async function pressShortcut(page: Page, site: SiteFixture): Promise<void> {
  const keys = shortcut(site);
  for (const k of keys) await page.keyboard.down(k as 'Enter');
  for (const k of keys.reverse()) await page.keyboard.up(k as 'Enter');
}

describe.each(FIREFOX_SITES)('Firefox: $id ($editor)', (site) => {
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    page = await session.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(site.url);
    if (site.open) await page.click(site.open);
    await page.waitForFunction(() => window.__ready === true);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('publishes a clean draft with no gate', async () => {
    await typeInto(page, site, CLEAN);
    expect(await until(() => attr(page, GUARDRAIL.badge, 'data-count'), (c) => c === '0')).toBe('0');
    await page.click(site.config.publish);
    // A click before the engine's answer on this text waits for its final check, then goes through.
    expect(await until(() => published(page), (p) => p.length > 0)).toEqual([CLEAN]);
    expect(await count(page, GUARDRAIL.gate)).toBe(0);
  });

  it('flags patient information (phi, error) and counts it on the badge', async () => {
    await typeInto(page, site, PHI);
    await page.waitForSelector(deep('[data-guardrail-finding][data-category="phi"][data-severity="error"]'), { visible: true });
    expect(Number(await attr(page, GUARDRAIL.badge, 'data-count'))).toBeGreaterThanOrEqual(1);
    await clear(page);
  });

  it('underlines the risky word, counts it, and opens the card on hover', async () => {
    await typeInto(page, site, RISKY);
    const underline = (await page.waitForSelector(deep(GUARDRAIL.errorFinding), { visible: true }))!;
    expect(await underline.evaluate((e) => e.getAttribute('data-rule'))).toBe('confidential/marker');
    expect(Number(await attr(page, GUARDRAIL.badge, 'data-count'))).toBeGreaterThanOrEqual(1);
    await pointAt(page, underline);
    const card = (await page.waitForSelector(deep(GUARDRAIL.card), { visible: true }))!;
    expect(await card.evaluate((e) => e.getAttribute('role'))).toBe('dialog');
    expect(await card.evaluate((e) => e.textContent)).toContain('marks material that is not for the public');
    expect(await seriousViolations(page, 'guardrail-ui')).toEqual([]);
  });

  it('stops the publish click with the gate, and "Edit the post" keeps the draft', async () => {
    await page.mouse.move(5, 5);
    await page.click(site.config.publish);
    await page.waitForSelector(deep(GUARDRAIL.gate), { visible: true });
    expect(await attr(page, GUARDRAIL.gate, 'role')).toBe('alertdialog');
    expect(await seriousViolations(page, 'guardrail-ui[data-purpose="gate"]')).toEqual([]);
    expect(await published(page)).toEqual([CLEAN]);
    await page.click(deep(GUARDRAIL.edit));
    expect(await until(() => count(page, GUARDRAIL.gate), (n) => n === 0)).toBe(0);
    expect(await modelText(page)).toBe(RISKY);
  });

  it.runIf(!!site.config.shortcut)('stops the keyboard shortcut with the gate; "Post anyway" by keyboard publishes exactly the draft', async () => {
    await pressShortcut(page, site);
    await page.waitForSelector(deep(GUARDRAIL.gate), { visible: true });
    expect(await published(page)).toEqual([CLEAN]);
    // The gate took the focus on "Edit the post"; Tab reaches "Post anyway".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await until(() => published(page), (p) => p.length === 2)).toEqual([CLEAN, RISKY]);
    expect(await count(page, GUARDRAIL.gate)).toBe(0);
  });

  it.runIf(!site.config.shortcut)('"Post anyway" publishes exactly the draft', async () => {
    await page.click(site.config.publish);
    await page.click(deep(GUARDRAIL.publish));
    expect(await until(() => published(page), (p) => p.length === 2)).toEqual([CLEAN, RISKY]);
    expect(await count(page, GUARDRAIL.gate)).toBe(0);
  });

  it("applies a fix through the editor's own model", async () => {
    if (await modelText(page)) await clear(page);
    await typeInto(page, site, FIXABLE);
    const underline = (await page.waitForSelector(deep('[data-guardrail-finding][data-rule="brand-voice/person-first"]'), { visible: true }))!;
    await pointAt(page, underline);
    await page.waitForSelector(deep(GUARDRAIL.fix), { visible: true });
    await page.click(deep(GUARDRAIL.fix));
    expect(await until(() => modelText(page), (t) => t === FIXED)).toBe(FIXED);
    expect(await until(() => count(page, '[data-guardrail-finding][data-rule="brand-voice/person-first"]'), (n) => n === 0)).toBe(0);
  });

  it('sent no request anywhere and threw nothing into the page', () => {
    expect(pageErrors).toEqual([]);
    expect(session.leaks).toEqual([]);
  });
});
