// A box that checks text live with the active packs. The engine runs in this page; nothing
// typed here is stored or sent anywhere.
import { useEffect, useMemo, useState } from 'react';
import { createChecker, type Checker } from '@/lib/engine/checker';
import { PLATFORMS, type Finding, type Platform } from '@/lib/engine/types';
import type { Pack } from '@/lib/policy/schema';
import { Section } from '@/components/shared/Section';

export function TryIt({ packs, author, exceptions }: { packs: Pack[]; author: string; exceptions: string[] }) {
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>('generic');
  const checker = useMemo<Checker | string>(() => {
    try {
      return createChecker(packs);
    } catch (e) {
      return (e as Error).message;
    }
  }, [packs]);
  const [findings, setFindings] = useState<Finding[]>([]);
  useEffect(() => {
    if (typeof checker === 'string') return;
    const t = setTimeout(() => setFindings(text ? checker.check(text, { platform, author, exceptions }).findings : []), 150);
    return () => clearTimeout(t);
  }, [checker, text, platform, author, exceptions]);

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
      {typeof checker === 'string' ? <p className="gr-error">{checker}</p> : null}
      <ul className="gr-list" data-testid="tryit-findings" data-count={findings.length}>
        {findings.map((f, i) => (
          <li key={i} data-testid="tryit-finding" data-rule={f.ruleId} data-category={f.category} data-severity={f.severity}>
            <span className={f.severity === 'error' ? 'gr-error' : f.severity === 'warning' ? 'gr-warning' : 'gr-muted'}>{f.severity}</span>{' '}
            <q>{text.slice(f.start, f.end)}</q> — {f.message} <span className="gr-muted">({f.ruleId})</span>
          </li>
        ))}
      </ul>
      {text && !findings.length ? <p className="gr-ok">Nothing flagged.</p> : null}
    </Section>
  );
}
