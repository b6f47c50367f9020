// A pack regular expression runs in the page from the programs the background compiled (the
// content script has no re2js): a draft only an organization pack's regex catches is flagged.
// (The core pack has no regex rule since its paid-cue rule moved into the conflict-of-interest
// detector, so the test brings a small organization pack of its own.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CORE_PACK_PATH, loadPackFile } from '../../lib/policy/files';
import { pack as packSchema } from '../../lib/policy/schema';
import { launch, type Session } from './helpers/browser';
import { EDITOR_SELECTOR, fixtureRoutes } from './helpers/fixtures';
import { GUARDRAIL, modelText } from './helpers/page';
import { ensurePolicyAnswers, overridePolicy } from './helpers/policy';
import { SITES } from './fixtures/sites';

// A ticket reference in the shape only this rule's regex knows (\b, \s, \d and a class).
const REGEX_PACK = packSchema.parse({
  pack: 'e2e-regex',
  version: '1.0.0',
  extends: ['healthcare-core'],
  rules: [
    {
      id: 'e2e/ticket-ref',
      category: 'confidential',
      type: 'existence',
      severity: 'warning',
      regex: ['\\bticket\\s+[A-Z]{2}-\\d{4}\\b'],
    },
  ],
});

let session: Session;
beforeAll(async () => {
  session = await launch({ routes: await fixtureRoutes() });
  await ensurePolicyAnswers(session.context);
  await overridePolicy(session.context, { packs: [loadPackFile(CORE_PACK_PATH), REGEX_PACK], revision: 'e2e-regex', active: true, author: 'nurse', exceptions: [] });
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
  const text = 'New coffee machine in the break room, thanks to ticket QX-4821!';
  await page.locator(EDITOR_SELECTOR[site.editor]).first().click();
  await page.keyboard.type(text);
  await expect.poll(() => modelText(page)).toBe(text);
  const rules = async () => page.locator(GUARDRAIL.finding).evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
  await expect.poll(rules, { timeout: 15_000 }).toContain('e2e/ticket-ref');
  expect(errors).toEqual([]);
});
