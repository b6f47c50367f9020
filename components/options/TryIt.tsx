// A box that checks text live with the active packs, in the extension's engine worker (the same
// one composers use); nothing typed here is stored or sent anywhere else.
import { useEffect, useMemo, useState } from 'react';
import type { EngineClient } from '@/lib/engine-client';
import { PLATFORMS, type Finding, type Platform } from '@/lib/engine/types';
import type { Pack } from '@/lib/policy/schema';
import { Section } from '@/components/shared/Section';

const COMPOSER = 'tryit';

export function TryIt({ engine, packs, author, exceptions }: { engine: EngineClient; packs: Pack[]; author: string; exceptions: string[] }) {
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>('generic');
  // A policy revision of its own for every set of packs (the worker keeps policies by revision).
  const revision = useMemo(() => {
    const id = `tryit:${crypto.randomUUID()}`;
    engine.setPolicy(id, packs);
    return id;
  }, [engine, packs]);
  const [error, setError] = useState<string>();
  const [findings, setFindings] = useState<Finding[]>([]);
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      if (!text) return setFindings([]);
      void engine.check(COMPOSER, text, { platform, author, exceptions }).then((reply) => {
        if (!live || reply.status === 'dropped') return;
        setError(reply.status === 'ok' ? undefined : reply.status === 'unanswered' ? 'The checker did not answer.' : 'message' in reply ? reply.message : reply.status);
        setFindings(reply.status === 'ok' ? reply.findings : []);
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [engine, revision, text, platform, author, exceptions]);

  return (
    <Section title="Try it" testId="tryit">
      <p className="gr-muted">Type or paste a post to see what the active packs flag. Nothing you type here is stored.</p>
      <div className="gr-row">
        <label>
          Platform{' '}
          <select value={platform} data-testid="tryit-platform" onChange={(e) => setPlatform(e.target.value as Platform)}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>
      <textarea className="gr-prose" rows={5} value={text} data-testid="tryit-input" aria-label="Text to check" onChange={(e) => setText(e.target.value)} />
      {error ? <p className="gr-error">{error}</p> : null}
      <ul className="gr-list" data-testid="tryit-findings" data-count={findings.length}>
        {findings.map((f, i) => (
          <li key={i} data-testid="tryit-finding" data-rule={f.ruleId} data-category={f.category} data-severity={f.severity}>
            <span className={f.severity === 'error' ? 'gr-error' : f.severity === 'warning' ? 'gr-warning' : 'gr-muted'}>{f.severity}</span>{' '}
            <q>{text.slice(f.start, f.end)}</q> — {f.message} <span className="gr-muted">({f.ruleId})</span>
          </li>
        ))}
      </ul>
      {text && !findings.length ? <p className="gr-ok">Nothing flagged.</p> : null}
      {!text ? (
        <p className="gr-empty" data-testid="tryit-empty">
          Findings appear here as you type, as they would under a post on a watched site: the words flagged, the rule and its message.
        </p>
      ) : null}
    </Section>
  );
}
