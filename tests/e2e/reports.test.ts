// The reports view on the production build: after two gated posts on a fixture site (one edited,
// one posted anyway), the options page's reports show both outcomes, and the CSV export has them.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import { extensionPage, launch, SCREENSHOTS, type Session } from './helpers/browser';
import { EDITOR_SELECTOR, fixtureRoutes } from './helpers/fixtures';
import { GUARDRAIL, modelText, published } from './helpers/page';
import { ensurePolicyAnswers } from './helpers/policy';
import { SITES } from './fixtures/sites';

const MASTODON = SITES.find((s) => s.id === 'mastodon')!;
// Invented patient details: an error-level patient-privacy finding, so the gate opens.
const DRAFT = 'Mr. Castellanos in bed 14 finally went home after his heart surgery.';
const CLEAN_DRAFT = 'Flu shots are free at every clinic this week.';
const CADENCE_PACK = `pack: cadence
version: 1.0.0
detectors:
  frequency: { maxPostsPerDay: 2 }
`;

let session: Session;

beforeAll(async () => {
  session = await launch({ routes: await fixtureRoutes([MASTODON]) });
  await ensurePolicyAnswers(session.context);
});

afterAll(async () => {
  await session?.close();
});

async function gatedDraft(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(MASTODON.url);
  await page.waitForFunction(() => window.__ready === true);
  await page.locator(EDITOR_SELECTOR.textarea).click();
  await page.keyboard.type(DRAFT);
  await expect.poll(() => modelText(page)).toBe(DRAFT);
  await page.locator(`${GUARDRAIL.errorFinding}[data-category="phi"]`).first().waitFor();
  await page.locator(MASTODON.config.publish).click();
  await page.locator(GUARDRAIL.gate).waitFor();
  return page;
}

const RULES = [
  { ruleId: 'phi/identifiable-health-info', category: 'phi', severity: 'error' },
  { ruleId: 'confidential/marker', category: 'confidential', severity: 'error' },
  { ruleId: 'brand-voice/person-first', category: 'brand-voice', severity: 'warning' },
  { ruleId: 'medical-claims/cure', category: 'medical-claims', severity: 'warning' },
  { ruleId: 'core/hashtags', category: 'quality', severity: 'warning' },
] as const;
const HOSTS = ['www.linkedin.com', 'x.com', 'www.facebook.com', 'mastodon.social'];

/** A fixed pattern of publishes, gates, fixes and ignores over the past 14 days. */
function seededEvents(now: number) {
  const hour = 3_600_000;
  const packs = [{ id: 'healthcare-core', version: '1.0.0' }];
  const events: object[] = [];
  for (let d = 13; d >= 1; d--) {
    for (let k = 0; k < 1 + ((d * 7) % 4); k++) {
      const at = now - d * 24 * hour + k * hour;
      const site = HOSTS[(d + k) % HOSTS.length];
      const rule = RULES[(d * 3 + k) % RULES.length];
      const findings = [rule];
      if (rule.severity === 'error') {
        events.push({ at, site, kind: 'gate', packs, findings });
        events.push({ at, site, kind: 'gate', packs, findings, outcome: (d + k) % 3 ? 'edited' : 'posted-anyway', ...((d + k) % 3 ? {} : { reason: 'approved' }) });
      } else {
        events.push({ at, site, kind: 'fix', packs, findings });
        events.push({ at, site, kind: 'publish', packs, findings: [], outcome: 'posted-clean' });
      }
    }
  }
  return events;
}

async function outcome(options: Page, name: string): Promise<number> {
  return Number(await options.locator(`[data-testid="report-outcome"][data-outcome="${name}"]`).getAttribute('data-count'));
}

