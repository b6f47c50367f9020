// The writer's role and their personal exceptions (terms to accept), where the organization allows.
import { useState } from 'react';
import { Section } from '@/components/shared/Section';
import { ErrorNote } from '@/components/shared/ErrorNote';
import { useAction } from '@/components/shared/useAction';
import type { OptionsApi, OptionsState } from './api';

export const ROLES = ['', 'nurse', 'physician', 'front-desk', 'allied-health', 'marketing', 'brand-team', 'communications', 'executive', 'other'] as const;

export function YouPanel({ api, state }: { api: OptionsApi; state: OptionsState }) {
  const [term, setTerm] = useState('');
  const { busy, error, run } = useAction();
  const { author, exceptions } = state.settings;
  return (
    <Section title="You" testId="you-panel">
      <label>
        Your role{' '}
        <select value={author} data-testid="author-select" disabled={busy} onChange={(e) => void run(() => api.setAuthor(e.target.value))}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r || '(not set)'}
            </option>
          ))}
        </select>
      </label>
      <p className="gr-muted">Some rules apply differently by role (for example, the brand team may speak on crisis topics).</p>
      <h3>Personal exceptions</h3>
      {!state.exceptionsAllowed ? (
        <p data-testid="exceptions-forbidden">Your organization does not allow personal exceptions.</p>
      ) : (
        <>
          <p className="gr-muted">
            Terms you accept for yourself: Guardrail stops flagging them for you.
            {state.forbiddenExceptionCategories.length
              ? ` They never apply to ${state.forbiddenExceptionCategories.join(', ')} findings (your organization's policy).`
              : ''}
          </p>
          <div className="gr-row">
            <input value={term} maxLength={100} data-testid="exception-input" aria-label="Term to accept" onChange={(e) => setTerm(e.target.value)} />
            <button
              disabled={busy || !term.trim()}
              data-testid="exception-add"
              onClick={() =>
                void run(async () => {
                  await api.addException(term);
                  setTerm('');
                })
              }
            >
              Accept term
            </button>
          </div>
        </>
      )}
      <ul className="gr-list" data-testid="exception-list">
        {exceptions.map((e) => (
          <li key={e.term} data-testid="exception-item">
            {e.term} {e.category ? <span className="gr-muted">({e.category})</span> : null}{' '}
            <button disabled={busy} onClick={() => void run(() => api.removeException(e.term))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <ErrorNote error={error} />
    </Section>
  );
}
