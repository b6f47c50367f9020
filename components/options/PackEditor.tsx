// The pack editor: a pack's source in CodeMirror with errors in place and completion, its examples
// run in the engine's worker with pass/fail on each example's line, saving through the same
// checked, transactional import as the Packs section, and one-click rollback to earlier versions.
// Built-in and managed packs open read only (to learn from, or to extend); unsaved edits are
// never dropped without asking.
import { useEffect, useRef, useState } from 'react';
import { Section } from '@/components/shared/Section';
import { ErrorNote } from '@/components/shared/ErrorNote';
import { useAction } from '@/components/shared/useAction';
import type { PackDiagnostic } from '@/lib/policy/diagnose';
import { exampleOffsets } from '@/lib/policy/example-offsets';
import type { ExampleResult } from '@/lib/policy/examples';
import type { PackVersionRecord } from '@/lib/storage/schema';
import type { OptionsApi, PackView } from './api';
import { createPackView, setExampleMarks, type PackSourceEditor } from './editor/view';
import { ExampleResults } from './ExampleResults';
import { routeHref } from './route';

export const NEW_PACK = 'new';

/** A small pack that passes its own examples: a start that shows every part. */
export const TEMPLATE = `pack: my-pack
name: My pack
version: 0.1.0
extends: [healthcare-core]
rules:
  - id: my-pack/codenames
    category: confidential
    type: existence
    severity: warning
    message: Internal project names stay inside the organization.
    terms: [Project Falcon]
examples:
  - text: "Project Falcon ships next week."
    expect: [my-pack/codenames]
  - text: "Our clinic opens at eight."
    expect: []
`;

/** A new pack that builds on one that cannot be edited here (built in or managed). */
export const extendingTemplate = (base: string) => TEMPLATE.replace('extends: [healthcare-core]', `extends: [${base}]`);

const ORIGIN_NOTE = {
  builtin: 'comes with Guardrail and changes only with an update',
  managed: 'is set by your organization and changes only when IT deploys a new version',
} as const;

