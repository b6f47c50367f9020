// What the engine found in the editor's text, listed beside it for the class.
import type { Finding } from '../../lib/engine/types';

const LABEL = { error: 'Must fix', warning: 'Warning', info: 'Suggestion' } as const;

export function FindingsList({ findings }: { findings: Finding[] }) {
  if (!findings.length) {
    return (
      <p className="tr-clean" data-testid="training-findings" data-count={0}>
        ✓ Nothing to flag.
      </p>
    );
  }
  return (
    <ol className="tr-findings" data-testid="training-findings" data-count={findings.length} aria-live="polite">
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${f.start}-${i}`} data-severity={f.severity} data-category={f.category}>
          <span className="tr-sev">{LABEL[f.severity]}</span> <strong>{f.message}</strong>
          <span className="tr-muted"> · {f.category}</span>
        </li>
      ))}
    </ol>
  );
}
