// Runs axe-core in a page (Playwright or puppeteer) against WCAG 2.1 A and AA, and returns the
// violations of serious or critical impact. The script is evaluated rather than injected as a
// <script>, so the extension pages' CSP (script-src 'self') does not refuse it.
import axe from 'axe-core';

export interface Evaluator {
  evaluate(script: string): Promise<unknown>;
}

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * `include` limits the check to elements matched by a selector (their shadow trees included);
 * without it the whole document is checked. Fails when axe checked nothing there.
 */
export async function seriousViolations(page: Evaluator, include?: string): Promise<Violation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  const context = include ? JSON.stringify({ include: [include] }) : 'document';
  const options = JSON.stringify({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
  const result = (await page.evaluate(
    `window.axe.run(${context}, ${options}).then((r) => ({ checked: r.passes.length + r.violations.length + r.incomplete.length,
      violations: r.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) })) }))`,
  )) as { checked: number; violations: Violation[] };
  if (!result.checked) throw new Error(`axe found nothing to check${include ? ` in ${include}` : ''}`);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
