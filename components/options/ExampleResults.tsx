// A pack's own examples run as a self-test, with what failed and why.
import type { ExampleResult } from '@/lib/policy/examples';

export function ExampleResults({ results }: { results: ExampleResult[] }) {
  if (!results.length) return <p className="gr-muted" data-testid="selftest-results">This pack has no examples to test.</p>;
  const passed = results.filter((r) => r.passed).length;
  return (
    <div data-testid="selftest-results" data-passed={passed} data-total={results.length}>
      <p className={passed === results.length ? 'gr-ok' : 'gr-error'}>
        Self-test: {passed} of {results.length} examples pass.
      </p>
      <ul className="gr-list">
        {results.map((r) => (
          <li key={r.index} data-testid="selftest-result" data-passed={r.passed}>
            <span className={r.passed ? 'gr-ok' : 'gr-error'}>{r.passed ? 'pass' : 'FAIL'}</span> “{r.example.text}”
            {r.example.expect.length ? <span className="gr-muted"> expects {r.example.expect.join(', ')}</span> : <span className="gr-muted"> expects nothing</span>}
            {r.problems.length ? (
              <ul className="gr-list">
                {r.problems.map((p, i) => (
                  <li key={i} className="gr-error">
                    {p}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
