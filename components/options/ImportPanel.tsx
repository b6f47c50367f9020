// Import a pack from a file, by paste or from an https address: validate, preview what changes,
// run its examples, then install. Nothing is stored until "Install" succeeds.
import { useState } from 'react';
import { Section } from '@/components/shared/Section';
import { useAction } from '@/components/shared/useAction';
import type { Candidate, OptionsApi, OptionsState } from './api';
import { DiffView } from './DiffView';
import { ExampleResults } from './ExampleResults';
import { PackErrors } from './PackErrors';

export function ImportPanel({ api, examples }: { api: OptionsApi; examples: OptionsState['examples'] }) {
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [candidate, setCandidate] = useState<Candidate>();
  const [sourceUrl, setSourceUrl] = useState<string>();
  const [status, setStatus] = useState('');
  const { busy, error, run } = useAction();

  const check = (source: string, from?: string) =>
    run(async () => {
      setStatus('');
      setSourceUrl(from);
      setCandidate(await api.check(source));
    });

  const install = () =>
    run(async () => {
      if (!candidate?.ok) return;
      await api.install(candidate, sourceUrl);
      setStatus(`Installed ${candidate.pack.name ?? candidate.pack.pack} version ${candidate.pack.version}.`);
      setCandidate(undefined);
      setText('');
    });

  return (
    <Section title="Import a pack" testId="import-panel">
      <div className="gr-row">
        <label>
          From a file: <input type="file" accept=".yaml,.yml,.json,text/yaml,application/json" data-testid="import-file" onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run(async () => check(await api.readFile(file)));
          }} />
        </label>
      </div>
      <div className="gr-row">
        <label htmlFor="import-url">From an https address:</label>
        <input id="import-url" type="url" size={50} placeholder="https://policies.example.org/pack.yaml" value={url} data-testid="import-url" onChange={(e) => setUrl(e.target.value)} />
        <button disabled={busy || !url} data-testid="import-url-fetch" onClick={() => void run(async () => check(await api.fetchFromUrl(url), url))}>
          Fetch
        </button>
      </div>
      <label htmlFor="import-paste">Or paste it (YAML or JSON):</label>
      <textarea id="import-paste" rows={10} spellCheck={false} value={text} data-testid="import-paste" onChange={(e) => setText(e.target.value)} />
      <div className="gr-row">
        <button className="gr-primary" disabled={busy || !text.trim()} data-testid="import-check" onClick={() => void check(text)}>
          Check pack
        </button>
        {examples.map((ex) => (
          <button key={ex.id} disabled={busy} data-testid={`import-example-${ex.id}`} onClick={() => void check(ex.source)}>
            Load example: {ex.name ?? ex.id}
          </button>
        ))}
      </div>
      {error ? (
        <p className="gr-error" role="alert" data-testid="import-failure">
          {error}
        </p>
      ) : null}
      <p role="status" className="gr-ok" data-testid="import-status">
        {status}
      </p>
      {candidate && !candidate.ok ? <PackErrors errors={candidate.errors} source={candidate.source} /> : null}
      {candidate?.ok ? (
        <div data-testid="import-preview" data-pack-id={candidate.pack.pack} data-version={candidate.pack.version}>
          <h3>
            {candidate.pack.name ?? candidate.pack.pack} {candidate.pack.version}
          </h3>
          <p className="gr-muted">
            {candidate.previous ? `Replaces version ${candidate.previous.version}.` : 'A new pack.'} {(candidate.pack.rules ?? []).length} rules.
          </p>
          {candidate.diff ? <DiffView diff={candidate.diff} /> : null}
          <ExampleResults results={candidate.examples} />
          {candidate.refused ? (
            <p className="gr-error" role="alert" data-testid="import-refused">
              {candidate.refused}
            </p>
          ) : (
            <button className="gr-primary" disabled={busy} data-testid="import-install" onClick={() => void install()}>
              Install {candidate.pack.version}
            </button>
          )}
        </div>
      ) : null}
    </Section>
  );
}
