// The in-page fallbacks of issue #5 on the production build: when the checker fails inside the
// engine, the pack's fail mode decides (open: the post goes through with a visible notice;
// closed: the gate holds it with no "Post anyway"); and when a fix does not reach the editor's
// model, the card offers the suggested text to copy instead of guessing a second time.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_PACK_PATH, loadPackFile } from '../../lib/policy/files';
import type { Pack } from '../../lib/policy/schema';
import type { PolicySnapshot } from '../../lib/protocol';
import { launch, type Session } from './helpers/browser';
import { EDITOR_SELECTOR, fixtureRoutes } from './helpers/fixtures';
import { GUARDRAIL, modelText, published } from './helpers/page';
import { ensurePolicyAnswers, overridePolicy, standInLog } from './helpers/policy';
import { SITES } from './fixtures/sites';
import { STUBBORN_EDITOR, STUBBORN_PUBLISH, STUBBORN_URL, stubbornPage } from './fixtures/stubborn';

const MASTODON = SITES.find((s) => s.id === 'mastodon')!;
const NOTICE_CHECK_FAILED = 'Guardrail could not check this post';
const NOTICE_SOME_FAILED = 'Some Guardrail checks failed on this post';
const NOTICE_NO_POLICY = 'Guardrail could not load its policy';

// "Sprocket" trips the broken rule below; nothing in these drafts is flagged by the core pack.
const TRIPS_BROKEN_RULE = 'The Sprocket fundraiser raised money for the pediatric ward library.';
const CLEAN = 'The bake sale raised money for the pediatric ward library.';

const core = loadPackFile(CORE_PACK_PATH);

/**
 * A pack whose rule compiles but throws inside the engine whenever it matches: its message is a
 * number, which the schema refuses on import but a stored pack of an older or damaged version
 * can still carry to the content script (which compiles what it is given, without re-validating).
 */
function brokenPack(failMode: Pack['failMode']): Pack {
  const rule = { id: 'e2e/broken', type: 'existence', category: 'confidential', severity: 'warning', terms: ['sprocket'], message: 42 };
  return { pack: 'e2e-broken', version: '1.0.0', extends: ['healthcare-core'], ...(failMode ? { failMode } : {}), rules: [rule] } as unknown as Pack;
}
/** A pack the content script cannot compile at all (RE2 has no lookahead; the schema-level check is skipped the same way). */
function uncompilablePack(failMode: Pack['failMode']): Pack {
  const rule = { id: 'e2e/lookahead', type: 'existence', category: 'confidential', severity: 'warning', regex: ['sprocket(?=s)'] };
  return { pack: 'e2e-uncompilable', version: '1.0.0', extends: ['healthcare-core'], ...(failMode ? { failMode } : {}), rules: [rule] } as unknown as Pack;
}
const snapshot = (packs: Pack[], revision: string): PolicySnapshot => ({ packs, revision, active: true, author: 'nurse', exceptions: [] });

let session: Session;

beforeAll(async () => {
  const routes = await fixtureRoutes([MASTODON]);
  session = await launch({ routes: (url) => (url.href === STUBBORN_URL ? { body: stubbornPage() } : routes(url)) });
  await ensurePolicyAnswers(session.context);
});

afterAll(async () => {
  await session?.close();
});

async function openMastodon(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(MASTODON.url);
  await page.waitForFunction(() => window.__ready === true);
  return page;
}

async function typeDraft(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.type(text);
  await expect.poll(() => modelText(page)).toBe(text);
}

/** Opens the composer under a policy, types the draft and waits for the badge's notice (null: none). */
async function draftUnder(policy: PolicySnapshot, draft: string, notice: string | null): Promise<Page> {
  await overridePolicy(session.context, policy);
  const page = await openMastodon();
  await typeDraft(page, EDITOR_SELECTOR.textarea, draft);
  await expect.poll(() => page.locator(GUARDRAIL.badge).getAttribute('data-notice')).toBe(notice);
  return page;
}

/** Clicks the site's publish control: the post must go through as typed, with no gate. */
async function expectPublished(page: Page, draft: string): Promise<void> {
  await page.locator(MASTODON.config.publish).click();
  await expect.poll(() => published(page)).toEqual([draft]);
  expect(await page.locator(GUARDRAIL.gate).count()).toBe(0);
}

/** After `attempt`, the gate must hold the post with the failure notice and no "Post anyway"; "Edit" keeps the draft. */
async function expectHeld(page: Page, draft: string, attempt: () => Promise<void>): Promise<void> {
  await attempt();
  const gate = page.locator(GUARDRAIL.gate);
  await gate.waitFor();
  expect(await gate.textContent()).toContain(NOTICE_CHECK_FAILED);
  expect(await page.locator(GUARDRAIL.publish).count()).toBe(0);
  await page.locator(GUARDRAIL.edit).click();
  await gate.waitFor({ state: 'detached' });
  expect(await published(page)).toEqual([]);
  expect(await modelText(page)).toBe(draft);
}

const clickPublish = (page: Page) => () => page.locator(MASTODON.config.publish).click();

