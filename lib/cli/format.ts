// Human-readable output of findings: place, severity, category, message, the words, the fixes.
import type { CheckResult, Finding } from '../engine/types';

function lineCol(text: string, offset: number): { line: number; col: number; lineStart: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1, lineStart };
}

function formatFinding(name: string, text: string, f: Finding): string {
  const { line, col, lineStart } = lineCol(text, f.start);
  const lineEnd = text.indexOf('\n', lineStart);
  const source = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const width = Math.max(1, Math.min(f.end, lineEnd < 0 ? text.length : lineEnd) - f.start);
  const out = [
    `${name}:${line}:${col}  ${f.severity.padEnd(7)} ${f.category.padEnd(20)} ${f.message}  [${f.ruleId}]`,
    `    ${source}`,
    `    ${' '.repeat(f.start - lineStart)}${'^'.repeat(width)}`,
  ];
  if (f.explanation) out.push(`    why: ${f.explanation}`);
  for (const fix of f.fixes) out.push(`    fix: ${fix.title}`);
  return out.join('\n');
}

export function formatText(name: string, text: string, result: CheckResult): string {
  const lines = result.findings.map((f) => formatFinding(name, text, f));
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  const n = result.findings.length;
  lines.push(n ? `${n} finding${n === 1 ? '' : 's'} (${count('error')} error, ${count('warning')} warning, ${count('info')} info)` : 'no findings');
  if (result.truncated) lines.push(`only the first ${result.truncated.checkedChars} of ${result.truncated.totalChars} characters were checked`);
  for (const e of result.errors ?? []) lines.push(`internal error: ${e}`);
  return lines.join('\n');
}