export function PackEditor({ api, packs, packId }: { api: OptionsApi; packs: PackView[]; packId?: string }) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<PackSourceEditor>(null);
  const [open, setOpen] = useState<string>();
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<PackDiagnostic[]>([]);
  const [results, setResults] = useState<ExampleResult[]>();
  const [status, setStatus] = useState('');
  const [versions, setVersions] = useState<PackVersionRecord[]>([]);
  // A pack asked for (by the list or a link) while the open one has unsaved edits.
  const [pending, setPending] = useState<string>();
  const { busy, error, run } = useAction();
  const editable = packs.filter((p) => p.record.origin === 'imported');
  const readable = packs.filter((p) => p.record.origin !== 'imported');
  const record = packs.find((p) => p.record.id === open)?.record;
  const readOnly = !!record && record.origin !== 'imported';

  useEffect(() => {
    const e = createPackView(host.current!, {
      doc: '',
      onChange: () => {
        setDirty(true);
        setResults(undefined);
      },
      onDiagnostics: setProblems,
    });
    editor.current = e;
    return () => e.view.destroy();
  }, []);

  const openPack = (want: string, source: string, canEdit: boolean) => {
    editor.current?.load(source, !canEdit);
    setOpen(want);
    setDirty(false);
    setPending(undefined);
    setResults(undefined);
    setStatus('');
  };

  // The link last acted on: a link is followed once, so the editor changing what is open (a new
  // pack extending another, a discard) does not send it back to the link's pack.
  const followed = useRef<string | undefined>(undefined);

  // Opens the pack the link names (#/editor/acme-health), or a new one; "#/editor" keeps what is
  // open. With unsaved edits it asks first (see `pending`) instead of replacing them.
  useEffect(() => {
    if (!editor.current || (packId !== undefined && packId === followed.current)) return;
    const want = packId ?? open ?? NEW_PACK;
    if (want === open) {
      followed.current = packId;
      return;
    }
    const found = packs.find((p) => p.record.id === want)?.record;
    const source = want === NEW_PACK ? TEMPLATE : found?.source;
    if (source === undefined) {
      setStatus(`There is no pack "${want}" to edit.`);
      return;
    }
    followed.current = packId;
    if (dirty) {
      setPending(want);
      return;
    }
    openPack(want, source, want === NEW_PACK || found?.origin === 'imported');
  }, [packId, open, packs]);

  // Closing or reloading the page with unsaved edits asks the browser's own question.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  const keepEditing = () => {
    setPending(undefined);
    location.hash = routeHref('editor', open === NEW_PACK ? undefined : open);
  };
  const discard = () => {
    if (!pending) return;
    const found = packs.find((p) => p.record.id === pending)?.record;
    openPack(pending, pending === NEW_PACK ? TEMPLATE : (found?.source ?? ''), pending === NEW_PACK || found?.origin === 'imported');
  };
  const extend = () => {
    if (!record) return;
    location.hash = routeHref('editor');
    openPack(NEW_PACK, extendingTemplate(record.id), true);
    setDirty(true);
    setStatus(`A new pack that extends ${record.id}: its rules apply, yours are added. Change the id and name, then save.`);
  };

  // A version restored (here or in another tab) shows at once, unless there are unsaved edits.
  // Keyed on what the stored pack is, not on every reload of the page's state.
  useEffect(() => {
    if (!record || !editor.current) return;
    if (!dirty && editor.current.view.state.doc.toString() !== record.source) editor.current.load(record.source);
    void api.versions(record.id).then(setVersions);
  }, [api, record?.id, record?.source, record?.updatedAt]);

  const text = () => editor.current?.view.state.doc.toString() ?? '';

  const showResults = (source: string, found: ExampleResult[]) => {
    setResults(found);
    const offsets = exampleOffsets(source);
    const marks = found.flatMap((r) => {
      const at = offsets[r.index];
      return at === undefined ? [] : [{ at, passed: r.passed, detail: r.passed ? 'passes' : r.problems.join('; ') }];
    });
    editor.current?.view.dispatch({ effects: setExampleMarks.of(marks) });
  };

  /** Checks the text as an import does; null (with why, in the status line) when it cannot go on. */
  const checked = async () => {
    const source = text();
    const candidate = await api.check(source);
    if (!candidate.ok) {
      setStatus(`Not valid: ${candidate.errors.length} problem${candidate.errors.length === 1 ? '' : 's'}, marked in the editor.`);
      return null;
    }
    return candidate;
  };

  const runExamples = () =>
    run(async () => {
      setStatus('');
      const candidate = await checked();
      if (!candidate) return;
      showResults(candidate.source, candidate.examples);
    });

  const save = () =>
    run(async () => {
      setStatus('');
      const candidate = await checked();
      if (!candidate) return;
      showResults(candidate.source, candidate.examples);
      if (candidate.refused) return setStatus(`Not saved: ${candidate.refused}`);
      const id = candidate.pack.pack;
      await api.install(candidate);
      setDirty(false);
      setOpen(id);
      if (packId !== id) history.replaceState(null, '', routeHref('editor', id));
      setStatus(`Saved ${candidate.pack.name ?? id} version ${candidate.pack.version}; composers use it now.`);
    });

  const rollback = (version: string) =>
    run(async () => {
      if (!record) return;
      setStatus('');
      await api.rollback(record.id, version);
      setDirty(false);
      setStatus(`Restored ${record.id} version ${version}; composers use it now.`);
    });

  const jump = (d: PackDiagnostic) => {
    const view = editor.current?.view;
    if (!view) return;
    view.dispatch({ selection: { anchor: Math.min(d.from, view.state.doc.length) }, scrollIntoView: true });
    view.focus();
  };

  return (
    <Section title="Pack editor" testId="pack-editor">
      <p className="gr-muted">
        Write or fix a pack. Problems are marked as you type; Ctrl+Space offers fields, rule types and values. Saving checks the pack as an import
        does and keeps the version it replaces.
      </p>
      <div className="gr-row">
        <label>
          Pack{' '}
          <select
            data-testid="editor-pack"
            value={open ?? NEW_PACK}
            disabled={busy}
            onChange={(e) => {
              location.hash = routeHref('editor', e.target.value);
            }}
          >
            <option value={NEW_PACK}>New pack</option>
            {editable.map((p) => (
              <option key={p.record.id} value={p.record.id}>
                {p.record.name ?? p.record.id} ({p.record.version})
              </option>
            ))}
            {readable.length ? (
              <optgroup label="Read only">
                {readable.map((p) => (
                  <option key={p.record.id} value={p.record.id}>
                    {p.record.name ?? p.record.id} ({p.record.version}, {p.record.origin === 'managed' ? 'managed' : 'built in'})
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </label>
        {open === NEW_PACK && !editable.length ? <span className="gr-muted">Packs you import appear in this list.</span> : null}
      </div>
      {pending ? (
        <div className="gr-row" role="alert" data-testid="editor-unsaved">
          <span>
            {open === NEW_PACK ? 'The new pack' : open} has unsaved edits. Open {pending === NEW_PACK ? 'a new pack' : pending} and lose them?
          </span>
          <button data-testid="editor-keep" className="gr-primary" onClick={keepEditing}>
            Keep editing
          </button>
          <button data-testid="editor-discard" onClick={discard}>
            Discard edits
          </button>
        </div>
      ) : null}
      {readOnly && record ? (
        <p className="gr-row" data-testid="editor-readonly">
          <span className="gr-muted">
            Read only: {record.id} {ORIGIN_NOTE[record.origin as keyof typeof ORIGIN_NOTE]}. To add to it, write a pack that extends it.
          </span>
          <button data-testid="editor-extend" onClick={extend}>
            New pack extending {record.id}
          </button>
        </p>
      ) : null}
      <div ref={host} className="gr-editor" data-testid="editor" data-open={open} data-dirty={dirty} data-readonly={readOnly} data-problems={problems.length} />
      {problems.length ? (
        <ul className="gr-list" data-testid="editor-problems" aria-label="Problems">
          {problems.map((d, i) => (
            <li key={i} data-testid="editor-problem" data-line={d.line} data-column={d.column}>
              <button className="gr-link" onClick={() => jump(d)}>
                Line {d.line}, column {d.column}
              </button>{' '}
              <span className="gr-error">{d.message}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="gr-row">
        <button disabled={busy} data-testid="editor-run" onClick={() => void runExamples()}>
          Run examples
        </button>
        <button className="gr-primary" disabled={busy || readOnly || (!dirty && open !== NEW_PACK)} data-testid="editor-save" onClick={() => void save()}>
          Save
        </button>
      </div>
      <p role="status" data-testid="editor-status">
        {status}
      </p>
      <ErrorNote error={error} />
      {results ? <ExampleResults results={results} /> : null}
      {record && !readOnly ? (
        <>
          <h3>Earlier versions</h3>
          {versions.length ? (
            <table className="gr-table" data-testid="editor-versions">
              <tbody>
                {versions.map((v) => (
                  <tr key={v.version} data-testid="editor-version" data-version={v.version}>
                    <td>{v.version}</td>
                    <td className="gr-muted">replaced {new Date(v.savedAt).toLocaleString()}</td>
                    <td>
                      <button disabled={busy} data-testid="editor-rollback" aria-label={`Restore version ${v.version}`} onClick={() => void rollback(v.version)}>
                        Restore
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="gr-empty" data-testid="editor-versions-empty">
              No earlier versions yet. Each save keeps the version it replaces here, ready to restore in one click.
            </p>
          )}
        </>
      ) : null}
    </Section>
  );
}