describe('one rule fails inside the engine', () => {
  it('fail-open (the default): the badge says so while typing, and the post goes through', async () => {
    const page = await draftUnder(snapshot([core, brokenPack(undefined)], 'broken-open'), TRIPS_BROKEN_RULE, NOTICE_SOME_FAILED);
    expect(await page.locator(GUARDRAIL.badge).isVisible()).toBe(true);
    await expectPublished(page, TRIPS_BROKEN_RULE);
    await page.close();
  });

  it('fail-closed: the gate holds the click and the shortcut, offers no "Post anyway", and "Edit" keeps the draft', async () => {
    const page = await draftUnder(snapshot([core, brokenPack('closed')], 'broken-closed'), TRIPS_BROKEN_RULE, NOTICE_SOME_FAILED);
    await expectHeld(page, TRIPS_BROKEN_RULE, clickPublish(page));
    await expectHeld(page, TRIPS_BROKEN_RULE, () => page.locator(EDITOR_SELECTOR.textarea).press('Control+Enter'));
    const { events } = await standInLog(session.context);
    expect(events).toContainEqual(expect.objectContaining({ kind: 'gate', outcome: 'blocked', site: 'mastodon.social' }));
    expect(JSON.stringify(events)).not.toMatch(/sprocket|fundraiser/i);
    await page.close();
  });

  it('fail-closed does not hold a draft the engine checked without failing', async () => {
    const page = await draftUnder(snapshot([core, brokenPack('closed')], 'broken-closed-clean'), CLEAN, null);
    await expect.poll(() => page.locator(GUARDRAIL.badge).getAttribute('data-count')).toBe('0');
    expect(await page.locator(GUARDRAIL.badge).getAttribute('data-notice')).toBeNull();
    await expectPublished(page, CLEAN);
    await page.close();
  });
});

describe('the whole check throws', () => {
  // A damaged list of personal exceptions (not strings) fails the check itself, not one rule.
  const damaged = (packs: Pack[], revision: string): PolicySnapshot => ({ ...snapshot(packs, revision), exceptions: [42 as unknown as string] });

  it('fail-open: the badge says the post was not checked (never a ✓), and the post goes through', async () => {
    const page = await draftUnder(damaged([core], 'damaged-open'), CLEAN, NOTICE_CHECK_FAILED);
    expect(await page.locator(GUARDRAIL.badge).textContent()).not.toBe('✓');
    await expectPublished(page, CLEAN);
    await page.close();
  });

  it('fail-closed: the gate holds the post', async () => {
    const page = await draftUnder(damaged([core, brokenPack('closed')], 'damaged-closed'), CLEAN, NOTICE_CHECK_FAILED);
    await expectHeld(page, CLEAN, clickPublish(page));
    await page.close();
  });
});

describe('the policy cannot be compiled', () => {
  it('fail-open: the badge says so, and the post goes through', async () => {
    const page = await draftUnder(snapshot([core, uncompilablePack(undefined)], 'uncompilable-open'), CLEAN, NOTICE_NO_POLICY);
    await expectPublished(page, CLEAN);
    await page.close();
  });

  it('fail-closed: with no checker at all, the gate still holds the post', async () => {
    const page = await draftUnder(snapshot([core, uncompilablePack('closed')], 'uncompilable-closed'), CLEAN, NOTICE_NO_POLICY);
    await expectHeld(page, CLEAN, clickPublish(page));
    await page.close();
  });
});

describe('a fix that does not reach the editor', () => {
  const DRAFT = 'Free foot checks for our diabetics every Thursday.';

  it('offers "copy the suggested text" and leaves the draft as it was', async () => {
    await overridePolicy(session.context, null);
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(STUBBORN_URL).origin });
    const page = await session.context.newPage();
    await page.goto(STUBBORN_URL);
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
    await typeDraft(page, STUBBORN_EDITOR, DRAFT);

    const underline = page.locator(`${GUARDRAIL.finding}[data-rule="brand-voice/person-first"]`);
    await underline.waitFor();
    const box = (await underline.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const card = page.locator(GUARDRAIL.card);
    await card.waitFor({ state: 'visible' });
    await card.locator('[data-guardrail-fix="0"]').click();

    const copy = card.locator('[data-guardrail-copy]');
    await copy.waitFor();
    // One attempt only: the editor's model and its text on screen are unchanged.
    expect(await modelText(page)).toBe(DRAFT);
    expect(await page.locator(STUBBORN_EDITOR).innerText()).toBe(DRAFT);
    expect(await card.locator('[role="status"]').textContent()).toMatch(/did not accept the change/);

    await copy.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The fix's replacement words, ready to paste over the underlined ones.
    expect(copied).toMatch(/^people with diabetes$/i);

    // The draft still publishes as typed: the fallback never blocks the site.
    await page.mouse.move(5, 5);
    await page.locator(STUBBORN_PUBLISH).click();
    await expect.poll(() => published(page)).toEqual([DRAFT]);
    await page.close();
  });

  it('applies the fix directly where the editor accepts it (the same rule on an ordinary textarea)', async () => {
    await overridePolicy(session.context, null);
    const page = await openMastodon();
    await typeDraft(page, EDITOR_SELECTOR.textarea, DRAFT);
    const underline = page.locator(`${GUARDRAIL.finding}[data-rule="brand-voice/person-first"]`);
    await underline.waitFor();
    const box = (await underline.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator(GUARDRAIL.card).waitFor({ state: 'visible' });
    await page.locator(GUARDRAIL.fix).first().click();
    await expect.poll(() => modelText(page)).toMatch(/people with diabetes/i);
    expect(await page.locator('[data-guardrail-copy]').count()).toBe(0);
    await page.close();
  });

  it('sent no request anywhere', () => {
    expect(session.leaks).toEqual([]);
  });
});