describe('reports', () => {
  it('shows an edited and a posted-anyway draft, and exports both in the CSV', async () => {
    const edited = await gatedDraft();
    await edited.locator(GUARDRAIL.edit).click();
    expect(await published(edited)).toEqual([]);
    await edited.close();

    const anyway = await gatedDraft();
    const reason = anyway.locator('[data-guardrail-reason]');
    if (await reason.count()) await reason.selectOption('approved');
    await anyway.locator(GUARDRAIL.publish).click();
    await expect.poll(() => published(anyway)).toEqual([DRAFT]);
    await anyway.close();

    const options = await extensionPage(session.context, 'options.html#/reports');
    await options.getByTestId('reports-ready').waitFor();
    // Events reach the log asynchronously: refresh until both decisions are in.
    await expect
      .poll(async () => {
        await options.getByTestId('reports-refresh').click();
        return [await outcome(options, 'edited'), await outcome(options, 'posted-anyway')];
      })
      .toEqual([1, 1]);
    expect(await options.getByTestId('reports-edited-share').textContent()).toContain('50%');
    // Without IT's reportEndpoint the organization-wide mode is off.
    expect(await options.getByTestId('reports-org').getAttribute('data-on')).toBe('false');
    expect(await options.getByTestId('reports-org-payload').count()).toBe(0);
    expect(await options.locator('[data-testid="reports-sites"] tr[data-site="mastodon.social"]').count()).toBe(1);
    expect(await options.locator('[data-testid="reports-rules"] tr[data-rule]').count()).toBeGreaterThan(0);
    // chart.js drew on its canvases.
    const drawn = await options.getByTestId('chart-gate').evaluate((c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      return data.some((v, i) => i % 4 === 3 && v > 0);
    });
    expect(drawn).toBe(true);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('reports-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^guardrail-report-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('metric,day,category,rule,site,outcome,reason,count');
    expect(lines).toContain('outcome,,,,,edited,,1');
    expect(lines).toContain('outcome,,,,,posted-anyway,,1');
    expect(lines).toContain('site-gated,,,,mastodon.social,,,2');
    expect(csv).not.toMatch(/Castellanos|bed 14|heart surgery/i);

    // The frequency guardrail's count: the policy served for the site knows today's one post.
    const snapshot = await options.evaluate(() => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ postsToday?: number }> } } }).chrome.runtime;
      return runtime.sendMessage({ type: 'policy/get', site: 'mastodon.social' });
    });
    expect(snapshot.postsToday).toBe(1);

    await options.close();
  });

  it('the frequency guardrail of a pack warns once the day\'s posts on the site reach its maximum', async () => {
    const options = await extensionPage(session.context, 'options.html');
    await options.getByTestId('options-ready').waitFor();
    await options.getByTestId('import-paste').fill(CADENCE_PACK);
    await options.getByTestId('import-check').click();
    await options.getByTestId('import-install').click();
    await options.locator('[data-testid="pack-row"][data-pack-id="cadence"]').waitFor();
    await options.close();

    const page = await session.context.newPage();
    await page.goto(MASTODON.url);
    await page.waitForFunction(() => window.__ready === true);
    await page.locator(EDITOR_SELECTOR.textarea).click();
    await page.keyboard.type(CLEAN_DRAFT);
    // One post went out on mastodon.social today (the one posted anyway above); the pack allows two.
    await expect.poll(() => page.locator(GUARDRAIL.badge).getAttribute('data-count')).toBe('0');
    await page.locator(MASTODON.config.publish).click();
    await expect.poll(() => published(page)).toEqual([CLEAN_DRAFT]);
    // The tab learns of its second post without a reload: the next draft is over the day's maximum.
    await page.locator(EDITOR_SELECTOR.textarea).fill('');
    await page.locator(EDITOR_SELECTOR.textarea).click();
    await page.keyboard.type(CLEAN_DRAFT);
    await page.locator('[data-guardrail-finding][data-rule="frequency/posts-per-day"]').waitFor();
    expect(await page.locator(GUARDRAIL.finding).count()).toBe(1);
    await page.close();
  });

  it('saves a screenshot of the reports view over two weeks of events', async () => {
    const options = await extensionPage(session.context, 'options.html#/reports');
    await options.getByTestId('reports-ready').waitFor();
    // Two weeks of invented activity, recorded the way content scripts record it (without text).
    await options.evaluate(async (events) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      for (const event of events) await runtime.sendMessage({ type: 'event/record', event });
    }, seededEvents(Date.now()));
    await expect
      .poll(async () => {
        await options.getByTestId('reports-refresh').click();
        return Number(await options.getByTestId('reports-ready').getAttribute('data-attempts'));
      })
      .toBeGreaterThan(20);
    await options.getByTestId('reports-panel').scrollIntoViewIfNeeded();
    await options.getByTestId('reports-panel').screenshot({ path: path.join(SCREENSHOTS, 'reports.png') });
    // With its charts and tables filled, the reports view has no serious accessibility violation.
    expect(await seriousViolations(options, '[data-testid="reports-panel"]')).toEqual([]);
    await options.close();
  });

  it('sent nothing to the network', () => {
    expect(session.leaks).toEqual([]);
  });
});
