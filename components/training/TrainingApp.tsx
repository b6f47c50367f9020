// The training page: a live practice editor, the scenario deck and the "would you post this?"
// quiz, with presenter mode and keyboard control for the trainer. Nothing typed is stored or
// recorded; the extension's engine worker checks it, on the packs the background serves to composers.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding, Platform } from '../../lib/engine/types';
import type { PolicySnapshot } from '../../lib/protocol';
import type { TrainingApi } from './api';
import { buildDeck, verdictOf, type Verdict } from './deck';
import { FindingsList } from './FindingsList';
import { LiveEditor } from './LiveEditor';
import type { LiveOverlay, CheckContext } from './live-overlay';
import { ScenarioPanel, type QuizState } from './ScenarioPanel';
import { KEYS, useTrainerKeys } from './keys';

export type Mode = 'practice' | 'deck' | 'quiz';
const MODES: { id: Mode; label: string; key: string }[] = [
  { id: 'practice', label: 'Practice', key: '1' },
  { id: 'deck', label: 'Scenario deck', key: '2' },
  { id: 'quiz', label: 'Quiz', key: '3' },
];
const PLATFORMS: Platform[] = ['generic', 'x', 'linkedin', 'facebook', 'instagram', 'threads', 'reddit', 'bluesky', 'mastodon', 'youtube', 'tiktok', 'review-reply'];
const ROLES = ['employee', 'nurse', 'physician', 'front-desk', 'marketing', 'executive', 'brand-team'];
const NEW_QUIZ: QuizState = { right: 0, answered: 0 };

export function TrainingApp({ api }: { api: TrainingApi }) {
  const [snapshot, setSnapshot] = useState<PolicySnapshot | null>();
  const [mode, setMode] = useState<Mode>('practice');
  const [presenter, setPresenter] = useState(false);
  const [help, setHelp] = useState(false);
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [quiz, setQuiz] = useState<QuizState>(NEW_QUIZ);
  const [platform, setPlatform] = useState<Platform>('generic');
  const [role, setRole] = useState('employee');
  const [findings, setFindings] = useState<Finding[]>([]);
  const overlay = useRef<LiveOverlay>(undefined);

  useEffect(() => {
    const load = () => void api.policy().then((s) => setSnapshot(s ?? null));
    load();
    return api.subscribe(load);
  }, [api]);

  // The engine compiles the policy once per revision, not on every snapshot the background sends.
  const revision = snapshot?.revision;
  const engine = useMemo(() => {
    if (!snapshot) return undefined;
    api.engine.setPolicy(snapshot.revision, snapshot.packs);
    return api.engine;
  }, [api, revision]);
  const deck = useMemo(() => buildDeck(snapshot?.packs ?? []), [revision]);
  const scenario = mode === 'practice' ? undefined : deck[Math.min(index, deck.length - 1)];

  // A quiz card is shown unchecked until its reveal, so the underlines do not give the answer.
  const checking = mode !== 'quiz' || revealed;
  const context = useMemo<CheckContext | undefined>(() => {
    if (!engine || !checking) return undefined;
    // Personal exceptions are left out: the class sees the organization's policy as written.
    return { engine, options: scenario ? { platform: scenario.platform, author: scenario.author } : { platform, author: role } };
  }, [engine, checking, scenario, platform, role]);

  const go = useCallback(
    (delta: number) => {
      if (mode === 'practice' || !deck.length) return;
      setIndex((i) => (i + delta + deck.length) % deck.length);
      setRevealed(false);
      setQuiz((q) => ({ ...q, answer: undefined }));
    },
    [mode, deck.length],
  );
  const switchMode = useCallback((m: Mode) => {
    setMode(m);
    setRevealed(false);
    setQuiz(NEW_QUIZ);
  }, []);
  const answer = useCallback(
    (v: Verdict) => {
      if (mode !== 'quiz' || revealed || !scenario) return;
      setQuiz((q) => ({ answer: v, right: q.right + (v === verdictOf(scenario) ? 1 : 0), answered: q.answered + 1 }));
      setRevealed(true);
    },
    [mode, revealed, scenario],
  );

  useTrainerKeys({
    next: () => go(1),
    previous: () => go(-1),
    reveal: () => mode !== 'practice' && setRevealed(true),
    advance: () => (revealed ? go(1) : mode !== 'practice' && setRevealed(true)),
    answer,
    presenter: () => setPresenter((p) => !p),
    mode: (i) => MODES[i] && switchMode(MODES[i].id),
    finding: (delta) => overlay.current?.step(delta),
    editor: () => document.querySelector<HTMLTextAreaElement>('.tr-editor')?.focus(),
    help: () => setHelp((h) => !h),
  });

  if (snapshot === undefined) return <p>Loading the policy…</p>;
  if (snapshot === null) return <p role="alert">Guardrail could not load its policy. Reload the page to try again.</p>;
  const textKey = scenario ? `${mode}:${scenario.id}` : 'practice';
  return (
    <div className={presenter ? 'tr-app tr-presenter' : 'tr-app'} data-testid="training-ready" data-mode={mode} data-presenter={presenter}>
      <header className="tr-row tr-header">
        <h1>Guardrail training</h1>
        <nav className="tr-row" aria-label="Mode">
          {MODES.map((m) => (
            <button key={m.id} data-testid={`mode-${m.id}`} aria-pressed={mode === m.id} onClick={() => switchMode(m.id)}>
              {m.label} ({m.key})
            </button>
          ))}
        </nav>
        <button data-testid="presenter-toggle" aria-pressed={presenter} onClick={() => setPresenter((p) => !p)}>
          Presenter mode (P)
        </button>
      </header>
      {!presenter ? (
        <p className="tr-muted">
          Checked on this device with {snapshot.packs.map((p) => `${p.name ?? p.pack} ${p.version}`).join(', ')}. Nothing typed here is stored or
          recorded.
        </p>
      ) : null}
      {scenario ? (
        <ScenarioPanel
          scenario={scenario}
          index={index}
          total={deck.length}
          revealed={revealed}
          quiz={mode === 'quiz' ? quiz : undefined}
          onAnswer={answer}
          onReveal={() => setRevealed(true)}
          onStep={go}
        />
      ) : (
        <div className="tr-row">
          <label>
            Platform{' '}
            <select value={platform} onChange={(e) => setPlatform(e.target.value as Platform)} data-testid="training-platform">
              {PLATFORMS.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <label>
            Writing as{' '}
            <select value={role} onChange={(e) => setRole(e.target.value)} data-testid="training-role">
              {ROLES.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
        </div>
      )}
      <div className="tr-main">
        <LiveEditor context={context} text={scenario?.text ?? ''} textKey={textKey} onFindings={setFindings} overlayRef={(o) => (overlay.current = o)} />
        <aside aria-label="Findings">{checking ? <FindingsList findings={findings} /> : <p className="tr-muted">Answer first, then reveal.</p>}</aside>
      </div>
      {help ? (
        <dl className="tr-help" data-testid="training-help">
          {KEYS.map(([k, what]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="tr-muted tr-hint">Keys: ← → cards · Space reveal/next · R reveal · Y/N answer · [ ] findings · P presenter · 1 2 3 modes · E editor · ? help</p>
      )}
    </div>
  );
}
