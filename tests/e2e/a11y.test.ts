// Accessibility on the production build in Chromium: axe-core (WCAG 2.1 A and AA) finds no
// serious or critical violation on the popup, every section of the options page (with pack
// details, an import preview and an import error open), the reports view, the training page,
// and the in-page card and gate; and a finding goes from the editor to its fix, and a risky
// post through the gate, by keyboard alone, with visible focus and announced names.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import { extensionPage, launch, serviceWorker, type Session } from './helpers/browser';
import { openSection } from './helpers/options';
import { EDITOR_SELECTOR, fixtureRoutes } from './helpers/fixtures';
import { editorHasFocus, GUARDRAIL, modelText, published } from './helpers/page';
import { ensurePolicyAnswers } from './helpers/policy';
import { SITES } from './fixtures/sites';

const X = SITES.find((s) => s.id === 'x')!;
const FIXABLE = 'Our diabetics deserve better care.';
const FIXED = 'Our people with diabetes deserve better care.';
const RISKY = 'Sharing the confidential staffing plan for next week with everyone.';

let session: Session;

beforeAll(async () => {
  session = await launch({ routes: await fixtureRoutes([X]) });
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

/** The focused element through shadow roots: its markers, and whether its focus ring shows. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    return {
      text: el.textContent ?? '',
      fix: el.hasAttribute('data-guardrail-fix'),
      badge: el.hasAttribute('data-guardrail-badge'),
      action: el.getAttribute('data-guardrail-action'),
      ring: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

describe('axe on the extension pages', () => {
  it('the popup', async () => {
    const composer = await openX();
    const worker = await serviceWorker(session.context);
    const tabId = await worker.evaluate(async () => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome.tabs.query({});
      return Math.max(...tabs.map((t) => t.id));
    });
    const popup = await extensionPage(session.context, `popup.html?tab=${tabId}`);
    await popup.getByTestId('popup-ready').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await composer.close();
  });

  it('the options page, every section, with details, a preview and an error open', async () => {
    const options = await extensionPage(session.context, 'options.html');
    await options.getByTestId('options-ready').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    // Every section on its own (options-app.test.ts checks them after opening each by its link).
    await options.locator('[data-testid="pack-row"][data-pack-id="healthcare-core"]').getByTestId('pack-details-toggle').click();
    await options.getByTestId('import-example-riverbend').click();
    await options.getByTestId('import-preview').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await openSection(options, 'try');
    await options.getByTestId('tryit-input').fill('Mrs. Alvarez in room 412 had her bypass today.');
    await options.getByTestId('tryit-finding').first().waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await openSection(options, 'packs');
    await options.getByTestId('import-paste').fill('pack: broken\nrules:\n  - id: x\n    severity: critical\n');
    await options.getByTestId('import-check').click();
    await options.getByTestId('import-error').first().waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await openSection(options, 'reports');
    await options.getByTestId('reports-ready').waitFor();
    expect(await seriousViolations(options, '[data-testid="reports-panel"]')).toEqual([]);
    await options.close();
  });

  it('the training page, each mode and the presenter view', async () => {
    const training = await extensionPage(session.context, 'training.html');
    await training.getByTestId('training-ready').waitFor();
    for (const mode of ['practice', 'deck', 'quiz']) {
      await training.getByTestId(`mode-${mode}`).click();
      await expect.poll(() => training.getByTestId('training-ready').getAttribute('data-mode')).toBe(mode);
      expect({ mode, violations: await seriousViolations(training) }).toEqual({ mode, violations: [] });
    }
    await training.getByTestId('presenter-toggle').click();
    expect(await seriousViolations(training)).toEqual([]);
    await training.close();
  });
});

describe('in the page', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openX();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('walks a finding from the editor to its fix by keyboard alone', async () => {
    await page.locator(EDITOR_SELECTOR.draft).focus();
    await page.keyboard.type(FIXABLE);
    await page.locator('[data-guardrail-finding][data-rule="brand-voice/person-first"]').waitFor();
    // Tab leaves the editor for the page's Post button, then reaches Guardrail's badge.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ badge: true, ring: true });
    expect(await page.getByRole('button', { name: /^1 Guardrail finding/ }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.locator(GUARDRAIL.card).waitFor({ state: 'visible' });
    // The card is a dialog named by its message; the focus is on its first fix, ring visible.
    expect(await page.getByRole('dialog', { name: /person-first|people|diabet/i }).count()).toBe(1);
    expect(await focused(page)).toMatchObject({ fix: true, ring: true });
    expect(await seriousViolations(page, 'guardrail-ui')).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => modelText(page)).toBe(FIXED);
    await expect.poll(() => page.locator('[data-guardrail-finding][data-rule="brand-voice/person-first"]').count()).toBe(0);
    // Back in the editor, ready to type on.
    await expect.poll(() => editorHasFocus(page, EDITOR_SELECTOR.draft)).toBe(true);
  });

  it('the gate by keyboard: focus inside, Tab cycles, Escape returns to the editor, "Post anyway" publishes', async () => {
    await page.evaluate(() => window.__clear());
    await page.locator(EDITOR_SELECTOR.draft).focus();
    await page.keyboard.type(RISKY);
    await page.locator(GUARDRAIL.errorFinding).waitFor();
    await page.keyboard.press('Control+Enter');
    await page.locator(GUARDRAIL.gate).waitFor({ state: 'visible' });
    expect(await page.getByRole('alertdialog', { name: 'Post this anyway?' }).count()).toBe(1);
    expect(await seriousViolations(page, 'guardrail-ui[data-purpose="gate"]')).toEqual([]);
    expect(await focused(page)).toMatchObject({ action: 'edit' });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ action: 'publish', ring: true });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ action: 'edit', ring: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(GUARDRAIL.gate).count()).toBe(0);
    expect(await editorHasFocus(page, EDITOR_SELECTOR.draft)).toBe(true);
    expect(await published(page)).toEqual([]);
    await page.keyboard.press('Control+Enter');
    await page.locator(GUARDRAIL.gate).waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => published(page)).toEqual([RISKY]);
  });

  it('axe sees into Guardrail\'s shadow roots (a nameless button there is reported)', async () => {
    await page.evaluate(() => {
      const root = document.querySelector('guardrail-ui[data-purpose="composer"]')!.shadowRoot!;
      const probe = document.createElement('button');
      probe.id = 'axe-probe';
      probe.style.cssText = 'position:fixed;left:0;top:0;width:20px;height:20px;pointer-events:auto';
      root.append(probe);
    });
    const found = await seriousViolations(page, 'guardrail-ui');
    await page.evaluate(() => document.querySelector('guardrail-ui[data-purpose="composer"]')!.shadowRoot!.getElementById('axe-probe')!.remove());
    expect(found.map((v) => v.rule)).toContain('button-name');
  });

  it('sent no request anywhere', () => {
    expect(session.leaks).toEqual([]);
  });
});
