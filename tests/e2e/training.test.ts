// The training page on the production build: a patient-information draft typed into its editor
// draws the same data-guardrail-finding markers as the same draft in a site's composer; the
// deck, the quiz, presenter mode and the trainer's keys work; nothing leaves the browser.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID, launch, SCREENSHOTS, type Session } from './helpers/browser';
import { EDITOR_SELECTOR, fixtureRoutes } from './helpers/fixtures';
import { GUARDRAIL, modelText } from './helpers/page';
import { ensurePolicyAnswers } from './helpers/policy';
import { SITES } from './fixtures/sites';

const MASTODON = SITES.find((s) => s.id === 'mastodon')!;
// Invented: a patient named with her room and her surgery.
const PHI_DRAFT = 'So happy that Mrs. Pemberton in room 508 is going home today after her knee replacement.';

let session: Session;
let training: Page;
/** What the training page's CSP refused, as the console and `securitypolicyviolation` report it. */
const refused: string[] = [];

beforeAll(async () => {
  session = await launch({ routes: await fixtureRoutes([MASTODON]) });
  await ensurePolicyAnswers(session.context);
  training = await session.context.newPage();
  training.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(`console: ${m.text()}`);
  });
  await training.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  await training.goto(`chrome-extension://${EXTENSION_ID}/training.html`);
  await training.getByTestId('training-ready').waitFor();
});

afterAll(async () => {
  await session?.close();
});

/** The drawn findings as "category rule" strings, sorted (Playwright's CSS pierces open shadow roots). */
async function markers(page: Page): Promise<string[]> {
  const all = await page.locator(GUARDRAIL.finding).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-category')} ${e.getAttribute('data-rule')}`));
  return all.sort();
}

describe('practice editor', () => {
  it('draws the same finding markers as a composer on a site', async () => {
    await training.getByTestId('training-editor').click();
    await training.keyboard.type(PHI_DRAFT);
    await training.locator(`${GUARDRAIL.finding}[data-category="phi"]`).first().waitFor();
    const onTraining = await markers(training);

    const site = await session.context.newPage();
    await site.goto(MASTODON.url);
    await site.waitForFunction(() => window.__ready === true);
    await site.locator(EDITOR_SELECTOR.textarea).click();
    await site.keyboard.type(PHI_DRAFT);
    await expect.poll(() => modelText(site)).toBe(PHI_DRAFT);
    await site.locator(`${GUARDRAIL.finding}[data-category="phi"]`).first().waitFor();
    await expect.poll(() => markers(site)).toEqual(onTraining);
    await site.close();

    expect(onTraining.some((m) => m.startsWith('phi '))).toBe(true);
    await expect.poll(() => training.getByTestId('training-findings').getAttribute('data-count')).toBe(String(onTraining.length));
  });

  it("draws a styled overlay without breaking the page's CSP", async () => {
    const piece = training.locator(`${GUARDRAIL.finding}[data-category="phi"] .piece`).first();
    await piece.waitFor();
    const look = await piece.evaluate((e) => {
      const s = getComputedStyle(e);
      return { style: s.borderBottomStyle, width: s.borderBottomWidth, color: s.borderBottomColor };
    });
    // Unstyled, a piece has no border at all; styled, an error is underlined in the error color.
    expect(look).toMatchObject({ style: 'solid', width: '2px' });
    expect(look.color).not.toBe('rgb(0, 0, 0)');
    expect(refused).toEqual([]);
  });

  it('opens the card over an underline, and a fix changes the text', async () => {
    const editor = training.getByTestId('training-editor');
    await editor.fill('');
    await editor.click();
    await training.keyboard.type('Our diabetics group meets on Tuesday.');
    const underline = training.locator(`${GUARDRAIL.finding}[data-rule="brand-voice/person-first"]`);
    await underline.waitFor();
    const box = (await underline.boundingBox())!;
    await training.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await training.locator(GUARDRAIL.card).waitFor();
    await training.locator(GUARDRAIL.fix).first().click();
    await expect.poll(() => editor.inputValue()).toBe('Our people with diabetes group meets on Tuesday.');
  });

  it('saves a screenshot of the training page with a draft under check', async () => {
    const editor = training.getByTestId('training-editor');
    await editor.fill('');
    await editor.click();
    await training.keyboard.type(`${PHI_DRAFT} Our diabetics group meets on Tuesday.`);
    const underline = training.locator(`${GUARDRAIL.finding}[data-category="phi"]`).first();
    await underline.waitFor();
    // A finding over two lines is drawn as pieces; point at the first one.
    const box = (await underline.locator('.piece').first().boundingBox())!;
    await training.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await training.locator(GUARDRAIL.card).waitFor();
    await training.screenshot({ path: path.join(SCREENSHOTS, 'training.png') });
    await training.mouse.move(5, 5);
  });
});

