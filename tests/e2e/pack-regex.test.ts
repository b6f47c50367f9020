// A pack regular expression runs in the page from the programs the background compiled (the
// content script has no re2js): a draft only a core-pack regex catches is flagged.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Session } from './helpers/browser';
import { EDITOR_SELECTOR, fixtureRoutes } from './helpers/fixtures';
import { GUARDRAIL, modelText } from './helpers/page';
import { ensurePolicyAnswers } from './helpers/policy';
import { SITES } from './fixtures/sites';

let session: Session;
beforeAll(async () => {
  session = await launch({ routes: await fixtureRoutes() });
  await ensurePolicyAnswers(session.context);
});
afterAll(async () => session?.close());

it('flags a draft only a pack regex catches', async () => {
  const site = SITES[0];
  const page: Page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url);
  if (site.open) await page.click(site.open);
  await page.waitForFunction(() => window.__ready === true);
  const text = 'Loving these shoes, enter coupon ZX9Q7 at checkout!';
  await page.locator(EDITOR_SELECTOR[site.editor]).first().click();
  await page.keyboard.type(text);
  await expect.poll(() => modelText(page)).toBe(text);
  const rules = async () => page.locator(GUARDRAIL.finding).evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
  await expect.poll(rules, { timeout: 15_000 }).toContain('core/paid-without-disclosure');
  expect(errors).toEqual([]);
});
