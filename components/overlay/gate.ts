// The last confirmation before publishing a post that still breaks an error-level rule.
// A modal, labelled dialog; "Post anyway" is absent when the pack blocks, and asks for a
// reason (from a fixed list, never free text) when the pack requires one.
import type { GuardrailEvent } from '../../lib/protocol';
import type { Finding } from '../../lib/engine/types';
import { createHost, el } from './host';

export type GateReason = NonNullable<GuardrailEvent['reason']>;

export interface GateOptions {
  findings: Finding[];
  /** Whether "Post anyway" is offered at all. */
  allowPublish: boolean;
  requireReason: boolean;
  /** Shown instead of the findings when the checker itself failed. */
  notice?: string;
}

export type GateDecision = { action: 'edit' } | { action: 'publish'; reason?: GateReason };

const REASONS: [GateReason, string][] = [
  ['false-positive', 'Guardrail is mistaken here'],
  ['approved', 'This post was approved'],
  ['not-patient-info', 'This is not patient information'],
  ['other', 'Another reason'],
];

export function showGate(options: GateOptions): Promise<GateDecision> {
  const ui = createHost('gate');
  const scrim = el('div', 'scrim');
  const gate = el('div', 'gate');
  gate.setAttribute('role', 'alertdialog');
  gate.setAttribute('aria-modal', 'true');
  gate.setAttribute('aria-labelledby', 'gr-gate-title');
  gate.setAttribute('aria-describedby', 'gr-gate-body');
  gate.setAttribute('data-guardrail-gate', '');
  const errors = options.findings.filter((f) => f.severity === 'error');
  const title = el('h2', undefined, options.allowPublish ? 'Post this anyway?' : 'This post cannot be published');
  title.id = 'gr-gate-title';
  const body = el(
    'p',
    undefined,
    options.notice ??
      (options.allowPublish
        ? 'Your organization asks you to confirm before publishing a post that breaks these rules:'
        : 'Your organization blocks posts that break these rules. Edit the post to continue:'),
  );
  body.id = 'gr-gate-body';
  gate.append(title, body);
  if (errors.length) {
    const list = el('ul');
    const seen = new Set<string>();
    for (const f of errors) {
      if (seen.has(f.message)) continue;
      seen.add(f.message);
      list.append(el('li', undefined, f.message));
    }
    gate.append(list);
  }
  let select: HTMLSelectElement | undefined;
  if (options.allowPublish && options.requireReason) {
    const label = el('label', undefined, 'Reason for posting anyway');
    select = el('select');
    select.setAttribute('data-guardrail-reason', '');
    select.append(el('option', undefined, 'Choose a reason…'));
    select.options[0].value = '';
    for (const [value, text] of REASONS) {
      const o = el('option', undefined, text);
      o.value = value;
      select.append(o);
    }
    label.append(select);
    gate.append(label);
  }
  const actions = el('div', 'actions');
  const edit = el('button', 'primary', 'Edit the post');
  edit.type = 'button';
  edit.setAttribute('data-guardrail-action', 'edit');
  actions.append(edit);
  let publish: HTMLButtonElement | undefined;
  if (options.allowPublish) {
    publish = el('button', undefined, 'Post anyway');
    publish.type = 'button';
    publish.setAttribute('data-guardrail-action', 'publish');
    if (select) {
      publish.disabled = true;
      select.addEventListener('change', () => (publish!.disabled = !select!.value));
    }
    actions.append(publish);
  }
  gate.append(actions);
  scrim.append(gate);
  ui.root.append(scrim);
  edit.focus();

  return new Promise((resolve) => {
    const done = (d: GateDecision) => {
      ui.remove();
      resolve(d);
    };
    edit.addEventListener('click', () => done({ action: 'edit' }));
    publish?.addEventListener('click', () => done({ action: 'publish', reason: (select?.value || undefined) as GateReason | undefined }));
    gate.addEventListener('keydown', (e) => {
      // Keys typed in the dialog must not reach the page's shortcuts (Enter would publish again).
      e.stopPropagation();
      if (e.key === 'Escape') done({ action: 'edit' });
      if (e.key === 'Tab') {
        const items = [...gate.querySelectorAll<HTMLElement>('button:not([disabled]), select')];
        const i = items.indexOf(ui.root.activeElement as HTMLElement);
        const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : (i + 1) % items.length;
        e.preventDefault();
        items[next]?.focus();
      }
    });
  });
}