describe('scenario deck and quiz', () => {
  it('walks the deck with the keyboard: reveal with R, next with the arrow, shown under check', async () => {
    await training.locator('body').click({ position: { x: 5, y: 5 } });
    await training.keyboard.press('2');
    const panel = training.getByTestId('training-scenario');
    await panel.waitFor();
    const first = await panel.getAttribute('data-scenario');
    expect(await training.getByTestId('training-position').textContent()).toMatch(/^1 \/ (\d+)$/);
    const total = Number((await training.getByTestId('training-position').textContent())!.split('/')[1]);
    expect(total).toBeGreaterThanOrEqual(40);
    expect(await training.getByTestId('training-lesson').count()).toBe(0);
    await training.keyboard.press('r');
    await training.getByTestId('training-lesson').waitFor();
    await training.keyboard.press('ArrowRight');
    await expect.poll(() => panel.getAttribute('data-scenario')).not.toBe(first);
    expect(await training.getByTestId('training-lesson').count()).toBe(0);
    // The card's text is in the editor, under check.
    expect((await training.getByTestId('training-editor').inputValue()).length).toBeGreaterThan(10);
    await training.keyboard.press('ArrowLeft');
    await expect.poll(() => panel.getAttribute('data-scenario')).toBe(first);
  });

  it('quizzes: the answer is scored and explained, underlines only after the answer', async () => {
    await training.keyboard.press('3');
    await expect.poll(() => training.getByTestId('training-ready').getAttribute('data-mode')).toBe('quiz');
    // Go to a built-in card that must be flagged (patient privacy, the first of the built-in deck).
    const panel = training.getByTestId('training-scenario');
    for (let i = 0; i < 200 && (await panel.getAttribute('data-scenario')) !== 'phi-room-number'; i++) await training.keyboard.press('ArrowRight');
    expect(await panel.getAttribute('data-scenario')).toBe('phi-room-number');
    expect(await training.locator(GUARDRAIL.finding).count()).toBe(0);
    await training.keyboard.press('n');
    await training.getByTestId('quiz-verdict').waitFor();
    expect(await training.getByTestId('quiz-verdict').getAttribute('data-correct')).toBe('true');
    expect(await training.getByTestId('quiz-score').getAttribute('data-right')).toBe('1');
    await training.locator(`${GUARDRAIL.finding}[data-category="phi"]`).first().waitFor();
    // Space goes on to the next card; a wrong answer scores nothing.
    await training.keyboard.press(' ');
    await expect.poll(() => panel.getAttribute('data-scenario')).not.toBe('phi-room-number');
    const next = await panel.getAttribute('data-scenario');
    expect(next).toBe('phi-small-town');
    await training.keyboard.press('y');
    expect(await training.getByTestId('quiz-verdict').getAttribute('data-correct')).toBe('false');
    expect(await training.getByTestId('quiz-score').getAttribute('data-answered')).toBe('2');
    expect(await training.getByTestId('quiz-score').getAttribute('data-right')).toBe('1');
  });

  it('presenter mode switches with P and shows no pack or settings details', async () => {
    await training.keyboard.press('p');
    await expect.poll(() => training.getByTestId('training-ready').getAttribute('data-presenter')).toBe('true');
    expect(await training.getByText(/Checked on this device with/).count()).toBe(0);
    const size = await training.getByTestId('training-editor').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(30);
    await training.screenshot({ path: path.join(SCREENSHOTS, 'training-presenter.png') });
    await training.keyboard.press('p');
    await expect.poll(() => training.getByTestId('training-ready').getAttribute('data-presenter')).toBe('false');
  });

  it('sent nothing to the network, and the CSP refused nothing', () => {
    expect(session.leaks).toEqual([]);
    expect(refused).toEqual([]);
  });
});
