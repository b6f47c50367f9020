// The pack editor's CodeMirror 6 view: YAML highlighting in the page's theme colours, the pack
// validator's errors as lint markers (diagnose.ts, the CLI's messages), completion from the zod
// schema (completion.ts) and each example's pass or fail at the end of its line.
import { autocompletion, closeBrackets, completionKeymap, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter, lintKeymap } from '@codemirror/lint';
import { Compartment, EditorState, StateEffect, StateField } from '@codemirror/state';
import { Decoration, drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, WidgetType, type DecorationSet } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { completePack, type CandidateKind } from '@/lib/policy/completion';
import { diagnosePack, type PackDiagnostic } from '@/lib/policy/diagnose';

export interface ExampleMark {
  /** Offset in the document where the example starts. */
  at: number;
  passed: boolean;
  /** Why it failed, shown on hover and read by screen readers. */
  detail: string;
}

/** Replaces the examples' pass/fail marks (they are dropped at the next edit: they would be stale). */
export const setExampleMarks = StateEffect.define<ExampleMark[]>();

class ResultWidget extends WidgetType {
  constructor(readonly mark: ExampleMark) {
    super();
  }
  override eq(other: ResultWidget) {
    return other.mark.passed === this.mark.passed && other.mark.detail === this.mark.detail;
  }
  toDOM() {
    const span = document.createElement('span');
    span.className = `gr-cm-result ${this.mark.passed ? 'gr-ok' : 'gr-error'}`;
    span.dataset.testid = 'editor-example-mark';
    span.dataset.passed = String(this.mark.passed);
    span.textContent = this.mark.passed ? '✓ pass' : '✗ fail';
    span.title = this.mark.detail;
    return span;
  }
}

const exampleMarks = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const e of tr.effects) {
      if (!e.is(setExampleMarks)) continue;
      const doc = tr.state.doc;
      const widgets = e.value
        .filter((m) => m.at <= doc.length)
        .map((m) => Decoration.widget({ widget: new ResultWidget(m), side: 1 }).range(doc.lineAt(m.at).to));
      return Decoration.set(widgets, true);
    }
    return tr.docChanged ? Decoration.none : marks;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const highlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--code-key)' },
  { tag: [tags.string, tags.content, tags.attributeValue], color: 'var(--code-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--code-number)' },
  { tag: [tags.keyword, tags.typeName, tags.labelName, tags.meta], color: 'var(--code-keyword)' },
  { tag: tags.comment, color: 'var(--code-comment)', fontStyle: 'italic' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--fg)', backgroundColor: 'var(--bg)', border: '1px solid var(--line)', borderRadius: '6px', fontSize: '13px' },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', minHeight: '18rem', maxHeight: '60vh' },
  '.cm-content': { caretColor: 'var(--fg)' },
  '.cm-gutters': { backgroundColor: 'var(--panel)', color: 'var(--muted)', borderRight: '1px solid var(--line)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--accent) 8%, transparent)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'color-mix(in srgb, var(--accent) 30%, transparent)' },
  '.cm-tooltip': { backgroundColor: 'var(--panel)', color: 'var(--fg)', border: '1px solid var(--line)' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--accent-fg)' },
  '.cm-completionDetail': { color: 'inherit', opacity: '0.85' },
  '.gr-cm-result': { marginLeft: '1.5em', fontFamily: 'system-ui, sans-serif', fontWeight: '600' },
  '.gr-cm-result.gr-ok': { color: 'var(--ok)' },
  '.gr-cm-result.gr-error': { color: 'var(--error)' },
});

const DETAIL: Record<CandidateKind, string> = { field: 'field', type: 'rule type', value: 'value', list: 'list' };

function complete(ctx: CompletionContext): CompletionResult | null {
  const result = completePack(ctx.state.doc.toString(), ctx.pos);
  if (!result?.candidates.length) return null;
  // While typing, only once a word has begun (or right after "$"), so Enter at the end of a line
  // still starts a new line; Ctrl-Space offers everything.
  const begun = result.from < ctx.pos || ctx.state.sliceDoc(ctx.pos - 1, ctx.pos) === '$';
  if (!begun && !ctx.explicit) return null;
  return {
    from: result.from,
    options: result.candidates.map((c) => ({ label: c.label, apply: c.apply, detail: DETAIL[c.kind], type: c.kind === 'field' ? 'property' : 'enum' })),
    validFor: /^[\w.-]*$/,
  };
}

export interface PackEditorOptions {
  doc: string;
  onChange(): void;
  onDiagnostics(diagnostics: PackDiagnostic[]): void;
}

export interface PackSourceEditor {
  view: EditorView;
  /**
   * Puts new text in the editor (another pack opened, a version restored) with a fresh undo
   * history; `readOnly` for a pack that is shown but cannot be saved (built in, managed).
   */
  load(text: string, readOnly?: boolean): void;
}

/**
 * The editor lives in a shadow root of `host`: CodeMirror injects its styles as a <style> element
 * into a document, which the extension pages' CSP (style-src 'self') refuses, but as a
 * constructed style sheet into a shadow root, which the CSP allows. The page's colour variables
 * inherit into it.
 */
export function createPackView(host: HTMLElement, { doc, onChange, onDiagnostics }: PackEditorOptions): PackSourceEditor {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const parent = document.createElement('div');
  root.replaceChildren(parent);
  const lint = linter(
    (view) => {
      const text = view.state.doc.toString();
      const found = diagnosePack(text);
      onDiagnostics(found);
      return found.map((d) => ({ from: Math.min(d.from, text.length), to: Math.min(d.to, text.length), severity: 'error' as const, message: d.message }));
    },
    { delay: 300 },
  );
  const extensions = [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    yaml(),
    syntaxHighlighting(highlight),
    lint,
    lintGutter(),
    autocompletion({ override: [complete] }),
    exampleMarks,
    EditorState.tabSize.of(2),
    keymap.of([...completionKeymap, ...lintKeymap, ...historyKeymap, ...defaultKeymap]),
    EditorView.contentAttributes.of({ 'aria-label': 'Pack source (YAML or JSON)', 'data-testid': 'editor-content' }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) onChange();
    }),
    theme,
  ];
  const access = new Compartment();
  const state = (text: string, readOnly: boolean) =>
    EditorState.create({ doc: text, extensions: [...extensions, access.of([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)])] });
  const view = new EditorView({ parent, root, state: state(doc, false) });
  return { view, load: (text, readOnly = false) => view.setState(state(text, readOnly)) };
}
