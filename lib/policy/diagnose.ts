// Pack errors (1-based line and column, as the CLI prints them) -> character ranges an editor
// can mark. Pure: the options editor turns these into CodeMirror lint diagnostics.
import type { PackError } from './errors';
import { loadPack, type LoadOptions } from './load';

export interface PackDiagnostic {
  /** Offset of the first marked character. */
  from: number;
  /** Offset after the last marked character; greater than from unless the text is empty. */
  to: number;
  line: number;
  column: number;
  path: string;
  /** The CLI's message, path first, so the editor and `guardrail check` read the same. */
  message: string;
}

/** Offsets at which each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Marks from the error's column to the end of the token there (a word, a quoted string, or the
 * rest of the line), so the squiggle covers what is wrong rather than one character.
 */
export function toDiagnostic(text: string, error: PackError, starts = lineStarts(text)): PackDiagnostic {
  const lineIndex = Math.min(Math.max(error.line, 1), starts.length) - 1;
  const lineStart = starts[lineIndex];
  const lineEnd = lineIndex + 1 < starts.length ? starts[lineIndex + 1] - 1 : text.length;
  let from = Math.min(lineStart + Math.max(error.column, 1) - 1, lineEnd);
  const column = from - lineStart + 1;
  const rest = text.slice(from, lineEnd);
  const token = /^("(?:[^"\\]|\\.)*"?|'[^']*'?|[^\s,:\]}#]+(?::[^\s,\]}#]+)*)/.exec(rest)?.[0] ?? '';
  let to = from + (token.length || rest.trimEnd().length);
  // At the very end (an unclosed bracket), mark the last character so the marker is visible.
  if (to <= from && from < text.length) to = from + 1;
  else if (to <= from) [from, to] = [Math.max(0, text.length - 1), text.length];
  const message = `${error.path || '(file)'}: ${error.message.replace(/\s*\n\s*/g, ' ').trim()}`;
  return { from, to, line: lineIndex + 1, column, path: error.path, message };
}

export function toDiagnostics(text: string, errors: readonly PackError[]): PackDiagnostic[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = body.length === text.length ? 0 : 1;
  const starts = lineStarts(body);
  return errors.map((e) => {
    const d = toDiagnostic(body, e, starts);
    return { ...d, from: d.from + shift, to: d.to + shift };
  });
}

/** Loads the text as `guardrail check` does and returns its errors as ranges; [] when valid. */
export function diagnosePack(text: string, options: LoadOptions = {}): PackDiagnostic[] {
  const result = loadPack(text, options);
  return result.ok ? [] : toDiagnostics(text, result.errors);
}
